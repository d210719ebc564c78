// What the Slack Web API client says about a failed call reaches the bot's own log (JSON in
// production, redacted), in every mode: with one workspace its clients were made before Bolt's
// and wrote to the console instead, lines an operator's log shipper cannot read.
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { tick } from '../../../src/scheduler/tick.js';
import { capturedLog } from '../../support/log-lines.js';
import { startHarness, type Harness } from './harness.js';
import { startLeerlijnInSlack } from './flow.js';

const logged = capturedLog();
let h: Harness;

beforeAll(async () => {
  h = await startHarness({ log: logged.log, timeLimits: { callMs: 100, userCallMs: 100, uploadMs: 1_000 } });
  await startLeerlijnInSlack(h, 'Het Baken');
});

afterAll(() => h.close());
afterEach(() => vi.restoreAllMocks());

describe('a failed Slack call with one workspace', () => {
  it('is logged in the bot’s own log, not on the console', async () => {
    const consoleLines: unknown[] = [];
    for (const level of ['log', 'info', 'warn', 'error', 'debug'] as const) {
      vi.spyOn(console, level).mockImplementation((...args: unknown[]) => void consoleLines.push(args));
    }
    logged.clear();
    const answerAgain = h.fake.holdAnswers('chat.postMessage');
    try {
      // The signalering's invitation goes out a week before, at 09:00 Amsterdam.
      await tick({ db: h.testDb.db, messengers: { slack: h.adapter.messenger } }, new Date('2026-01-26T08:00:30Z'));
    } finally {
      answerAgain();
    }
    expect(consoleLines.map((args) => String((args as unknown[])[0]))).toEqual([]);
    expect(logged.lines.some((line) => String(line.bolt ?? '').includes('http request failed'))).toBe(true);
    // In words that say what to check: Bolt's own 'bolt warning' named neither Slack nor the network.
    expect(logged.warnings()).toContain('slack did not answer; retrying (check that this machine reaches slack.com over HTTPS, port 443, or SLACK_API_URL when set)');
  });
});
