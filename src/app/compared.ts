// Whether the comparison in the team's channel is the current one. The coordinator may change an
// agreed score after it was posted; the one in the channel then says numbers that are no longer
// true, so it counts as not posted (the next step offers it again, and a member asking gets it).
import type { Comparison } from '../domain/compare.js';
import { ONDERDEEL_CODES } from '../domain/instrument.js';
import type { AgreedScores } from '../domain/tally.js';
import type { Queryable } from '../store/db.js';
import { agreedOf, roundsOf, type RoundRow } from '../store/rounds.js';

type Scores = AgreedScores;

/** The agreed scores a comparison is made of, as digits: week 1 and week 17 per onderdeel ('-' when not agreed). Codes only, no user text. */
function scoresKey(before: Scores, after: Scores): string {
  return ONDERDEEL_CODES.map((code) => `${before[code] ?? '-'}${after[code] ?? '-'}`).join('');
}

export const comparisonKey = (c: Comparison): string =>
  scoresKey(Object.fromEntries(c.onderdelen.map((o) => [o.code, o.before])), Object.fromEntries(c.onderdelen.map((o) => [o.code, o.after])));

/** A round's agreed scores by onderdeel; none without the round. */
export async function agreedScores(db: Queryable, round: RoundRow | undefined): Promise<Scores> {
  if (!round) return {};
  return Object.fromEntries((await agreedOf(db, round.id)).map((a) => [a.onderdeel, a.score]));
}

async function currentKey(db: Queryable, leerlijnId: string): Promise<string> {
  const rounds = await roundsOf(db, leerlijnId);
  const agreed = (moment: string): Promise<Scores> => agreedScores(db, rounds.find((r) => r.moment === moment));
  return scoresKey(await agreed('week1'), await agreed('week17'));
}

/**
 * The comparison in the channel (comparisonPosted in overview.ts) says the agreed scores as they are now. `current`: their
 * key where the caller just read them (a comparison made now), so they are not read again.
 */
export async function comparisonDone(db: Queryable, leerlijnId: string, current?: string): Promise<boolean> {
  const { rows } = await db.query<{ scores: string | null }>(
    `select detail->>'scores' as scores from audit_log where leerlijn_id = $1::uuid and action = 'leerlijn.compare' order by id desc limit 1`,
    [leerlijnId],
  );
  if (rows.length === 0) return false;
  // Posted before the scores were kept with it: taken as current, as it was then.
  if (rows[0]!.scores === null) return true;
  return rows[0]!.scores === (current ?? (await currentKey(db, leerlijnId)));
}
