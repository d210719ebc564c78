// Generated signed Slack requests against the real app: no 5xx, no answer over Slack's 3 s,
// nothing escaping the handlers or caught and logged as an error, no injected markup echoed raw,
// nothing a user typed in any log line, and the bot still serves after.
// The seed is fixed so a failure replays; fast-check prints it with the failing case.
// `npm run fuzz -- --count N` runs this same file with N cases (FUZZ_* below) and counts.
import { describe, expect, it } from 'vitest';
import { fuzzSettings, report } from './settings.js';
import { runSlackFuzz } from './slack-fuzz.js';

const { runs, seed, mode } = fuzzSettings('slack', 1_200);

describe('Slack requests, generated', () => {
  it(`answers ${runs} generated requests (seed ${seed}) without a 5xx, within 3 s, and keeps serving`, async () => {
    const { stats, echoes, stillServes, reached, loggedErrors, leakedToLog } = await runSlackFuzz({ numRuns: runs, seed, mode });
    report('slack', seed, stats, echoes, reached, loggedErrors);
    expect(stats.cases).toBe(runs);
    expect([stats.serverErrors, stats.tooSlow, stats.unanswered, stats.escaped]).toEqual([0, 0, 0, 0]);
    expect(echoes).toEqual([]);
    // Any error-level line is a failure the bot caught (a welcome Slack refuses is a warning).
    expect(Object.keys(loggedErrors)).toEqual([]);
    expect(leakedToLog).toEqual([]);
    expect(stillServes).toBe(true);
  }, 60_000 + runs * 200);
});
