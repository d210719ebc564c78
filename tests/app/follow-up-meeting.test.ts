// The optional new evaluation meeting: the coordinator plans it after the eindevaluatie by the
// move form, from the eindevaluatie on (domain followUpOffered, as the form's list: a forged form
// is refused too); it gets its own invitation, reminders and roles, and moving it again plans it
// anew. A cancelled one is no meeting: planning it again plans it, as the form's title says.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { assignMeetingRoles, getTimeline, rescheduleMeeting } from '../../src/app/meetings.js';
import { t as t_ } from '../../src/i18n/index.js';
import { backends, type TestDb } from '../support/db.js';
import { EINDEVALUATIE_BEGUN, eindevaluatieHeld, makeDeps, startFixture } from '../support/fixtures.js';

describe.each(backends())('the new evaluation meeting on $name', ({ open }) => {
  let t: TestDb;
  let deps: ReturnType<typeof makeDeps>;
  beforeEach(async () => {
    t = await open();
    deps = makeDeps(t.db);
  });
  afterEach(() => t.drop());

  const plan = (s: Awaited<ReturnType<typeof startFixture>>, date: string, actor = s.coordinator, time = '15:30') =>
    rescheduleMeeting(deps, actor, s.leerlijnId, { kind: 'vervolgevaluatie', date, time });

  const pendingJobs = async (leerlijnId: string): Promise<string[]> => {
    const { rows } = await t.db.query<{ kind: string; run_at: Date }>(
      `select kind, run_at from scheduled_jobs where leerlijn_id = $1::uuid and subject like '%:vervolgevaluatie' and status = 'pending' order by run_at, kind`,
      [leerlijnId],
    );
    return rows.map((r) => `${r.kind} ${new Date(r.run_at).toISOString()}`);
  };

  it('is planned after the eindevaluatie, shown last in the planning, with its own invitation and reminders', async () => {
    const s = await startFixture(deps);
    deps.setNow(EINDEVALUATIE_BEGUN);
    // The fixture's eindevaluatie is Monday 25 May 2026, 15:30–18:30.
    await expect(plan(s, '2026-05-25', s.coordinator, '17:00')).rejects.toMatchObject({ code: 'schedule_refused', params: { reason: 'after_leerlijn', kind: 'vervolgevaluatie' } });
    const timeline = await plan(s, '2026-09-14');
    expect(timeline.meetings.map((m) => [m.kind, m.step, m.week, m.localDate, m.durationMinutes])).toEqual([
      ['signalering', 1, 1, '2026-02-02', 150], ['actieplan', 2, 3, '2026-02-16', 180], ['terugkom', 3, 9, '2026-03-30', 180],
      ['eindevaluatie', 4, 17, '2026-05-25', 180], ['vervolgevaluatie', 5, null, '2026-09-14', 90],
    ]);
    expect(await pendingJobs(s.leerlijnId)).toEqual([
      'meeting_invite 2026-09-07T07:00:00.000Z', 'prompt_assign_roles 2026-09-10T07:00:00.000Z',
      'meeting_day_before 2026-09-11T07:00:00.000Z', 'meeting_start 2026-09-14T13:30:00.000Z', 'prompt_close_open 2026-09-14T15:00:00.000Z',
    ]);
  });

  it('is refused before the eindevaluatie has begun, whatever the form sent, saying from when', async () => {
    const s = await startFixture(deps);
    await expect(plan(s, '2026-09-14')).rejects.toMatchObject({ code: 'follow_up_early', params: { date: 'maandag 25 mei 2026', time: '15.30 uur' } });
    // On the day itself, before it starts, still refused: the rule is its start, not its date.
    deps.setNow(new Date('2026-05-25T08:00:00Z'));
    await expect(plan(s, '2026-09-14')).rejects.toMatchObject({ code: 'follow_up_early' });
    expect((await getTimeline(deps, s.coordinator, s.leerlijnId)).meetings.map((m) => m.kind)).not.toContain('vervolgevaluatie');
    expect(await pendingJobs(s.leerlijnId)).toEqual([]);
    // Marked held before its time, the eindevaluatie has begun: then it can be planned.
    await eindevaluatieHeld(t.db, s.leerlijnId);
    expect((await plan(s, '2026-09-14')).meetings.map((m) => m.kind)).toContain('vervolgevaluatie');
  });

  it('says when it can be planned: once the eindevaluatie has started, with its date and time; without one, how to plan it first', async () => {
    expect(t_('nl', 'error.follow_up_early', { date: 'maandag 25 mei 2026', time: '15.30 uur' }))
      .toContain('zodra de eindevaluatiebijeenkomst begonnen is, op maandag 25 mei 2026 om 15.30 uur');
    expect(t_('en', 'error.follow_up_early', { date: 'Monday 25 May 2026', time: '15:30' }))
      .toContain('once the final evaluation meeting has started, on Monday 25 May 2026 at 15:30');
    const s = await startFixture(deps);
    await t.db.query(`update meetings set status = 'cancelled' where leerlijn_id = $1::uuid and kind = 'eindevaluatie'`, [s.leerlijnId]);
    await expect(plan(s, '2026-09-14')).rejects.toMatchObject({ code: 'follow_up_early_undated' });
    // Not a dead end: the command that plans the eindevaluatie, as each language types it (Teams rewrites it to `@Leerlijn …`).
    expect(t_('nl', 'error.follow_up_early_undated')).toContain('`/leerlijn planning`');
    expect(t_('en', 'error.follow_up_early_undated')).toContain('`/leerlijn schedule`');
  });

  it('plans a cancelled one anew: planned again at the new date, with its reminders, not "moved"', async () => {
    const s = await startFixture(deps);
    deps.setNow(EINDEVALUATIE_BEGUN);
    await plan(s, '2026-09-14');
    await t.db.query(`update meetings set status = 'cancelled' where leerlijn_id = $1::uuid and kind = 'vervolgevaluatie'`, [s.leerlijnId]);
    const planned = await plan(s, '2026-10-05');
    expect(planned.meetings.filter((m) => m.kind === 'vervolgevaluatie').map((m) => [m.localDate, m.status])).toEqual([['2026-10-05', 'planned']]);
    expect(planned.moved).toBeUndefined();
    expect((await pendingJobs(s.leerlijnId))[0]).toBe('meeting_invite 2026-09-28T07:00:00.000Z');
  });

  it('moves when planned again: one such meeting, its reminders follow', async () => {
    const s = await startFixture(deps);
    deps.setNow(EINDEVALUATIE_BEGUN);
    await plan(s, '2026-09-14');
    const moved = await plan(s, '2026-10-05');
    expect(moved.meetings.filter((m) => m.kind === 'vervolgevaluatie').map((m) => m.localDate)).toEqual(['2026-10-05']);
    expect((await pendingJobs(s.leerlijnId))[0]).toBe('meeting_invite 2026-09-28T07:00:00.000Z');
  });

  it('is planned by the coordinator only, and gets a notulist and invuller like the others', async () => {
    const s = await startFixture(deps);
    const member = s.members[1]!;
    deps.setNow(EINDEVALUATIE_BEGUN);
    await expect(plan(s, '2026-09-14', member)).rejects.toMatchObject({ code: 'not_coordinator' });
    expect((await getTimeline(deps, s.coordinator, s.leerlijnId)).meetings.map((m) => m.kind)).not.toContain('vervolgevaluatie');
    await plan(s, '2026-09-14');
    const roles = await assignMeetingRoles(deps, s.coordinator, s.leerlijnId, { kind: 'vervolgevaluatie', notulistUserId: member.userId, invullerUserId: s.coordinator.userId, location: 'Lokaal 12' });
    expect(roles.meetings.at(-1)).toMatchObject({ kind: 'vervolgevaluatie', notulistUserId: member.userId, invullerUserId: s.coordinator.userId, location: 'Lokaal 12' });
  });
});
