// Writing votes. A vote that arrives while earlier ones are still on their way to Postgres
// waits for one of them to come back and then goes with every other waiting vote in one
// statement: when a whole team clicks at once, Postgres commits a few batches instead of a
// transaction per click. A vote on a quiet moment goes at once, alone, as before.
import type { OnderdeelCode, Score } from '../domain/instrument.js';
import type { Queryable } from './db.js';
import type { RoundMoment } from './rounds.js';

export interface VoteArgs {
  roundId: string; workspaceId: string; onderdeel: OnderdeelCode; userId: string; score: Score; clickedAt: Date;
  /** The card's count is wanted with the vote (Teams answers the voter with the card). */
  counted?: boolean;
}

/** A card's live count, as it stood right after the vote was written, that vote included. */
export interface CardCounts { votedCount: number; memberCount: number }

export type VoteOutcome = 'stored' | 'stale' | 'round_not_open' | 'leerlijn_not_active' | 'not_member' | 'round_missing';

export interface VoteWrite {
  outcome: VoteOutcome;
  /** The round voted in, when it exists in the actor's workspace. */
  round: { id: string; leerlijnId: string; moment: RoundMoment } | null;
  leerlijn: { id: string; kind: 'bestaand' | 'nieuw'; lang: 'nl' | 'en' } | null;
  /** For a vote that asked (`counted`) and was taken ('stored' or 'stale'); otherwise null. */
  counts: CardCounts | null;
}

interface VoteRow {
  leerlijnId: string; moment: RoundMoment; status: 'open' | 'closed'; kind: 'bestaand' | 'nieuw'; lang: 'nl' | 'en'; isMember: boolean; running: boolean; written: boolean;
  /** Only from a call that counts (cast_vote, cast_votes_counted); null there for a vote that did not ask. */
  votedCount?: number | null; memberCount?: number | null;
}

/**
 * Statements writing votes at the same time, per database. Few: Postgres gets through a
 * burst faster as a handful of batches than as one transaction per click on every pooled
 * connection (bench:votes measures it).
 */
export const VOTE_STATEMENTS_AT_ONCE = 2;
/** Votes per statement at most; the rest wait for the next. */
export const VOTES_PER_STATEMENT = 200;
/**
 * How long a vote waits for its turn before it is refused, unwritten: as long as a vote used
 * to wait for a pooled connection. Slack has shown the voter an error long before.
 */
export const VOTE_WAIT_MS = 10_000;

export class VoteQueueTimeout extends Error {
  constructor() {
    super('vote not written: the database did not take it in time');
  }
}

function writeOf(v: VoteArgs, row: VoteRow | undefined): VoteWrite {
  if (!row) return { outcome: 'round_missing', round: null, leerlijn: null, counts: null };
  // Someone off the team is told only that: not whether the round is still open.
  const outcome: VoteOutcome = !row.isMember ? 'not_member' : !row.running ? 'leerlijn_not_active' : row.status !== 'open' ? 'round_not_open' : row.written ? 'stored' : 'stale';
  return {
    outcome,
    round: { id: v.roundId, leerlijnId: row.leerlijnId, moment: row.moment },
    leerlijn: { id: row.leerlijnId, kind: row.kind, lang: row.lang },
    counts: row.votedCount != null && row.memberCount != null ? { votedCount: row.votedCount, memberCount: row.memberCount } : null,
  };
}

const COLUMNS = `leerlijn_id as "leerlijnId", moment, status, kind, lang, is_member as "isMember", running`;
const COUNTS = `voted_count as "votedCount", member_count as "memberCount"`;

/** One vote: the `cast_vote` function (migrations 0005, 0013, 0014), cheaper than a batch of one. */
async function castOne(db: Queryable, v: VoteArgs): Promise<VoteWrite> {
  const { rows } = await db.query<VoteRow>(
    `select ${COLUMNS}, ${COUNTS}, written > 0 as written from cast_vote($1::uuid, $6::uuid, $2::text, $3::text, $4::smallint, $5::timestamptz, $7::boolean)`,
    [v.roundId, v.onderdeel, v.userId, v.score, v.clickedAt.toISOString(), v.workspaceId, v.counted === true],
    // Parsed and planned once per connection: on every vote, parsing the call showed up as
    // about a fifth of Postgres's CPU in bench:votes.
    { prepareAs: 'cast_vote_v14' },
  );
  return writeOf(v, rows[0]);
}

