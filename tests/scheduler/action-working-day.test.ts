// An action's reminders go out on working days: due on Hemelvaart or a Saturday, the due-day
// reminder comes the working day before (it then names the date); the one three days before stays
// a working day earlier still; the weekly overdue ones wait for the next working day.
import { describe, expect, it } from 'vitest';
import { actionReminderDays, planJobs, schedulable, type DesiredJob } from '../../src/app/jobs/plan-jobs.js';

const LEERLIJN = { id: 'l1', status: 'active' as const, timezone: 'Europe/Amsterdam', reminderOffsets: {} };

/** The reminders of one action, due on `dueDate`, that a save at `now` plans (still ahead). */
function remindersPlannedAt(dueDate: string, now: string): DesiredJob[] {
  const state = { leerlijn: LEERLIJN, meetings: [], actions: [{ id: 'a1', dueDate, status: 'open' as const }] };
  return planJobs(state, new Date(now)).filter((j) => j.subject === 'a1' && schedulable(j, new Date(now)));
}

const runAt = (jobs: DesiredJob[], kind: string): string | undefined => jobs.find((j) => j.kind === kind)?.runAt.toISOString();

describe('the days of an action\'s reminders', () => {
  it('due on a Friday, a working day: on the Tuesday before, on the day, and the Fridays after', () => {
    expect(actionReminderDays('2026-03-06')).toEqual({ before: '2026-03-03', due: '2026-03-06', overdue: ['2026-03-13', '2026-03-20', '2026-03-27'] });
  });

  it('due on Hemelvaart (Thursday 14 May 2026): the due-day one on Wednesday 13 May', () => {
    expect(actionReminderDays('2026-05-14')).toMatchObject({ before: '2026-05-11', due: '2026-05-13' });
  });

  it('due on a Saturday: Friday, and the one before on Wednesday', () => {
    expect(actionReminderDays('2026-03-07')).toMatchObject({ before: '2026-03-04', due: '2026-03-06' });
  });

  it('due on Tweede Pinksterdag (Monday 25 May 2026): Friday 22 May, the one before a working day earlier, Thursday 21 May', () => {
    expect(actionReminderDays('2026-05-25')).toMatchObject({ before: '2026-05-21', due: '2026-05-22' });
  });

  it('a week after Thursday 7 May 2026 is Hemelvaart: that overdue reminder waits for Friday 15 May', () => {
    expect(actionReminderDays('2026-05-07').overdue).toEqual(['2026-05-15', '2026-05-21', '2026-05-28']);
  });
  it('due Friday 18 December 2026: Christmas and New Year push the weekly ones to Mondays, a week apart, not 4 days', () => {
    expect(actionReminderDays('2026-12-18').overdue).toEqual(['2026-12-28', '2027-01-04', '2027-01-11']);
  });

  // Both reminders ahead of a day off can be past when the action is saved: the due-day one then
  // comes on the date itself at 09:00, not a week later as overdue (and not at once).
  it('due on Hemelvaart, saved Wednesday 13 May 2026 at 10:00: the due-day reminder comes on Thursday 14 May at 09:00', () => {
    const jobs = remindersPlannedAt('2026-05-14', '2026-05-13T08:00:00Z');
    expect(runAt(jobs, 'action_due')).toBe('2026-05-14T07:00:00.000Z');
  });

  it('due on a Saturday, its date changed on the Friday at 14:00: the reminder comes on Saturday at 09:00', () => {
    const jobs = remindersPlannedAt('2026-03-07', '2026-03-06T13:00:00Z');
    expect(runAt(jobs, 'action_due')).toBe('2026-03-07T08:00:00.000Z');
  });

  it('due on Hemelvaart, saved Wednesday at 08:00: still the Wednesday at 09:00', () => {
    const jobs = remindersPlannedAt('2026-05-14', '2026-05-13T06:00:00Z');
    expect(runAt(jobs, 'action_due')).toBe('2026-05-13T07:00:00.000Z');
  });
});
