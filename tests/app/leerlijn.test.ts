import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { changeTeam, fillMemberNames, leaveOutBots, startLeerlijn, stopLeerlijn } from '../../src/app/leerlijn.js';
import { assignMeetingRoles, getReminderSettings, rescheduleMeeting, setReminderSettings } from '../../src/app/meetings.js';
import type { ValidationError } from '../../src/app/errors.js';
import { ensureWorkspace } from '../../src/store/leerlijnen.js';
import { rememberPosted } from '../../src/app/posted.js';
import { deleteLeerlijn } from '../../src/app/data.js';
import { endedLeerlijnIn } from '../../src/app/ended.js';
import { backends, type TestDb } from '../support/db.js';
import { makeDeps, makeTeam, startFixture } from '../support/fixtures.js';

describe.each(backends())('starting and running a leerlijn on $name', ({ open }) => {
  let t: TestDb;
  let deps: ReturnType<typeof makeDeps>;
  beforeEach(async () => {
    t = await open();
    deps = makeDeps(t.db);
  });
  afterEach(() => t.drop());

  it('plans the four meetings on weeks 1, 3, 9 and 17 at the local start time', async () => {
    const s = await startFixture(deps);
    const meetings = s.view.timeline.meetings.map((m) => [m.kind, m.localDate, m.localTime, m.durationMinutes]);
    expect(meetings).toEqual([
      ['signalering', '2026-02-02', '15:30', 150],
      ['actieplan', '2026-02-16', '15:30', 180],
      ['terugkom', '2026-03-30', '15:30', 180],
      ['eindevaluatie', '2026-05-25', '15:30', 180],
    ]);
    expect(s.view.timeline.issues).toEqual([]);
    expect(s.view.leerlijn.teamWarnings).toEqual([]);
  });

  it('warns about a missing randvoorwaarde and a missing side but still starts', async () => {
    const team = makeTeam(3).map((m) => ({ ...m, side: 'school' as const }));
    const s = await startFixture(deps, {
      overrides: { randvoorwaarden: { draagvlak: true, financiering: false, facilitering: true }, members: team },
    });
    expect(s.view.leerlijn.missingRandvoorwaarden).toEqual(['financiering']);
    expect(s.view.leerlijn.teamWarnings).toContainEqual({ code: 'side_missing', side: 'jongerenwerk' });
  });

  it('gives a start form kept in the channel to the leerlijn started there, so its delete takes it', async () => {
    const workspaceId = await ensureWorkspace(t.db, 'slack', 'T_TEST');
    await rememberPosted(deps, { workspaceId, leerlijnId: null, key: 'form_opened:U_X:start:M1', message: { channelId: 'C_TEAM', messageId: 'M1' } });
    await rememberPosted(deps, { workspaceId, leerlijnId: null, key: 'form_opened:U_X:start:M2', message: { channelId: 'C_OTHER', messageId: 'M2' } });
    const s = await startFixture(deps);
    const owners = async () => (await t.db.query<{ key: string; leerlijn_id: string | null }>(`select key, leerlijn_id from posted_messages order by key`)).rows;
    expect(await owners()).toEqual([
      { key: 'form_opened:U_X:start:M1', leerlijn_id: s.leerlijnId },
      { key: 'form_opened:U_X:start:M2', leerlijn_id: null },
    ]);
    await deleteLeerlijn(deps, s.coordinator, s.leerlijnId, 'Het Baken College');
    expect((await owners()).map((r) => r.key)).toEqual(['form_opened:U_X:start:M2']);
  });

  it('refuses a second active leerlijn in the same channel', async () => {
    await startFixture(deps);
    await expect(startFixture(deps)).rejects.toMatchObject({ code: 'leerlijn_exists' });
  });

  it('names every bad field and stores nothing', async () => {
    const workspaceId = await ensureWorkspace(t.db, 'slack', 'T1');
    const error = await startLeerlijn(deps, { workspaceId, userId: 'U1' }, {
      channelId: 'C1',
      kind: 'later',
      schoolName: '',
      youthOrgName: 'JW',
      startDate: '2026-02-30',
      startTime: '25:00',
      randvoorwaarden: { draagvlak: true, financiering: true, facilitering: true },
      coordinators: [],
      members: [],
    }).catch((e: ValidationError) => e);
    expect(error).toMatchObject({ code: 'invalid_input' });
    expect((error as ValidationError).fields.map((f) => `${f.field}:${f.message}`).sort()).toEqual(
      ['coordinators:coordinator_required', 'kind:kind', 'members:members_required', 'schoolName:required', 'startDate:date', 'startTime:time'].sort(),
    );
    expect((await t.db.query('select * from leerlijnen')).rowCount).toBe(0);
  });

  it('asks a side of everyone when the form asks sides with the people, names who has none, and starts nothing', async () => {
    // Lid 2 is named only as a manager.
    const members = makeTeam(3).map((m, i) => (i === 2 ? { ...m, side: null, level: 'manager' as const } : m));
    await expect(startFixture(deps, { overrides: { members, sidesAsked: true } })).rejects.toMatchObject({
      fields: [{ field: 'members', message: 'side_everyone', params: { names: 'Lid 2' } }],
    });
    expect((await t.db.query('select * from leerlijnen')).rowCount).toBe(0);
    // A form that leaves the sides to the team form after (Slack's) starts without them.
    await expect(startFixture(deps, { overrides: { members: makeTeam(3).map((m) => ({ ...m, side: null })) } })).resolves.toBeDefined();
  });

  it('refuses an impossible or past start date', async () => {
    await expect(startFixture(deps, { overrides: { startDate: '2026-02-30' } })).rejects.toMatchObject({
      fields: [{ field: 'startDate', message: 'date' }],
    });
    await expect(startFixture(deps, { overrides: { startDate: '2026-01-14' } })).rejects.toMatchObject({
      fields: [{ field: 'startDate', message: 'date_past' }],
    });
  });

  it('lets only the coordinator change the team, and never leaves it without one', async () => {
    const s = await startFixture(deps);
    const member = s.members[1]!;
    await expect(changeTeam(deps, member, s.leerlijnId, { remove: ['U002'] })).rejects.toMatchObject({ code: 'not_coordinator' });
    const after = await changeTeam(deps, s.coordinator, s.leerlijnId, {
      upsert: [{ userId: 'U009', displayName: 'Nieuw lid', side: 'jongerenwerk', level: 'uitvoerder' }],
      remove: ['U003'],
    });
    expect(after.team.members.map((m) => m.userId)).toEqual(['U000', 'U001', 'U002', 'U009']);
    await expect(changeTeam(deps, s.coordinator, s.leerlijnId, { remove: ['U000'] })).rejects.toMatchObject({
      fields: [{ field: 'coordinators', message: 'coordinator_required' }],
    });
  });

  it("fills in the platform's names for members stored under their ids, keeping a name a coordinator set meanwhile", async () => {
    const team = makeTeam(3).map((m) => ({ ...m, displayName: m.userId }));
    const s = await startFixture(deps, { overrides: { members: team } });
    const [, renamed, plain] = team as [typeof team[0], typeof team[0], typeof team[0]];
    await changeTeam(deps, s.coordinator, s.leerlijnId, { upsert: [{ ...renamed, displayName: 'Juf Renske' }] });
    const auditBefore = (await t.db.query(`select 1 from audit_log where leerlijn_id = $1::uuid`, [s.leerlijnId])).rows.length;
    await fillMemberNames(deps, s.leerlijnId, [{ userId: renamed.userId, displayName: 'Renske de Vries' }, { userId: plain.userId, displayName: 'Bram Bakker' }]);
    const { rows } = await t.db.query<{ userId: string; name: string }>(
      `select user_id as "userId", display_name as name from members where leerlijn_id = $1::uuid order by user_id`,
      [s.leerlijnId],
    );
    expect(rows).toEqual([
      { userId: team[0]!.userId, name: team[0]!.userId },
      { userId: renamed.userId, name: 'Juf Renske' },
      { userId: plain.userId, name: 'Bram Bakker' },
    ]);
    expect((await t.db.query(`select 1 from audit_log where leerlijn_id = $1::uuid`, [s.leerlijnId])).rows.length).toBe(auditBefore);
    await expect(fillMemberNames(deps, s.leerlijnId, [{ userId: plain.userId, displayName: '' }])).rejects.toMatchObject({ code: 'invalid_input' });
  });

  it('leaves bots out of the team for the starter only, never the last coordinator', async () => {
    const s = await startFixture(deps, { members: 4 });
    const [, other, bot] = s.members as [typeof s.coordinator, typeof s.coordinator, typeof s.coordinator];
    await expect(leaveOutBots(deps, other, s.leerlijnId, [bot.userId])).rejects.toMatchObject({ code: 'not_coordinator' });
    expect(await leaveOutBots(deps, s.coordinator, s.leerlijnId, [bot.userId, 'U_NOT_IN_TEAM'])).toEqual([bot.userId]);
    const ids = async () => (await t.db.query<{ id: string }>(`select user_id as id from members where leerlijn_id = $1::uuid order by 1`, [s.leerlijnId])).rows.map((r) => r.id);
    expect(await ids()).not.toContain(bot.userId);
    // Had the starter picked only a bot as coordinator, the leerlijn would need it still.
    expect(await leaveOutBots(deps, s.coordinator, s.leerlijnId, [s.coordinator.userId])).toEqual([]);
    expect(await ids()).toContain(s.coordinator.userId);
  });

  it('moves a meeting with a warning, refuses one out of order, and keeps local time', async () => {
    const s = await startFixture(deps);
    const moved = await rescheduleMeeting(deps, s.coordinator, s.leerlijnId, { kind: 'actieplan', date: '2026-02-20', time: '08:30' });
    const actieplan = moved.meetings.find((m) => m.kind === 'actieplan')!;
    expect([actieplan.localDate, actieplan.localTime]).toEqual(['2026-02-20', '08:30']);
    expect(moved.issues).toContainEqual({ code: 'actieplan_late', kind: 'actieplan', blocking: false, days: 18 });
    await expect(
      rescheduleMeeting(deps, s.coordinator, s.leerlijnId, { kind: 'terugkom', date: '2026-02-10', time: '15:30' }),
    ).rejects.toMatchObject({ code: 'schedule_refused', params: { reason: 'order', kind: 'terugkom' } });
    await expect(
      rescheduleMeeting(deps, s.members[1]!, s.leerlijnId, { kind: 'terugkom', date: '2026-03-20', time: '15:30' }),
    ).rejects.toMatchObject({ code: 'not_coordinator' });
    await expect(
      rescheduleMeeting(deps, s.coordinator, s.leerlijnId, { kind: 'signalering', date: '2026-01-10', time: '15:30' }),
    ).rejects.toMatchObject({ fields: [{ field: 'date', message: 'date_past' }] });
  });

  it('moves a meeting to another day at its own time when no time is given', async () => {
    const s = await startFixture(deps);
    await rescheduleMeeting(deps, s.coordinator, s.leerlijnId, { kind: 'actieplan', date: '2026-02-20', time: '08:30' });
    const moved = await rescheduleMeeting(deps, s.coordinator, s.leerlijnId, { kind: 'actieplan', date: '2026-02-19' });
    const actieplan = moved.meetings.find((m) => m.kind === 'actieplan')!;
    expect([actieplan.localDate, actieplan.localTime]).toEqual(['2026-02-19', '08:30']);
    // A meeting not planned yet has no time of its own to keep.
    await expect(rescheduleMeeting(deps, s.coordinator, s.leerlijnId, { kind: 'vervolgevaluatie', date: '2026-09-01' })).rejects.toMatchObject({
      fields: [{ field: 'time', message: 'time' }],
    });
  });

  it('keeps the reminders in step: starting plans them, moving a meeting replaces its own', async () => {
    const s = await startFixture(deps);
    const invites = async (status: string) =>
      (
        await t.db.query<{ occurrence: string }>(
          `select occurrence from scheduled_jobs where kind = 'meeting_invite' and subject like '%:actieplan' and status = $1::text`,
          [status],
        )
      ).rows.map((r) => r.occurrence);
    expect(await invites('pending')).toEqual(['2026-02-16T14:30:00.000Z']);
    await rescheduleMeeting(deps, s.coordinator, s.leerlijnId, { kind: 'actieplan', date: '2026-02-12', time: '15:30' });
    expect(await invites('pending')).toEqual(['2026-02-12T14:30:00.000Z']);
    expect(await invites('cancelled')).toEqual(['2026-02-16T14:30:00.000Z']);
  });

  it('assigns notulist and invuller from the team only', async () => {
    const s = await startFixture(deps);
    const view = await assignMeetingRoles(deps, s.coordinator, s.leerlijnId, {
      kind: 'signalering',
      notulistUserId: 'U001',
      invullerUserId: 'U002',
    });
    expect(view.meetings[0]).toMatchObject({ notulistUserId: 'U001', invullerUserId: 'U002' });
    await expect(
      assignMeetingRoles(deps, s.coordinator, s.leerlijnId, { kind: 'signalering', notulistUserId: 'U_NOBODY' }),
    ).rejects.toMatchObject({ fields: [{ field: 'notulistUserId', message: 'not_in_team' }] });
    // A form for several meetings saves all or nothing.
    await expect(
      assignMeetingRoles(deps, s.coordinator, s.leerlijnId, [
        { kind: 'actieplan', notulistUserId: 'U003' },
        { kind: 'terugkom', invullerUserId: 'U_NOBODY' },
      ]),
    ).rejects.toMatchObject({ fields: [{ field: '1.invullerUserId', message: 'not_in_team' }] });
    const after = await assignMeetingRoles(deps, s.coordinator, s.leerlijnId, [
      { kind: 'actieplan', notulistUserId: 'U003' },
      { kind: 'terugkom', invullerUserId: 'U001' },
    ]);
    expect(after.meetings.map((m) => [m.kind, m.notulistUserId, m.invullerUserId])).toEqual([
      ['signalering', 'U001', 'U002'],
      ['actieplan', 'U003', null],
      ['terugkom', null, 'U001'],
      ['eindevaluatie', null, null],
    ]);
  });

  it('stops a leerlijn, only by its coordinator, and keeps it in its channel with when it stopped', async () => {
    const s = await startFixture(deps, { overrides: { lang: 'en' } });
    await expect(stopLeerlijn(deps, s.members[1]!, s.leerlijnId, 'stopped')).rejects.toMatchObject({ code: 'not_coordinator' });
    deps.setNow(new Date('2026-03-04T10:15:00Z'));
    expect((await stopLeerlijn(deps, s.coordinator, s.leerlijnId, 'stopped')).status).toBe('stopped');
    await expect(stopLeerlijn(deps, s.coordinator, s.leerlijnId, 'stopped')).rejects.toMatchObject({ code: 'leerlijn_not_active' });
    expect(await endedLeerlijnIn(deps, s.workspaceId, 'C_TEAM')).toMatchObject({ id: s.leerlijnId, status: 'stopped', endedAt: new Date('2026-03-04T10:15:00Z') });
    expect(await endedLeerlijnIn(deps, s.workspaceId, 'C_ELSEWHERE')).toBeNull();
  });

  it('starts no new leerlijn in a channel while a stopped one’s data is kept there; after its delete it does', async () => {
    const s = await startFixture(deps, { overrides: { lang: 'en' } });
    await stopLeerlijn(deps, s.coordinator, s.leerlijnId, 'stopped');
    // Its language: the refusal is about it.
    await expect(startFixture(deps)).rejects.toMatchObject({ code: 'leerlijn_kept', lang: 'en' });
    await expect(startFixture(deps, { channelId: 'C_ELSEWHERE' })).resolves.toBeDefined();
    await deleteLeerlijn(deps, s.coordinator, s.leerlijnId, 'Het Baken College');
    await expect(startFixture(deps)).resolves.toBeDefined();
    expect(await endedLeerlijnIn(deps, s.workspaceId, 'C_TEAM')).toBeNull();
  });

  it('never shows a leerlijn to another workspace', async () => {
    const s = await startFixture(deps);
    const other = { workspaceId: await ensureWorkspace(t.db, 'slack', 'T_OTHER'), userId: 'U000' };
    await expect(stopLeerlijn(deps, other, s.leerlijnId, 'stopped')).rejects.toMatchObject({ code: 'leerlijn_gone' });
  });

  const pending = async (kind: string) =>
    (
      await t.db.query<{ run_at: Date }>(
        `select run_at from scheduled_jobs where kind = $1::text and subject like '%:actieplan' and status = 'pending'`,
        [kind],
      )
    ).rows.map((r) => new Date(r.run_at).toISOString());

  it('start with 7 days, 1 day and at the start; the coordinator changes them and the reminders move', async () => {
    const s = await startFixture(deps);
    expect(await getReminderSettings(deps, s.coordinator, s.leerlijnId)).toEqual({ inviteDays: 7, dayBefore: 1, atStart: true, notifyChannel: false });
    // The settings are the coordinator's form: a member is refused, before anything is read.
    await expect(getReminderSettings(deps, s.members[1]!, s.leerlijnId)).rejects.toMatchObject({ code: 'not_coordinator' });
    expect(await pending('meeting_invite')).toEqual(['2026-02-09T08:00:00.000Z']);
    await setReminderSettings(deps, s.coordinator, s.leerlijnId, { inviteDays: 10, dayBefore: 2, atStart: false });
    // 09:00 Amsterdam, 10 and 2 days before Monday 16 February; the latter a Saturday, so Friday.
    expect(await pending('meeting_invite')).toEqual(['2026-02-06T08:00:00.000Z']);
    expect(await pending('meeting_day_before')).toEqual(['2026-02-13T08:00:00.000Z']);
    expect(await pending('meeting_start')).toEqual([]);
  });

  it('refuses settings from a member and settings that make no sense', async () => {
    const s = await startFixture(deps);
    await expect(setReminderSettings(deps, s.members[1]!, s.leerlijnId, { inviteDays: 7, dayBefore: 1, atStart: true })).rejects.toMatchObject({
      code: 'not_coordinator',
    });
    await expect(setReminderSettings(deps, s.coordinator, s.leerlijnId, { inviteDays: 1, dayBefore: 3, atStart: true })).rejects.toMatchObject({
      fields: [{ field: 'inviteDays', message: 'invite_after_reminder' }],
    });
    await expect(setReminderSettings(deps, s.coordinator, s.leerlijnId, { inviteDays: 99, dayBefore: 1, atStart: true })).rejects.toMatchObject({
      fields: [{ field: 'inviteDays', message: 'invalid' }],
    });
  });
});
