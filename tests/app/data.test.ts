import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { savePlanItem, updateActionStatus } from '../../src/app/actions.js';
import type { Deps } from '../../src/app/context.js';
import { deleteLeerlijn, exportLeerlijn } from '../../src/app/data.js';
import { saveEvaluationEntry } from '../../src/app/evaluation.js';
import { changeTeam } from '../../src/app/leerlijn.js';
import { addNote, castVote, closeRound, openRound, setAgreedScore } from '../../src/app/rounds.js';
import { leerlijnRowCounts } from '../../src/store/export.js';
import { backends, type TestDb } from '../support/db.js';
import { makeDeps, startFixture, type Started } from '../support/fixtures.js';

/** A leerlijn with something in every table: a round with a vote and note, a plan, an evaluation, a job. */
async function fill(deps: Deps, s: Started, noteText: string): Promise<void> {
  const round = await openRound(deps, s.coordinator, s.leerlijnId, 'week1');
  await castVote(deps, s.members[1]!, { roundId: round.roundId, onderdeel: 'T3', score: 1 });
  await addNote(deps, s.members[1]!, { roundId: round.roundId, onderdeel: 'T3', body: noteText });
  await closeRound(deps, s.coordinator, round.roundId);
  await setAgreedScore(deps, s.coordinator, { roundId: round.roundId, onderdeel: 'T3', score: 1 });
  const { newActions } = await savePlanItem(deps, s.coordinator, s.leerlijnId, {
    onderdeel: 'T3', watKanBeter: 'Geen ruimte', gewensteEindsituatie: 'Eigen ruimte',
    actions: [{ description: `Actie bij ${noteText}`, ownerUserId: 'U001', dueDate: '2026-03-01' }],
  });
  await updateActionStatus(deps, s.members[1]!, { actionId: newActions[0]!.id, status: 'bezig', note: 'Afspraak gemaakt' });
  await saveEvaluationEntry(deps, s.coordinator, s.leerlijnId, { moment: 'terugkom', onderdeel: 'T3', bereikt: 2 });
  await deps.db.query(
    `insert into scheduled_jobs (kind, subject, occurrence, leerlijn_id, run_at) values ('reminder', $1::text, 'x', $1::uuid, now())`,
    [s.leerlijnId],
  );
}

