import { describe, expect, it } from 'vitest';
import { syncLeerlijnJobs } from '../../src/app/jobs/plan-jobs.js';
import { updateMeeting } from '../../src/store/leerlijnen.js';
import { backends } from '../support/db.js';
import { NOW, startFixture, useStartedLeerlijn } from '../support/fixtures.js';
import { addAction, jobsOf, runAtOf, setActionStatus } from './helpers.js';

// The fixture's leerlijn starts Monday 2026-02-02 at 15:30 Amsterdam time: signalering 02-02,
// actieplan 02-16, terugkom 03-30 (the day after summer time starts), eindevaluatie 05-25.
describe.each(backends())('planning reminders on $name', ({ open }) => {
  const env = useStartedLeerlijn(open, 4);

  const sync = (now: Date | string = NOW) => env.t.db.transaction((tx) => syncLeerlijnJobs(tx, env.s.leerlijnId, new Date(now)));

  it('starting plans invitation, day-before, start and close prompts per meeting, and each filled document at its meeting\'s end; a second sync changes nothing', async () => {
    // startLeerlijn synced already: the 24 jobs exist before any explicit sync.
    expect(await jobsOf(env.t.db, env.s.leerlijnId, 'pending')).toHaveLength(24);
    expect(await sync()).toEqual({ scheduled: 0, cancelled: 0 });
    const jobs = await jobsOf(env.t.db, env.s.leerlijnId);
    expect(runAtOf(jobs, 'meeting_invite', ':signalering')).toEqual(['2026-01-26T08:00:00Z']);
    expect(runAtOf(jobs, 'meeting_day_before', ':signalering')).toEqual(['2026-01-30T08:00:00Z']);
    expect(runAtOf(jobs, 'meeting_start', ':signalering')).toEqual(['2026-02-02T14:30:00Z']);
    expect(runAtOf(jobs, 'prompt_close_open', ':signalering')).toEqual(['2026-02-02T17:00:00Z']);
    // Two working days before a Monday meeting is the Thursday before, 09:00: notulist and invuller?
    expect(runAtOf(jobs, 'prompt_assign_roles', ':signalering')).toEqual(['2026-01-29T08:00:00Z']);
    // Summer time: 09:00 Amsterdam is 07:00Z.
    expect(runAtOf(jobs, 'prompt_assign_roles', ':eindevaluatie')).toEqual(['2026-05-21T07:00:00Z']);
    // Three weeks after the actieplan: "is the plan getting going?"
    expect(runAtOf(jobs, 'prompt_plan_going', ':actieplan')).toEqual(['2026-03-09T08:00:00Z']);
    expect(jobs.filter((j) => j.kind === 'prompt_actieplan_not_planned')).toEqual([]);
    // The Actieplan and the Evaluatielijsten go to the channel when their meeting ends (3 hours);
    // the signalering's instrument comes with its round's result instead.
    expect(runAtOf(jobs, 'meeting_document', ':actieplan')).toEqual(['2026-02-16T17:30:00Z']);
    expect(runAtOf(jobs, 'meeting_document', ':terugkom')).toEqual(['2026-03-30T16:30:00Z']);
    expect(runAtOf(jobs, 'meeting_document', ':eindevaluatie')).toEqual(['2026-05-25T16:30:00Z']);
    expect(runAtOf(jobs, 'meeting_document', ':signalering')).toEqual([]);
    expect(await sync()).toEqual({ scheduled: 0, cancelled: 0 });
  });

  it('keeps 09:00 Amsterdam time across the March change: 08:00Z in winter, 07:00Z in summer', async () => {
    await sync();
    const jobs = await jobsOf(env.t.db, env.s.leerlijnId);
    expect(runAtOf(jobs, 'meeting_invite', ':terugkom')).toEqual(['2026-03-23T08:00:00Z']);
    // The short reminder: Friday 27 March, still winter time (Sunday 29 March is the change day).
    expect(runAtOf(jobs, 'meeting_day_before', ':terugkom')).toEqual(['2026-03-27T08:00:00Z']);
    expect(runAtOf(jobs, 'meeting_start', ':terugkom')).toEqual(['2026-03-30T13:30:00Z']);
  });

  it('keeps 09:00 Amsterdam time across the October change: 07:00Z in summer, 08:00Z in winter', async () => {
    const autumn = await startFixture(env.deps, { channelId: 'C_HERFST', overrides: { startDate: '2026-10-26' } });
    await env.t.db.transaction((tx) => syncLeerlijnJobs(tx, autumn.leerlijnId, NOW));
    const jobs = await jobsOf(env.t.db, autumn.leerlijnId);
    expect(runAtOf(jobs, 'meeting_invite', ':signalering')).toEqual(['2026-10-19T07:00:00Z']);
    // The short reminder: Friday 23 October, still summer time (Sunday 25 October is the change day).
    expect(runAtOf(jobs, 'meeting_day_before', ':signalering')).toEqual(['2026-10-23T07:00:00Z']);
    expect(runAtOf(jobs, 'meeting_start', ':signalering')).toEqual(['2026-10-26T14:30:00Z']);
  });

  it('moving a meeting cancels its old reminders and plans new ones; moving it back revives them', async () => {
    await sync();
    await updateMeeting(env.t.db, env.s.leerlijnId, 'actieplan', { startsAt: new Date('2026-02-19T14:30:00Z') });
    // 17 days after the signalering: the coordinator gets asked about it at the signalering's end.
    expect(await sync()).toEqual({ scheduled: 8, cancelled: 7 });
    const pending = await jobsOf(env.t.db, env.s.leerlijnId, 'pending');
    expect(runAtOf(pending, 'meeting_invite', ':actieplan')).toEqual(['2026-02-12T08:00:00Z']);
    expect(runAtOf(pending, 'prompt_actieplan_not_planned', ':signalering')).toEqual(['2026-02-02T17:00:00Z']);
    const cancelled = await jobsOf(env.t.db, env.s.leerlijnId, 'cancelled');
    expect(cancelled.map((j) => j.occurrence)).toEqual(Array(7).fill('2026-02-16T14:30:00.000Z'));

    await updateMeeting(env.t.db, env.s.leerlijnId, 'actieplan', { startsAt: new Date('2026-02-16T14:30:00Z') });
    expect(await sync()).toEqual({ scheduled: 7, cancelled: 8 });
    expect(await jobsOf(env.t.db, env.s.leerlijnId, 'pending')).toHaveLength(24);
  });

  it('does not plan what is already past, but still invites to a meeting that has not started', async () => {
    // As if the jobs were lost (a restore from an old backup): a sync on 02-10 rebuilds only what is ahead.
    await env.t.db.query('delete from scheduled_jobs where leerlijn_id = $1::uuid', [env.s.leerlijnId]);
    expect(await sync('2026-02-10T12:00:00Z')).toMatchObject({ scheduled: 19 });
    const jobs = await jobsOf(env.t.db, env.s.leerlijnId);
    expect(jobs.filter((j) => j.subject.endsWith(':signalering'))).toEqual([]);
    // The actieplan invitation (02-09) is late, but the meeting (02-16) is ahead: it goes out at the next tick.
    expect(runAtOf(jobs, 'meeting_invite', ':actieplan')).toEqual(['2026-02-09T08:00:00Z']);
  });

  it('follows up an action before, on and after its due date, and stops when it is klaar', async () => {
    const actionId = await addAction(env.t.db, env.s.leerlijnId, { owner: 'U001', due: '2026-03-06' });
    await sync();
    const jobs = (await jobsOf(env.t.db, env.s.leerlijnId)).filter((j) => j.subject === actionId);
    expect(jobs.map((j) => [j.kind, j.runAt])).toEqual([
      ['action_before', '2026-03-03T08:00:00Z'],
      ['action_due', '2026-03-06T08:00:00Z'],
      ['action_overdue', '2026-03-13T08:00:00Z'],
      ['action_overdue', '2026-03-20T08:00:00Z'],
      ['action_overdue', '2026-03-27T08:00:00Z'],
    ]);
    // With an action there is a weekly digest for the coordinator: next Monday at 09:00.
    expect(runAtOf(await jobsOf(env.t.db, env.s.leerlijnId), 'digest', env.s.leerlijnId)).toEqual(['2026-01-19T08:00:00Z']);

    await setActionStatus(env.t.db, actionId, 'klaar');
    expect(await sync()).toEqual({ scheduled: 0, cancelled: 5 });
  });

  it('cancels everything pending when the leerlijn stops', async () => {
    await sync();
    await env.t.db.query(`update leerlijnen set status = 'stopped' where id = $1::uuid`, [env.s.leerlijnId]);
    expect(await sync()).toEqual({ scheduled: 0, cancelled: 24 });
  });

  it('cancels the pending digests when the leerlijn has no actions any more', async () => {
    await addAction(env.t.db, env.s.leerlijnId, { owner: 'U001', due: '2026-03-06' });
    await sync();
    await env.t.db.query(`delete from actions where leerlijn_id = $1::uuid`, [env.s.leerlijnId]);
    await sync();
    expect((await jobsOf(env.t.db, env.s.leerlijnId)).filter((j) => j.kind === 'digest').map((j) => j.status)).toEqual(['cancelled']);
  });
});
