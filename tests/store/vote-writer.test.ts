// Votes clicked at the same moment go to Postgres together (one statement per batch); each
// voter still gets the answer for their own click, and one refused vote fails only itself.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { stopLeerlijn } from '../../src/app/leerlijn.js';
import { closeRound, openRound } from '../../src/app/rounds.js';
import type { OnderdeelCode, Score } from '../../src/domain/instrument.js';
import type { Queryable } from '../../src/store/db.js';
import { ensureWorkspace } from '../../src/store/leerlijnen.js';
import { VOTE_STATEMENTS_AT_ONCE, VOTE_WAIT_MS, VoteQueueTimeout, writeVote, type VoteArgs } from '../../src/store/vote-writer.js';
import { backends, type TestDb } from '../support/db.js';
import { makeDeps, startFixture, type Started } from '../support/fixtures.js';

const CLICKED = new Date('2026-02-02T14:40:00Z');

/** The database as the vote writer sees it, counting the vote statements that reach it. */
function counted(db: Queryable): Queryable & { singles: number; batches: number[] } {
  const seen = { singles: 0, batches: [] as number[] };
  return Object.assign(seen, {
    query: ((sql, params, opts) => {
      if (/cast_votes(_counted)?\(/.test(sql)) seen.batches.push((params?.[0] as unknown[]).length);
      else if (sql.includes('cast_vote(')) seen.singles += 1;
      return db.query(sql, params, opts);
    }) as Queryable['query'],
    exec: (sql: string) => db.exec(sql),
  });
}

describe.each(backends())('vote batches on $name', ({ open }) => {
  let t: TestDb;
  let deps: ReturnType<typeof makeDeps>;
  let s: Started;
  let roundId: string;
  beforeEach(async () => {
    t = await open();
    deps = makeDeps(t.db);
    s = await startFixture(deps, { members: 12 });
    roundId = (await openRound(deps, s.coordinator, s.leerlijnId, 'week1')).roundId;
  });
  afterEach(() => t.drop());

  const vote = (userId: string, score: Score, more: Partial<VoteArgs> = {}): VoteArgs =>
    ({ roundId, workspaceId: s.workspaceId, onderdeel: 'P1' as OnderdeelCode, userId, score, clickedAt: CLICKED, ...more });
  const stored = async (): Promise<Map<string, number>> => {
    const { rows } = await t.db.query<{ user_id: string; onderdeel: string; score: number }>('select user_id, onderdeel, score from votes');
    return new Map(rows.map((r) => [`${r.user_id}/${r.onderdeel}`, r.score]));
  };

  it('writes votes clicked together in fewer statements, and answers each voter for their own click', async () => {
    const db = counted(t.db);
    const otherWorkspace = await ensureWorkspace(t.db, 'slack', 'T_OTHER');
    const clicks = [
      ...s.members.map((m, i) => vote(m.userId, ((i % 3) + 1) as Score)),
      vote('U_OUTSIDER', 2),
      vote(s.members[1]!.userId, 3, { workspaceId: otherWorkspace, onderdeel: 'T3' }),
    ];
    const writes = await Promise.all(clicks.map((c) => writeVote(db, c)));

    expect(writes.map((w) => w.outcome)).toEqual([...s.members.map(() => 'stored'), 'not_member', 'round_missing']);
    expect(writes[0]!.leerlijn).toEqual({ id: s.leerlijnId, kind: 'bestaand', lang: 'nl' });
    expect(writes[13]!.leerlijn).toBeNull();
    // The first few go alone at once; the rest waited and went together.
    expect(db.singles).toBe(VOTE_STATEMENTS_AT_ONCE);
    expect(db.batches.reduce((a, b) => a + b, 0)).toBe(clicks.length - VOTE_STATEMENTS_AT_ONCE);
    expect(db.batches.length).toBeLessThan(clicks.length - VOTE_STATEMENTS_AT_ONCE);
    const rows = await stored();
    expect(rows.size).toBe(s.members.length);
    s.members.forEach((m, i) => expect(rows.get(`${m.userId}/P1`)).toBe((i % 3) + 1));
  });

  it('keeps the later of two clicks by one member on one card in the same batch, in either order of arrival', async () => {
    const db = counted(t.db);
    const [a, b] = [s.members[5]!.userId, s.members[6]!.userId];
    const later = new Date(CLICKED.getTime() + 1);
    const fillers = s.members.slice(0, VOTE_STATEMENTS_AT_ONCE).map((m) => vote(m.userId, 1, { onderdeel: 'A1' }));
    const writes = await Promise.all([
      ...fillers,
      vote(a, 3, { clickedAt: later }), vote(a, 1), // the change arrives first
      vote(b, 1), vote(b, 2, { clickedAt: later }),
    ].map((c) => writeVote(db, c)));

    expect(db.batches).toEqual([4]);
    expect(writes.slice(VOTE_STATEMENTS_AT_ONCE).map((w) => w.outcome)).toEqual(['stored', 'stale', 'stale', 'stored']);
    const rows = await stored();
    expect(rows.get(`${a}/P1`)).toBe(3);
    expect(rows.get(`${b}/P1`)).toBe(2);
  });

  it('keeps a stored later click when an earlier click of the same member arrives in a batch', async () => {
    const db = counted(t.db);
    const a = s.members[5]!.userId;
    const later = new Date(CLICKED.getTime() + 1_000);
    expect((await writeVote(db, vote(a, 3, { clickedAt: later }))).outcome).toBe('stored');
    // A retried, older click arrives late, batched behind others: it must not undo the change.
    const fillers = s.members.slice(0, VOTE_STATEMENTS_AT_ONCE).map((m) => vote(m.userId, 1, { onderdeel: 'A1' }));
    const writes = await Promise.all([...fillers, vote(a, 1), vote(s.members[6]!.userId, 2)].map((c) => writeVote(db, c)));

    // The fillers take the statements that go alone, so the two clicks after them wait and go in a batch.
    expect(db.batches.reduce((n, b) => n + b, 0)).toBeGreaterThanOrEqual(2);
    expect(writes.slice(VOTE_STATEMENTS_AT_ONCE).map((w) => w.outcome)).toEqual(['stale', 'stored']);
    expect((await stored()).get(`${a}/P1`)).toBe(3);
  });

  it('answers a vote that asks with its card\'s count, that vote and earlier ones included, alone and in a batch; others get none', async () => {
    expect((await writeVote(t.db, vote(s.members[5]!.userId, 2))).counts).toBeNull(); // not asked
    const db = counted(t.db);
    const later = new Date(CLICKED.getTime() + 1);
    // The first two go alone (on cards of their own); the rest wait and go in one batch: two cards,
    // a vote that does not ask, two stale clicks, an outsider.
    const clicks = [
      vote(s.members[0]!.userId, 1, { onderdeel: 'B1', counted: true }), vote(s.members[1]!.userId, 2, { onderdeel: 'B2', counted: true }),
      vote(s.members[2]!.userId, 3, { counted: true }), vote(s.members[3]!.userId, 1),
      vote(s.members[4]!.userId, 2, { onderdeel: 'A1', counted: true }),
      vote(s.members[2]!.userId, 1, { clickedAt: later, counted: true }), vote(s.members[2]!.userId, 2, { counted: true }),
      vote('U_OUTSIDER', 2, { counted: true }),
    ];
    const writes = await Promise.all(clicks.map((c) => writeVote(db, c)));

    expect([db.singles, db.batches]).toEqual([VOTE_STATEMENTS_AT_ONCE, [clicks.length - VOTE_STATEMENTS_AT_ONCE]]);
    expect(writes.map((w) => w.outcome)).toEqual(['stored', 'stored', 'stale', 'stored', 'stored', 'stored', 'stale', 'not_member']);
    // P1: the earlier vote and the batch's two voters (one of them with two stale clicks beside a later one).
    expect(writes.map((w) => w.counts?.votedCount ?? null)).toEqual([1, 1, 3, null, 1, 3, 3, null]);
    expect(writes.map((w) => w.counts?.memberCount ?? null)).toEqual([12, 12, 12, null, 12, 12, 12, null]);
  });

  it('refuses the votes for a closed round and stores the ones for an open round in the same batch', async () => {
    const other = await startFixture(deps, { members: 12, channelId: 'C_OTHER' });
    const otherRound = (await openRound(deps, other.coordinator, other.leerlijnId, 'week1')).roundId;
    await closeRound(deps, s.coordinator, roundId);
    const db = counted(t.db);
    const clicks = s.members.slice(0, 8).flatMap((m) => [vote(m.userId, 2), vote(m.userId, 3, { roundId: otherRound })]);
    const writes = await Promise.all(clicks.map((c) => writeVote(db, c)));

    expect(db.batches.length).toBeGreaterThan(0);
    writes.forEach((w, i) => expect(w.outcome).toBe(i % 2 === 0 ? 'round_not_open' : 'stored'));
    const { rows } = await t.db.query<{ round_id: string; n: number }>('select round_id, count(*)::int as n from votes group by round_id');
    expect(rows).toEqual([{ round_id: otherRound, n: 8 }]);
  });

  it('refuses the votes in an open round of a stopped leerlijn, alone and in a batch, and stores the others', async () => {
    const other = await startFixture(deps, { members: 12, channelId: 'C_OTHER' });
    const otherRound = (await openRound(deps, other.coordinator, other.leerlijnId, 'week1')).roundId;
    await stopLeerlijn(deps, s.coordinator, s.leerlijnId, 'stopped');
    const db = counted(t.db);
    const clicks = s.members.slice(0, 8).flatMap((m) => [vote(m.userId, 2), vote(m.userId, 3, { roundId: otherRound })]);
    const writes = await Promise.all(clicks.map((c) => writeVote(db, c)));

    expect([db.singles, db.batches.length > 0]).toEqual([VOTE_STATEMENTS_AT_ONCE, true]);
    writes.forEach((w, i) => expect(w.outcome).toBe(i % 2 === 0 ? 'leerlijn_not_active' : 'stored'));
    const { rows } = await t.db.query<{ round_id: string; n: number }>('select round_id, count(*)::int as n from votes group by round_id');
    expect(rows).toEqual([{ round_id: otherRound, n: 8 }]);
  });

  it('fails only the vote the database refuses; the others in its batch are stored', async () => {
    const db = counted(t.db);
    const fillers = s.members.slice(0, VOTE_STATEMENTS_AT_ONCE).map((m) => vote(m.userId, 1, { onderdeel: 'A1' }));
    // A score the database refuses (past the app's own checks) makes the batch's statement fail.
    const batch = [vote(s.members[5]!.userId, 2), vote(s.members[6]!.userId, 4 as Score), vote(s.members[7]!.userId, 3)];
    const results = await Promise.allSettled([...fillers, ...batch].map((c) => writeVote(db, c)));

    expect(db.batches).toEqual([3]);
    expect(results.map((r) => r.status)).toEqual([...fillers.map(() => 'fulfilled'), 'fulfilled', 'rejected', 'fulfilled']);
    const rows = await stored();
    expect([rows.get(`${s.members[5]!.userId}/P1`), rows.get(`${s.members[6]!.userId}/P1`), rows.get(`${s.members[7]!.userId}/P1`)]).toEqual([2, undefined, 3]);
  });

  it('refuses a vote, unwritten, that waited too long behind stuck statements; the queue goes on', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      let open!: () => void;
      const gate = new Promise<void>((resolve) => (open = resolve));
      // The first statements hang (a lock held elsewhere) until the gate opens.
      const stuck: Queryable = { query: (async (...args: Parameters<Queryable['query']>) => (await gate, t.db.query(...args))) as Queryable['query'], exec: (sql) => t.db.exec(sql) };
      const first = s.members.slice(0, VOTE_STATEMENTS_AT_ONCE).map((m) => writeVote(stuck, vote(m.userId, 1)));
      const late = writeVote(stuck, vote(s.members[8]!.userId, 2));
      const refused = expect(late).rejects.toBeInstanceOf(VoteQueueTimeout);
      vi.advanceTimersByTime(VOTE_WAIT_MS);
      await refused;
      open();
      expect((await Promise.all(first)).map((w) => w.outcome)).toEqual(first.map(() => 'stored'));
      expect((await stored()).has(`${s.members[8]!.userId}/P1`)).toBe(false);
      expect((await writeVote(stuck, vote(s.members[8]!.userId, 2))).outcome).toBe('stored');
    } finally {
      vi.useRealTimers();
    }
  });
});
