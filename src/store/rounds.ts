// Score rounds, votes, notes and agreed scores.
import type { OnderdeelCode, Score } from '../domain/instrument.js';
import type { Queryable } from './db.js';
import { sharedRead } from './shared-reads.js';

export type RoundMoment = 'week1' | 'week17';

export interface RoundRow {
  id: string;
  leerlijnId: string;
  moment: RoundMoment;
  status: 'open' | 'closed';
  openedAt: Date;
  closedAt: Date | null;
}

const ROUND_COLUMNS = `id, leerlijn_id as "leerlijnId", moment, status, opened_at as "openedAt", closed_at as "closedAt"`;

export async function insertRound(db: Queryable, leerlijnId: string, moment: RoundMoment, by: string): Promise<RoundRow | null> {
  const { rows } = await db.query<RoundRow>(
    `insert into score_rounds (leerlijn_id, moment, opened_by) values ($1::uuid, $2::text, $3::text)
     on conflict (leerlijn_id, moment) do nothing
     returning ${ROUND_COLUMNS}`,
    [leerlijnId, moment, by],
  );
  return rows[0] ?? null;
}

export async function roundById(db: Queryable, id: string): Promise<RoundRow | null> {
  const { rows } = await db.query<RoundRow>(`select ${ROUND_COLUMNS} from score_rounds where id = $1::uuid`, [id]);
  return rows[0] ?? null;
}

export async function roundsOf(db: Queryable, leerlijnId: string): Promise<RoundRow[]> {
  const { rows } = await db.query<RoundRow>(
    `select ${ROUND_COLUMNS} from score_rounds where leerlijn_id = $1::uuid order by opened_at`,
    [leerlijnId],
  );
  return rows;
}

/**
 * A card's live count and how many members may vote on it, in one statement; clicks on the
 * same card at the same moment share it (sharedRead: never a read begun before they asked).
 */
export async function cardCounts(db: Queryable, roundId: string, onderdeel: OnderdeelCode, leerlijnId: string): Promise<{ votedCount: number; memberCount: number }> {
  const counts = await sharedRead(db, `card-counts:${roundId}:${onderdeel}:${leerlijnId}`, async () => {
    const { rows } = await db.query<{ votedCount: number; memberCount: number }>(
      `select (select count(*)::int from votes where round_id = $1::uuid and onderdeel = $2::text) as "votedCount",
              (select count(*)::int from members where leerlijn_id = $3::uuid and is_member) as "memberCount"`,
      [roundId, onderdeel, leerlijnId],
      { prepareAs: 'card_counts_v1' },
    );
    return rows[0] ?? { votedCount: 0, memberCount: 0 };
  });
  return { ...counts };
}

/**
 * Drops the votes, in the leerlijn's open rounds, of anyone who no longer votes there (taken off
 * the team, or set to only coordinate): they were told they no longer vote, and the cards count
 * the team as it is. Closed rounds keep every vote they were closed with. Returns the open rounds.
 */
export async function dropVotesOfNonVoters(db: Queryable, leerlijnId: string): Promise<string[]> {
  // As a close does: votes in flight (holding the round's lock shared, see cast_vote) finish first,
  // and later ones wait for this transaction and then find their voter off the team.
  const { rows } = await db.query<{ id: string }>(
    `select r.id, pg_advisory_xact_lock(hashtextextended(r.id::text, 0)) from (select id from score_rounds where leerlijn_id = $1::uuid and status = 'open' order by id) r`,
    [leerlijnId],
  );
  await db.query(
    `delete from votes v using score_rounds r
      where r.id = v.round_id and r.leerlijn_id = $1::uuid and r.status = 'open'
        and not exists (select 1 from members m where m.leerlijn_id = $1::uuid and m.user_id = v.user_id and m.is_member)`,
    [leerlijnId],
  );
  return rows.map((r) => r.id);
}

export async function voteCounts(db: Queryable, roundId: string): Promise<Map<OnderdeelCode, number>> {
  const { rows } = await db.query<{ onderdeel: OnderdeelCode; n: number }>(
    `select onderdeel, count(*)::int as n from votes where round_id = $1::uuid group by onderdeel`,
    [roundId],
  );
  return new Map(rows.map((r) => [r.onderdeel, r.n]));
}