/**
 * Several votes in one statement and transaction: `cast_votes` (migrations 0007, 0013), or
 * `cast_votes_counted` (0014) when one of them asks for its card's count.
 */
async function castMany(db: Queryable, votes: readonly VoteArgs[]): Promise<VoteWrite[]> {
  const args = [
    votes.map((v) => v.workspaceId), votes.map((v) => v.roundId), votes.map((v) => v.onderdeel),
    votes.map((v) => v.userId), votes.map((v) => v.score), votes.map((v) => v.clickedAt.toISOString()),
  ];
  const types = `$1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::smallint[], $6::timestamptz[]`;
  const { rows } = votes.some((v) => v.counted)
    ? await db.query<VoteRow & { n: number }>(
      `select n, ${COLUMNS}, ${COUNTS}, written from cast_votes_counted(${types}, $7::boolean[])`,
      [...args, votes.map((v) => v.counted === true)],
      { prepareAs: 'cast_votes_counted_v14' },
    )
    : await db.query<VoteRow & { n: number }>(
      `select n, ${COLUMNS}, written from cast_votes(${types})`,
      args,
      { prepareAs: 'cast_votes_v13' },
    );
  const byN = new Map(rows.map((r) => [r.n, r]));
  return votes.map((v, i) => writeOf(v, byN.get(i + 1)));
}

interface Waiting { vote: VoteArgs; resolve: (w: VoteWrite) => void; reject: (e: unknown) => void; timer?: NodeJS.Timeout }

class VoteBatcher {
  private readonly waiting: Waiting[] = [];
  private running = 0;

  constructor(private readonly db: Queryable) {}

  write(vote: VoteArgs): Promise<VoteWrite> {
    return new Promise((resolve, reject) => {
      const waiting: Waiting = { vote, resolve, reject };
      this.waiting.push(waiting);
      // A stuck statement (a lock held somewhere) must not hold every later vote forever.
      if (this.running >= VOTE_STATEMENTS_AT_ONCE) {
        waiting.timer = setTimeout(() => {
          const at = this.waiting.indexOf(waiting);
          if (at < 0) return;
          this.waiting.splice(at, 1);
          reject(new VoteQueueTimeout());
        }, VOTE_WAIT_MS).unref();
      }
      this.next();
    });
  }

  private next(): void {
    while (this.running < VOTE_STATEMENTS_AT_ONCE && this.waiting.length > 0) {
      const batch = this.waiting.splice(0, VOTES_PER_STATEMENT);
      for (const w of batch) clearTimeout(w.timer);
      this.running += 1;
      void this.send(batch).finally(() => {
        this.running -= 1;
        this.next();
      });
    }
  }

  private async send(batch: Waiting[]): Promise<void> {
    if (batch.length > 1) {
      try {
        const writes = await castMany(this.db, batch.map((w) => w.vote));
        batch.forEach((w, i) => w.resolve(writes[i]!));
        return;
      } catch {
        // The statement failed as a whole and stored nothing. One vote's failure must not be
        // every voter's: each goes again on its own and gets its own answer.
      }
    }
    await Promise.all(batch.map((w) => castOne(this.db, w.vote).then(w.resolve, w.reject)));
  }
}

const batchers = new WeakMap<Queryable, VoteBatcher>();

/**
 * Stores one member's click on one card. Each vote is checked on its own: the round must
 * exist in the voter's workspace and be open, its leerlijn must still run (not stopped), and
 * the voter must be a team member. Votes
 * hold a shared advisory lock on their round and closing an exclusive one, so a vote racing
 * the close either commits first (and is in the result) or sees the round closed and is
 * refused. The latest click wins, even when requests arrive out of order. It reads the
 * card's count only when asked (`counted`): that costs a scan, in the same call, where a read
 * of its own would cost the voter a second trip to Postgres. Resolves once the vote is committed.
 */
export function writeVote(db: Queryable, vote: VoteArgs): Promise<VoteWrite> {
  let batcher = batchers.get(db);
  if (!batcher) {
    batcher = new VoteBatcher(db);
    batchers.set(db, batcher);
  }
  return batcher.write(vote);
}
