// Generated Teams activities against the real CloudAdapter: no 5xx, no answer over Teams' 5 s,
// nothing escaping the handlers or caught and logged as an error, nothing a user typed in any log
// line, and the bot still serves after. Fixed seed: a failure replays.
// `npm run fuzz -- --count N` runs this same file with more cases.
import { describe, expect, it } from 'vitest';
import { fuzzSettings, report } from './settings.js';
import { runTeamsFuzz } from './teams-fuzz.js';

const { runs, seed, mode } = fuzzSettings('teams', 800);

describe('Teams activities, generated', () => {
  it(`answers ${runs} generated activities (seed ${seed}) without a 5xx, within 5 s, and keeps serving`, async () => {
    const { stats, stillServes, reached, loggedErrors, leakedToLog } = await runTeamsFuzz({ numRuns: runs, seed, mode });
    report('teams', seed, stats, [], reached, loggedErrors);
    expect(stats.cases).toBe(runs);
    expect([stats.serverErrors, stats.tooSlow, stats.unanswered, stats.escaped]).toEqual([0, 0, 0, 0]);
    expect(loggedErrors).toEqual({});
    expect(leakedToLog).toEqual([]);
    expect(stillServes).toBe(true);
  }, 60_000 + runs * 200);
});
