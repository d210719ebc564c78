// The invitation goes out on a working day, as the short reminder does: set 9 days before a Monday
// meeting it is a Friday message, not one on Saturday; a public holiday moves it too. It stays
// before the short reminder when both move back to the same Friday.
import { describe, expect, it } from 'vitest';
import { meetingReminderDays } from '../../src/app/jobs/plan-jobs.js';
import { setReminderSettings } from '../../src/app/meetings.js';
import { backends } from '../support/db.js';
import { makeDeps, useStartedLeerlijn } from '../support/fixtures.js';
import { jobsOf, runAtOf } from './helpers.js';

const offsets = (inviteDays: number, dayBefore: number) => ({ inviteDays, dayBefore, atStart: true, notifyChannel: false });

describe('the day of the invitation', () => {
  it('9 days before Monday 2 February 2026 is Saturday 24 January: it goes on Friday 23 January', () => {
    expect(meetingReminderDays(offsets(9, 1), '2026-02-02').invite).toBe('2026-01-23');
  });

  it('10 days before is Friday 23 January, a working day: it keeps that day', () => {
    expect(meetingReminderDays(offsets(10, 1), '2026-02-02').invite).toBe('2026-01-23');
  });

  it('a week before Monday 4 May 2026 is Koningsdag: it goes on Friday 24 April', () => {
    expect(meetingReminderDays(offsets(7, 0), '2026-05-04').invite).toBe('2026-04-24');
  });

  it('2 and 1 days before a Monday would both be Friday: the invitation comes the Thursday before the short reminder', () => {
    expect(meetingReminderDays(offsets(2, 1), '2026-02-02')).toEqual({ invite: '2026-01-29', shortReminder: '2026-01-30' });
  });
});

// The fixture's signalering: Monday 2 February 2026, 15.30 Amsterdam (09:00 local is 08:00Z).
describe.each(backends())('the invitation on a working day, on $name', ({ open }) => {
  const env = useStartedLeerlijn(open, 4);

  it('set 9 days ahead: the job is Friday 09:00 and the confirmation names that Friday', async () => {
    const saved = await setReminderSettings(makeDeps(env.t.db), env.s.coordinator, env.s.leerlijnId, offsets(9, 1));
    expect(saved.next).toMatchObject({ invite: '2026-01-23', shortReminder: '2026-01-30' });
    const jobs = await jobsOf(env.t.db, env.s.leerlijnId, 'pending');
    expect(runAtOf(jobs, 'meeting_invite', ':signalering')).toEqual(['2026-01-23T08:00:00Z']);
  });
});