export async function votesOf(db: Queryable, roundId: string): Promise<Array<{ onderdeel: OnderdeelCode; userId: string; score: Score }>> {
  const { rows } = await db.query<{ onderdeel: OnderdeelCode; userId: string; score: Score }>(
    `select onderdeel, user_id as "userId", score from votes where round_id = $1::uuid order by onderdeel, user_id`,
    [roundId],
  );
  return rows;
}

export async function userVote(db: Queryable, roundId: string, onderdeel: OnderdeelCode, userId: string): Promise<Score | null> {
  const { rows } = await db.query<{ score: Score }>(
    `select score from votes where round_id = $1::uuid and onderdeel = $2::text and user_id = $3::text`,
    [roundId, onderdeel, userId],
  );
  return rows[0]?.score ?? null;
}

/** Closes an open round; false when it was not open (already closed by someone else). */
export async function closeRoundRow(tx: Queryable, roundId: string, by: string): Promise<boolean> {
  // Waits for votes in flight (they hold the lock shared, see cast_vote) and holds back new
  // ones until this transaction ends; they then see the round closed.
  await tx.query(`select pg_advisory_xact_lock(hashtextextended($1::text, 0))`, [roundId]);
  const { rowCount } = await tx.query(
    `update score_rounds set status = 'closed', closed_by = $2::text, closed_at = now()
     where id = $1::uuid and status = 'open'`,
    [roundId, by],
  );
  return rowCount > 0;
}

/**
 * For writes other than votes (notes): holds the round open the way cast_vote() does, with the
 * shared advisory lock, and reads the status after it is held. False when the round is closed.
 */
export async function holdRoundOpen(tx: Queryable, roundId: string): Promise<boolean> {
  await tx.query(`select pg_advisory_xact_lock_shared(hashtextextended($1::text, 0))`, [roundId]);
  const { rows } = await tx.query<{ status: string }>(`select status from score_rounds where id = $1::uuid`, [roundId]);
  return rows[0]?.status === 'open';
}

export async function insertNote(db: Queryable, roundId: string, onderdeel: OnderdeelCode, userId: string, body: string): Promise<void> {
  await db.query(
    `insert into notes (round_id, onderdeel, user_id, body) values ($1::uuid, $2::text, $3::text, $4::text)`,
    [roundId, onderdeel, userId, body],
  );
}

export interface NoteRow {
  onderdeel: OnderdeelCode;
  userId: string;
  body: string;
  createdAt: Date;
}

export async function notesOf(db: Queryable, roundId: string): Promise<NoteRow[]> {
  const { rows } = await db.query<NoteRow>(
    `select onderdeel, user_id as "userId", body, created_at as "createdAt" from notes where round_id = $1::uuid order by created_at`,
    [roundId],
  );
  return rows;
}

export interface AgreedRow {
  onderdeel: OnderdeelCode;
  score: Score;
  proposed: Score | null;
  setBy: string;
}

export async function upsertAgreed(
  db: Queryable,
  a: { roundId: string; onderdeel: OnderdeelCode; score: Score; proposed: Score | null; setBy: string },
): Promise<void> {
  await db.query(
    `insert into agreed_scores (round_id, onderdeel, score, proposed, set_by)
     values ($1::uuid, $2::text, $3::smallint, $4::smallint, $5::text)
     on conflict (round_id, onderdeel) do update
       set score = excluded.score, proposed = excluded.proposed, set_by = excluded.set_by, set_at = now()`,
    [a.roundId, a.onderdeel, a.score, a.proposed, a.setBy],
  );
}

export async function agreedOf(db: Queryable, roundId: string): Promise<AgreedRow[]> {
  const { rows } = await db.query<AgreedRow>(
    `select onderdeel, score, proposed, set_by as "setBy" from agreed_scores where round_id = $1::uuid`,
    [roundId],
  );
  return rows;
}