describe.each(backends())('export and delete on $name', ({ open }) => {
  let t: TestDb;
  let deps: ReturnType<typeof makeDeps>;
  let s: Started;
  let other: Started;

  beforeEach(async () => {
    t = await open();
    deps = makeDeps(t.db);
    s = await startFixture(deps, { members: 4 });
    // Three of the four people are in both leerlijnen; the fourth only in the first.
    other = await startFixture(deps, { members: 3, channelId: 'C_ANDER', overrides: { schoolName: 'Ander Lyceum' } });
    await fill(deps, s, 'Alleen een hoek in de kantine');
    await fill(deps, other, 'Notitie van het Ander Lyceum');
    // Someone taken off the team: the name they went by is kept (former_members).
    await changeTeam(deps, s.coordinator, s.leerlijnId, { remove: [s.members[2]!.userId] });
  });
  afterEach(() => t.drop());

  it("exports the leerlijn's notes, actions with history and evaluations, and nothing of another leerlijn", async () => {
    const data = await exportLeerlijn(deps, s.coordinator, s.leerlijnId);
    expect(data).toMatchObject({ formatVersion: 2, exportedAt: '2026-01-15T09:00:00.000Z' });
    expect(data.leerlijn).toMatchObject({ id: s.leerlijnId, schoolName: 'Het Baken College', kind: 'bestaand' });
    expect(data.members).toHaveLength(3);
    expect(data.formerMembers).toMatchObject([{ userId: s.members[2]!.userId, displayName: 'Lid 2' }]);
    expect(data.meetings).toHaveLength(4);
    expect(data.rounds[0]).toMatchObject({ moment: 'week1', notes: [{ onderdeel: 'T3', body: 'Alleen een hoek in de kantine' }] });
    // The spread of the votes, not the voter (U001) with their vote.
    expect(data.rounds[0]!.onderdelen.find((o) => o.onderdeel === 'T3')).toMatchObject({
      voteCount: 1, distribution: { 1: 1, 2: 0, 3: 0 }, proposed: 1, agreed: 1, proposedWhenAgreed: 1, agreedBy: 'U000', noteCount: 1,
    });
    expect(JSON.stringify(data.rounds)).not.toContain('U001');
    expect(data.actions[0]).toMatchObject({
      description: 'Actie bij Alleen een hoek in de kantine',
      status: 'bezig',
      history: [{ status: 'bezig', note: 'Afspraak gemaakt', byUser: 'U001' }],
    });
    expect(data.planItems).toHaveLength(1);
    expect(data.evaluationEntries).toMatchObject([{ moment: 'terugkom', onderdeel: 'T3', bereikt: 2 }]);
    expect(data.audit.map((a) => a.action)).toContain('leerlijn.export');
    const text = JSON.stringify(data);
    expect(JSON.parse(text)).toEqual(data);
    expect(text).not.toContain('Ander Lyceum');
    expect(text).not.toContain(other.leerlijnId);
  });

  it('lets only the coordinator export or delete', async () => {
    const member = s.members[1]!;
    await expect(exportLeerlijn(deps, member, s.leerlijnId)).rejects.toMatchObject({ code: 'not_coordinator' });
    await expect(deleteLeerlijn(deps, member, s.leerlijnId, 'Het Baken College')).rejects.toMatchObject({ code: 'not_coordinator' });
    const stranger = { workspaceId: s.workspaceId, userId: 'U_X' };
    await expect(exportLeerlijn(deps, stranger, s.leerlijnId)).rejects.toMatchObject({ code: 'not_coordinator' });
    expect((await leerlijnRowCounts(t.db, s.leerlijnId)).actions).toBe(1);
  });

  it('forgets how to reach (and the name of) people who are in no other leerlijn, and keeps the others', async () => {
    const [shared, only] = [s.members[1]!.userId, s.members[3]!.userId];
    expect(other.members.map((m) => m.userId)).toContain(shared);
    expect(other.members.map((m) => m.userId)).not.toContain(only);
    for (const key of [`member:${shared}`, `user:${shared}`, `member:${only}`, `user:${only}`, 'channel:19:abc']) {
      await t.db.query(`insert into conversation_refs (workspace_id, ref_key, reference) values ($1::uuid, $2::text, '{"user":{"name":"Naam"}}'::jsonb)`, [s.workspaceId, key]);
    }
    await deleteLeerlijn(deps, s.coordinator, s.leerlijnId, 'Het Baken College');
    const { rows } = await t.db.query<{ key: string }>(`select ref_key as key from conversation_refs order by ref_key`);
    expect(rows.map((r) => r.key)).toEqual(['channel:19:abc', `member:${shared}`, `user:${shared}`]);
  });

  it('forgets how to reach someone taken off the team before the leerlijn was deleted', async () => {
    const gone = s.members[3]!.userId;
    await changeTeam(deps, s.coordinator, s.leerlijnId, { remove: [gone] });
    for (const key of [`member:${gone}`, `user:${gone}`]) {
      await t.db.query(`insert into conversation_refs (workspace_id, ref_key, reference) values ($1::uuid, $2::text, '{"user":{"name":"Naam"}}'::jsonb)`, [s.workspaceId, key]);
    }
    await deleteLeerlijn(deps, s.coordinator, s.leerlijnId, 'Het Baken College');
    expect((await t.db.query(`select ref_key from conversation_refs`)).rows).toEqual([]);
  });

  it('deletes only after the school name is typed, removes every row and leaves the other leerlijn intact', async () => {
    const otherBefore = await leerlijnRowCounts(t.db, other.leerlijnId);
    const before = await leerlijnRowCounts(t.db, s.leerlijnId);
    await expect(deleteLeerlijn(deps, s.coordinator, s.leerlijnId, 'Het Baken')).rejects.toMatchObject({
      code: 'invalid_input', fields: [{ field: 'confirm', message: 'confirm_mismatch' }],
    });
    expect(await leerlijnRowCounts(t.db, s.leerlijnId)).toEqual(before);

    const result = await deleteLeerlijn(deps, s.coordinator, s.leerlijnId, '  het baken COLLEGE ');
    expect(result).toEqual({ deleted: true, counts: before });
    expect(Object.values(before).every((n) => n > 0)).toBe(true);

    const after = await leerlijnRowCounts(t.db, s.leerlijnId);
    expect({ ...after, auditLog: 0 }).toEqual(Object.fromEntries(Object.keys(after).map((k) => [k, 0])));
    const left = await t.db.query<{ action: string; detail: unknown }>(
      `select action, detail from audit_log where leerlijn_id = $1::uuid`,
      [s.leerlijnId],
    );
    expect(left.rows).toEqual([{ action: 'leerlijn.delete', detail: {} }]);
    const leerlijnen = await t.db.query<{ id: string }>(`select id from leerlijnen`);
    expect(leerlijnen.rows.map((r) => r.id)).toEqual([other.leerlijnId]);
    expect(await leerlijnRowCounts(t.db, other.leerlijnId)).toEqual(otherBefore);
  });
});
