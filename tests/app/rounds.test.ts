import { describe, expect, it } from 'vitest';
import { castVote, addNote, agreeAllProposed, closeRound, openRound, setAgreedScore } from '../../src/app/rounds.js';
import { getCard, getOwnVote, votedCardView } from '../../src/app/round-views.js';
import { changeTeam, stopLeerlijn } from '../../src/app/leerlijn.js';
import { ONDERDEEL_CODES } from '../../src/domain/instrument.js';
import type { Actor } from '../../src/app/context.js';
import { backends } from '../support/db.js';
import { useStartedLeerlijn } from '../support/fixtures.js';

describe.each(backends())('score rounds on $name', ({ open }) => {
  const env = useStartedLeerlijn(open, 5);

  it('shows how many voted, never who, and lets a member change their vote', async () => {
    const round = await openRound(env.deps, env.s.coordinator, env.s.leerlijnId, 'week1');
    const [a, b] = env.s.members.slice(1);
    await castVote(env.deps, a!, { roundId: round.roundId, onderdeel: 'P1', score: 1 });
    const receipt = await castVote(env.deps, b!, { roundId: round.roundId, onderdeel: 'P1', score: 3 });
    expect(receipt).toMatchObject({ score: 3, card: { roundId: round.roundId, onderdeel: 'P1' } });
    const card = await getCard(env.deps, b!, round.roundId, 'P1');
    expect(card).toMatchObject({ votedCount: 2, memberCount: 5, status: 'open', closed: null });
    expect(await votedCardView(env.deps, receipt)).toEqual(card); // what the voter is shown
    expect(JSON.stringify(card)).not.toContain(a!.userId);
    await castVote(env.deps, a!, { roundId: round.roundId, onderdeel: 'P1', score: 2 });
    expect((await getCard(env.deps, a!, round.roundId, 'P1')).votedCount).toBe(2);
    expect((await getCard(env.deps, a!, round.roundId, 'P2')).votedCount).toBe(0);
    // Each member can see their own vote, and only their own.
    expect(await getOwnVote(env.deps, a!, round.roundId, 'P1')).toBe(2);
    expect(await getOwnVote(env.deps, env.s.members[3]!, round.roundId, 'P1')).toBeNull();
    const closed = await closeRound(env.deps, env.s.coordinator, round.roundId);
    const p1 = closed.cards.find((c) => c.onderdeel === 'P1')!;
    expect(p1.closed?.tally).toEqual({ count: 2, distribution: { 1: 0, 2: 1, 3: 1 }, proposed: 2, bespreekpunt: false });
  });

  it('keeps the last click of a member, by when it was clicked, also when the earlier click arrives last', async () => {
    const round = await openRound(env.deps, env.s.coordinator, env.s.leerlijnId, 'week1');
    const [a, b] = env.s.members.slice(1) as [Actor, Actor];
    const at = (seconds: number) => env.deps.setNow(new Date(Date.parse('2026-02-02T14:40:00Z') + seconds * 1000));
    at(0);
    await castVote(env.deps, a, { roundId: round.roundId, onderdeel: 'P1', score: 1 });
    at(5);
    await castVote(env.deps, a, { roundId: round.roundId, onderdeel: 'P1', score: 3 });
    // b's change (clicked at 9 s) reaches the database before the click it replaces (8 s).
    at(9);
    await castVote(env.deps, b, { roundId: round.roundId, onderdeel: 'P1', score: 2 });
    at(8);
    await castVote(env.deps, b, { roundId: round.roundId, onderdeel: 'P1', score: 1 });

    expect(await getOwnVote(env.deps, a, round.roundId, 'P1')).toBe(3);
    expect(await getOwnVote(env.deps, b, round.roundId, 'P1')).toBe(2);
    const closed = await closeRound(env.deps, env.s.coordinator, round.roundId);
    expect(closed.cards.find((c) => c.onderdeel === 'P1')!.closed!.tally.distribution).toEqual({ 1: 0, 2: 1, 3: 1 });
  });

  it('refuses a vote after closing and stores nothing', async () => {
    const round = await openRound(env.deps, env.s.coordinator, env.s.leerlijnId, 'week1');
    await closeRound(env.deps, env.s.coordinator, round.roundId);
    await expect(castVote(env.deps, env.s.members[1]!, { roundId: round.roundId, onderdeel: 'A1', score: 3 })).rejects.toMatchObject({
      code: 'round_not_open',
    });
    await expect(addNote(env.deps, env.s.members[1]!, { roundId: round.roundId, onderdeel: 'A1', body: 'Te laat' })).rejects.toMatchObject({
      code: 'round_not_open',
    });
    const { rows } = await env.t.db.query('select * from votes');
    expect(rows).toHaveLength(0);
    expect((await env.t.db.query('select * from notes')).rowCount).toBe(0);
  });

  it('takes no vote, note, close or agreement once the leerlijn is stopped, and says so in its language', async () => {
    const open = await openRound(env.deps, env.s.coordinator, env.s.leerlijnId, 'week1');
    await stopLeerlijn(env.deps, env.s.coordinator, env.s.leerlijnId, 'stopped');
    const notActive = { code: 'leerlijn_not_active', lang: 'nl' };
    const member = env.s.members[1]!;
    await expect(castVote(env.deps, member, { roundId: open.roundId, onderdeel: 'A1', score: 3 })).rejects.toMatchObject(notActive);
    await expect(addNote(env.deps, member, { roundId: open.roundId, onderdeel: 'A1', body: 'Nog even' })).rejects.toMatchObject(notActive);
    await expect(closeRound(env.deps, env.s.coordinator, open.roundId)).rejects.toMatchObject(notActive);
    await expect(setAgreedScore(env.deps, env.s.coordinator, { roundId: open.roundId, onderdeel: 'A1', score: 2 })).rejects.toMatchObject({ code: 'leerlijn_not_active' });
    await expect(agreeAllProposed(env.deps, env.s.coordinator, open.roundId)).rejects.toMatchObject({ code: 'leerlijn_not_active' });
    const counts = await env.t.db.query<{ votes: number; notes: number; open: number }>(
      `select (select count(*)::int from votes) as votes, (select count(*)::int from notes) as notes,
              (select count(*)::int from score_rounds where status = 'open') as open`,
    );
    expect(counts.rows[0]).toEqual({ votes: 0, notes: 0, open: 1 });
  });

  it('does not answer a vote on a stopped leerlijn deleted meanwhile as if it was taken', async () => {
    const open = await openRound(env.deps, env.s.coordinator, env.s.leerlijnId, 'week1');
    await stopLeerlijn(env.deps, env.s.coordinator, env.s.leerlijnId, 'stopped');
    // Its coordinator deletes it between the refused write and the read of its name.
    const db = env.deps.db;
    const gone: typeof db = Object.assign(Object.create(db) as typeof db, {
      query: (sql: string, params?: never) => (/from leerlijnen where id = /.test(sql) ? Promise.resolve({ rows: [], rowCount: 0 }) : db.query(sql, params)),
    });
    const vote = castVote({ ...env.deps, db: gone }, env.s.members[1]!, { roundId: open.roundId, onderdeel: 'A1', score: 3 });
    await expect(vote).rejects.toMatchObject({ code: 'leerlijn_gone' });
  });

  it('closes all or nothing: when the close fails partway, the round stays open and takes votes', async () => {
    const round = await openRound(env.deps, env.s.coordinator, env.s.leerlijnId, 'week1');
    const [a, b] = env.s.members.slice(1) as [Actor, Actor];
    await castVote(env.deps, a, { roundId: round.roundId, onderdeel: 'P1', score: 1 });
    // The close's audit entry, written after the round row is updated, fails.
    await env.t.db.exec(`
      create function refuse_close() returns trigger language plpgsql as $$
      begin
        if new.action = 'round.close' then raise exception 'audit log unavailable'; end if;
        return new;
      end $$;
      create trigger refuse_close before insert on audit_log for each row execute function refuse_close();`);
    await expect(closeRound(env.deps, env.s.coordinator, round.roundId)).rejects.toThrow('audit log unavailable');

    expect(await getCard(env.deps, a, round.roundId, 'P1')).toMatchObject({ status: 'open', votedCount: 1, closed: null });
    await castVote(env.deps, b, { roundId: round.roundId, onderdeel: 'P1', score: 3 });
    await addNote(env.deps, b, { roundId: round.roundId, onderdeel: 'P1', body: 'Nog even bespreken' });
    const { rows } = await env.t.db.query<{ n: number }>(`select count(*)::int as n from score_rounds where id = $1::uuid and closed_at is null and closed_by is null`, [round.roundId]);
    expect(rows[0]!.n).toBe(1);

    await env.t.db.exec('drop trigger refuse_close on audit_log');
    const closed = await closeRound(env.deps, env.s.coordinator, round.roundId);
    expect(closed.cards.find((c) => c.onderdeel === 'P1')!.closed).toMatchObject({ tally: { count: 2, proposed: 1, bespreekpunt: true }, notes: ['Nog even bespreken'] });
  });

  it('refuses a note from someone outside the team before reading it: an empty one too', async () => {
    const round = await openRound(env.deps, env.s.coordinator, env.s.leerlijnId, 'week1');
    const stranger = { workspaceId: env.s.workspaceId, userId: 'U_STRANGER' };
    await expect(addNote(env.deps, stranger, { roundId: round.roundId, onderdeel: 'A1', body: '' })).rejects.toMatchObject({ code: 'not_member' });
    await expect(addNote(env.deps, env.s.members[1]!, { roundId: round.roundId, onderdeel: 'A1', body: ' ' })).rejects.toMatchObject({ code: 'invalid_input' });
    expect((await env.t.db.query('select * from notes')).rowCount).toBe(0);
  });

  it('refuses a vote from someone outside the team, also once the round is closed (not telling them it was)', async () => {
    const round = await openRound(env.deps, env.s.coordinator, env.s.leerlijnId, 'week1');
    const stranger = { workspaceId: env.s.workspaceId, userId: 'U_STRANGER' };
    await expect(castVote(env.deps, stranger, { roundId: round.roundId, onderdeel: 'A1', score: 3 })).rejects.toMatchObject({
      code: 'not_member',
    });
    await closeRound(env.deps, env.s.coordinator, round.roundId);
    await expect(castVote(env.deps, stranger, { roundId: round.roundId, onderdeel: 'A1', score: 3 })).rejects.toMatchObject({ code: 'not_member' });
    await expect(castVote(env.deps, env.s.members[1]!, { roundId: round.roundId, onderdeel: 'A1', score: 3 })).rejects.toMatchObject({ code: 'round_not_open' });
  });

  it('refuses a note from someone on the list who is not a team member (a coordinator-only role)', async () => {
    const round = await openRound(env.deps, env.s.coordinator, env.s.leerlijnId, 'week1');
    await changeTeam(env.deps, env.s.coordinator, env.s.leerlijnId, { upsert: [{ userId: 'U_OBSERVER', displayName: 'Olga', isMember: false }] });
    const observer = { workspaceId: env.s.workspaceId, userId: 'U_OBSERVER' };
    await expect(addNote(env.deps, observer, { roundId: round.roundId, onderdeel: 'A1', body: 'Mijn mening' })).rejects.toMatchObject({ code: 'not_member' });
  });

  it('does not open the week-17 round before week 1 is closed with all ten scores agreed', async () => {
    await expect(openRound(env.deps, env.s.coordinator, env.s.leerlijnId, 'week17')).rejects.toMatchObject({ code: 'week1_incomplete', params: { missing: 10 } });
  });

  it('refuses bad input with field errors', async () => {
    const round = await openRound(env.deps, env.s.coordinator, env.s.leerlijnId, 'week1');
    await expect(castVote(env.deps, env.s.members[1]!, { roundId: round.roundId, onderdeel: 'X9', score: 4 })).rejects.toMatchObject({
      code: 'invalid_input',
      fields: [
        { field: 'onderdeel', message: 'onderdeel' },
        { field: 'score', message: 'score' },
      ],
    });
  });

  it('lets only the coordinator open, close and agree', async () => {
    const member = env.s.members[1]!;
    await expect(openRound(env.deps, member, env.s.leerlijnId, 'week1')).rejects.toMatchObject({ code: 'not_coordinator' });
    const round = await openRound(env.deps, env.s.coordinator, env.s.leerlijnId, 'week1');
    await expect(openRound(env.deps, env.s.coordinator, env.s.leerlijnId, 'week1')).rejects.toMatchObject({ code: 'round_exists' });
    await expect(closeRound(env.deps, member, round.roundId)).rejects.toMatchObject({ code: 'not_coordinator' });
    await expect(setAgreedScore(env.deps, env.s.coordinator, { roundId: round.roundId, onderdeel: 'P1', score: 2 })).rejects.toMatchObject({
      code: 'round_still_open',
    });
    await closeRound(env.deps, env.s.coordinator, round.roundId);
    await expect(setAgreedScore(env.deps, member, { roundId: round.roundId, onderdeel: 'P1', score: 2 })).rejects.toMatchObject({
      code: 'not_coordinator',
    });
  });

  it('keeps the proposal beside a different agreed score, and totals only when all ten are agreed', async () => {
    const round = await openRound(env.deps, env.s.coordinator, env.s.leerlijnId, 'week1');
    for (const code of ONDERDEEL_CODES) {
      for (const [i, m] of env.s.members.entries()) {
        await castVote(env.deps, m, { roundId: round.roundId, onderdeel: code, score: code === 'T3' ? 1 : ((i % 3) + 1) });
      }
    }
    await addNote(env.deps, env.s.members[2]!, { roundId: round.roundId, onderdeel: 'T3', body: 'Geen eigen ruimte, wel een hoek in de kantine' });
    const closed = await closeRound(env.deps, env.s.coordinator, round.roundId);
    const p1 = closed.cards.find((c) => c.onderdeel === 'P1')!.closed!;
    // votes 1,2,3,1,2 → sorted 1,1,2,2,3 → median 2; a 1 and a 3 → bespreekpunt
    expect(p1.tally).toMatchObject({ proposed: 2, bespreekpunt: true, distribution: { 1: 2, 2: 2, 3: 1 } });
    expect(closed.cards.find((c) => c.onderdeel === 'T3')!.closed!.notes).toEqual(['Geen eigen ruimte, wel een hoek in de kantine']);
    expect(closed.result).toBeNull();

    const afterOne = await setAgreedScore(env.deps, env.s.coordinator, { roundId: round.roundId, onderdeel: 'P1', score: 3 });
    expect(afterOne.cards.find((c) => c.onderdeel === 'P1')!.closed).toMatchObject({ agreed: 3, agreedDiffers: true });
    expect(afterOne.missing).toHaveLength(9);
    expect(afterOne.result).toBeNull();

    const all = await agreeAllProposed(env.deps, env.s.coordinator, round.roundId);
    // P1 agreed 3, T3 proposed 1, the eight others proposed 2: 3 + 1 + 16 = 20
    expect(all.result).toEqual({ total: 20, fase: 'opbouw' });
    const stored = await env.t.db.query<{ score: number; proposed: number }>(
      `select score, proposed from agreed_scores where onderdeel = 'P1'`,
    );
    expect(stored.rows[0]).toEqual({ score: 3, proposed: 2 });
  });
});
