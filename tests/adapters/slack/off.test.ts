import { describe, expect, it } from 'vitest';
import { logSlackOff } from '../../../src/adapters/slack/off.js';
import { loadConfig } from '../../../src/config.js';
import type { Logger } from '../../../src/logger.js';

/** What the start log says when Slack is off. */
function offMessage(): string {
  const said: string[] = [];
  logSlackOff({ info: (msg: string) => said.push(msg) } as unknown as Logger);
  expect(said).toHaveLength(1);
  return said[0] ?? '';
}

const SAMPLE: Record<string, string> = { SLACK_APP_TOKEN: 'xapp-1-A1-2-abc', SLACK_BOT_TOKEN: 'xoxb-1' };

describe('the start log with Slack off', () => {
  it('suggests only combinations of variables that start Slack in the mode it names', () => {
    const clauses = offMessage().replace(/^.*?: set /, '').split(/, | or /);
    const modes = clauses.map((clause) => {
      const names = clause.match(/SLACK_[A-Z_]+/g) ?? [];
      const env = Object.fromEntries(names.map((name) => [name, SAMPLE[name] ?? 'secret']));
      return loadConfig(env).slack.mode;
    });
    expect(modes).toEqual(['socket', 'single', 'oauth']);
  });
});
