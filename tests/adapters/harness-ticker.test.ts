// The test harnesses start the real bot, but not its ticker: a story's or test's passes are the
// ones it runs (timePasses, tick), at the moment it names. The ticker ran a pass of its own every
// wall-clock minute, at the story's clock, alongside them: a story slower than a minute got an
// extra pass now and then, and with it messages that came or not from one run to the next (a
// pass from before the clock jumped, still sending after it: a Weekoverzicht twice on Teams).
import { describe, expect, it } from 'vitest';
import { startHarness as startTeams } from './teams/harness.js';
import { startHarness as startSlack } from './slack/harness.js';
import { capturedLog } from '../support/log-lines.js';

describe('the bot the test harnesses start', () => {
  it.each([
    ['teams', (log: ReturnType<typeof capturedLog>['log']) => startTeams({ log })],
    ['slack', (log: ReturnType<typeof capturedLog>['log']) => startSlack({ log })],
  ] as const)('on %s runs no scheduler passes of its own', async (_platform, start) => {
    const logged = capturedLog();
    const h = await start(logged.log);
    try {
      expect(logged.lines.find((l) => l.msg === 'scheduler')).toMatchObject({ scheduler: 'off' });
    } finally {
      await h.close();
    }
  });
});
