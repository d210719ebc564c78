// An IT person reads the start's 'Invalid configuration' list and fixes each line. One mistake
// gave two lines ('DATABASE_URL: Invalid URL' and 'must start with postgres://'), and the two
// Slack tokens put in each other's place named only SLACK_BOT_TOKEN, so after moving that one
// the next start complained about the other. One mistake, one line, naming every setting in it.
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config.js';

function problemsOf(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
}

describe('one line for one configuration mistake', () => {
  it.each(['db.example.org/leerlijn', 'not a url', 'localhost:5432/leerlijn', 'mysql://u@127.0.0.1/x', 'leerlijn:secret@127.0.0.1:5432/leerlijn'])(
    'DATABASE_URL=%s without postgres:// gets one line showing the form it takes',
    (url) => {
      const problems = problemsOf({ DATABASE_URL: url });
      expect(problems).toHaveLength(1);
      expect(problems[0]).toMatch(/^DATABASE_URL: .*postgres:\/\/leerlijn:PASSWORD@127\.0\.0\.1:5432\/leerlijn/);
    },
  );

  it('the two Slack tokens swapped: one line naming both, saying to exchange them', () => {
    const problems = problemsOf({ SLACK_BOT_TOKEN: 'xapp-1-A1-2-abc', SLACK_APP_TOKEN: 'xoxb-1-2-abc' });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('SLACK_BOT_TOKEN');
    expect(problems[0]).toContain('SLACK_APP_TOKEN');
    expect(problems[0]).toMatch(/swapped|exchange/);
    expect(problems[0]).not.toContain('abc'); // the tokens themselves stay out of the message
  });
});
