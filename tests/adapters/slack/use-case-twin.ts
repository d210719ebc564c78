// The same scenario through the use cases directly: the adapter must add no leerlijn rule,
// so its totals, fase and comparison must equal these.
import { castVote, closeRound, openRound, setAgreedScore, agreeAllProposed } from '../../../src/app/rounds.js';
import { compareRounds } from '../../../src/app/overview.js';
import type { Comparison } from '../../../src/domain/compare.js';
import type { Result } from '../../../src/domain/tally.js';
import { pgliteTestDb } from '../../support/db.js';
import { makeDeps, startFixture } from '../../support/fixtures.js';
import { CODES, voteOf } from './flow.js';

export async function sameScenarioThroughUseCases(agreedDifferent: Record<string, 1 | 2 | 3>): Promise<{ week1: Result; comparison: Comparison }> {
  const { db, drop } = await pgliteTestDb();
  try {
    const deps = makeDeps(db);
    const s = await startFixture(deps, { members: 8 });
    const week1 = await openRound(deps, s.coordinator, s.leerlijnId, 'week1');
    for (const [i, m] of s.members.entries()) for (const [j, code] of CODES.entries()) await castVote(deps, m, { roundId: week1.roundId, onderdeel: code, score: voteOf(i, j) });
    await closeRound(deps, s.coordinator, week1.roundId);
    for (const [code, score] of Object.entries(agreedDifferent)) await setAgreedScore(deps, s.coordinator, { roundId: week1.roundId, onderdeel: code, score });
    const done = await agreeAllProposed(deps, s.coordinator, week1.roundId);
    const week17 = await openRound(deps, s.coordinator, s.leerlijnId, 'week17');
    for (const m of s.members) for (const code of CODES) await castVote(deps, m, { roundId: week17.roundId, onderdeel: code, score: 3 });
    await closeRound(deps, s.coordinator, week17.roundId);
    await agreeAllProposed(deps, s.coordinator, week17.roundId);
    const comparison = await compareRounds(deps, s.coordinator, s.leerlijnId);
    if (!done.result) throw new Error('week 1 has no result');
    return { week1: done.result, comparison: comparison.comparison };
  } finally {
    await drop();
  }
}
