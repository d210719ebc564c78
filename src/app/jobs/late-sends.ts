// When a message the bot sends by itself goes out once it is late (the bot was down, a send was
// retried for hours). On time it goes at once: it was planned for a sensible moment (09:00 on a
// working day, plan-jobs REMINDER_TIME, or a meeting's start or end). Late, it waits out the night:
// a teacher is not woken at 23:10 by "maandag is de bijeenkomst". Unless waiting makes it useless
// (scheduler/late-hold.ts); whether it is still worth sending when it goes is for the notice's own
// rules (notices-for: a meeting begun, a newer one).
import { nextMomentWithin, type DayHours } from '../../domain/hours.js';
import type { JobKey } from '../../store/scheduled-jobs.js';
import { WORKING_HOURS } from '../retention.js';

/**
 * The hours a late message may go out in, in the leerlijn's zone, every day: a late message found
 * on a Saturday afternoon still goes (waiting for Monday would make more of them useless), but not at
 * night. 07:30 is before a school day's first meeting, so a short reminder held overnight still comes first.
 */
export const LATE_SENDING_HOURS: DayHours = { opens: '07:30', closes: '20:00', workingDaysOnly: false };

/**
 * The hours a late job may go out in. A retention warning, and its copy in the channel, keep to a
 * working day's hours (app/retention.ts): they are read at work and give a working day's notice, so
 * one found on a Friday night waits for Monday 09:00, not Saturday morning.
 */
export function lateSendingHoursOf(job: Pick<JobKey, 'kind'>): DayHours {
  return job.kind === 'retention_warning' ? WORKING_HOURS : LATE_SENDING_HOURS;
}

/**
 * A pass this soon after a job's time still counts as on time (the ticker runs every minute; a
 * restart or a retry takes minutes): an evening meeting's start reminder or its document at 21:00 goes.
 */
export const ON_TIME_MINUTES = 30;

/**
 * When a job could first have gone: its time, or when it was planned if that was later (a meeting
 * planned at 21:00 whose invitation day has gone). Late counts from then: not from a time the bot
 * was up but nothing was planned yet. `plannedAt` unknown (null): from its time.
 */
export function firstCouldGo(runAt: Date, plannedAt: Date | null | undefined): Date {
  return plannedAt && plannedAt > runAt ? plannedAt : runAt;
}

/**
 * Null: send now. Else the moment a job that could first go at `since` (firstCouldGo), found at
 * `now`, waits for: the next moment within `hours` (lateSendingHoursOf).
 */
export function lateSendWaitsUntil(since: Date, now: Date, timezone: string, hours: DayHours = LATE_SENDING_HOURS): Date | null {
  if (now.getTime() - since.getTime() <= ON_TIME_MINUTES * 60_000) return null;
  const next = nextMomentWithin(now, timezone, hours);
  return next > now ? next : null;
}
