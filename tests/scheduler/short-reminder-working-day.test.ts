// The short reminder ('morgen') goes out on the last working day before its meeting: for a
// Monday meeting that is Friday 09:00, saying 'op maandag …', not a work message on Sunday.
// Days off are the bot's own notion (holidays.ts): weekends and public holidays.
import { describe, expect, it } from 'vitest';
import { syncLeerlijnJobs } from '../../src/app/jobs/plan-jobs.js';
import type { Notice } from '../../src/app/notices.js';
import { noticeCard } from '../../src/adapters/teams/cards/notices.js';
import { updateMeeting } from '../../src/store/leerlijnen.js';
import { backends } from '../support/db.js';
import { NOW, useStartedLeerlijn } from '../support/fixtures.js';
import { jobsOf, runAtOf, scheduler } from './helpers.js';

const said = (notice: Notice): string => JSON.stringify(noticeCard(notice));

// The fixture's signalering: Monday 2 February 2026, 15.30 Amsterdam; actieplan Monday 16 February.
describe.each(backends())('the short reminder on a working day, on $name', ({ open }) => {
  const env = useStartedLeerlijn(open, 4);
  const sync = () => env.t.db.transaction((tx) => syncLeerlijnJobs(tx, env.s.leerlijnId, NOW));
  const shortReminder = (a: ReturnType<typeof scheduler>): string =>
    said(a.messenger.ofType('meeting_reminder').find((r) => r.notice.when === 'day_before')!.notice);

  it('for a Monday meeting: Friday 09:00 local, reading "op maandag …"', async () => {
    const jobs = await jobsOf(env.t.db, env.s.leerlijnId);
    expect(runAtOf(jobs, 'meeting_day_before', ':signalering')).toEqual(['2026-01-30T08:00:00Z']);
    const a = scheduler(env.t.db);
    await a.tick('2026-01-30T08:00:00Z');
    expect(shortReminder(a)).toContain('is op maandag 2 februari 2026, om 15.30 uur');
    expect(shortReminder(a)).not.toContain('morgen');
  });

  it('for a Wednesday meeting: still Tuesday 09:00, reading "morgen"', async () => {
    await updateMeeting(env.t.db, env.s.leerlijnId, 'signalering', { startsAt: new Date('2026-02-04T14:30:00Z') });
    await sync();
    const jobs = await jobsOf(env.t.db, env.s.leerlijnId, 'pending');
    expect(runAtOf(jobs, 'meeting_day_before', ':signalering')).toEqual(['2026-02-03T08:00:00Z']);
    const a = scheduler(env.t.db);
    await a.tick('2026-02-03T08:00:00Z');
    expect(shortReminder(a)).toContain('is morgen, om 15.30 uur');
  });

  it('for a Tuesday after Easter: the Thursday before Goede Vrijdag, not Easter Monday', async () => {
    await updateMeeting(env.t.db, env.s.leerlijnId, 'terugkom', { startsAt: new Date('2026-04-07T13:30:00Z') });
    await sync();
    const jobs = await jobsOf(env.t.db, env.s.leerlijnId, 'pending');
    expect(runAtOf(jobs, 'meeting_day_before', ':terugkom')).toEqual(['2026-04-02T07:00:00Z']);
  });

  it('set two days ahead for a Monday meeting: Saturday is no working day either, so Friday', async () => {
    await updateMeeting(env.t.db, env.s.leerlijnId, 'signalering', { startsAt: new Date('2026-02-04T14:30:00Z') });
    await env.t.db.query(`update leerlijnen set reminder_offsets = '{"inviteDays":7,"dayBefore":2,"atStart":true}'::jsonb where id = $1::uuid`, [env.s.leerlijnId]);
    await sync();
    const jobs = await jobsOf(env.t.db, env.s.leerlijnId, 'pending');
    // Wednesday 4 February, two days ahead: Monday 2 February, a working day.
    expect(runAtOf(jobs, 'meeting_day_before', ':signalering')).toEqual(['2026-02-02T08:00:00Z']);
    // Monday 16 February, two days ahead: Saturday 14, so Friday 13.
    expect(runAtOf(jobs, 'meeting_day_before', ':actieplan')).toEqual(['2026-02-13T08:00:00Z']);
  });
});
