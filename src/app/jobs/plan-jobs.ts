// Which jobs a leerlijn wants, computed from its current state, and the sync that makes the
// table match. Reminder times are wall-clock times in the leerlijn's zone (09:00 local stays
// 09:00 across daylight saving); only the resulting instants are UTC.
import { DateTime } from 'luxon';
import { isWorkingDay, nearestWorkingDays, workingDaysBefore } from '../../domain/holidays.js';
import { checkSchedule, localParts, toInstant } from '../../domain/timeline.js';
import type { Queryable } from '../../store/db.js';
import { cancelJobsExcept, upsertJobs, type JobKey, type PlannedKind } from '../../store/scheduled-jobs.js';
import { meetingDocumentKind } from '../../documents/links.js';
import { listsSaved, planActions, planLeerlijn, planMeetings, type ListsSaved, type PlanAction, type PlanLeerlijn, type PlanMeeting, type ReminderOffsets } from './scheduler-reads.js';

export const REMINDER_TIME = '09:00';
export const BEFORE_DUE_DAYS = 3;
export const OVERDUE_REMINDERS = 3;
/** A past-due reminder this few days after the one before says the same again: the scheduler drops it (notices-for). */
export const OVERDUE_QUIET_DAYS = 5;
export const PLAN_GOING_DAYS = 21;
/** A meeting without a notulist or invuller: the coordinator is asked this many working days before. */
export const ROLES_PROMPT_WORKING_DAYS = 2;
/**
 * A list filled in after its meeting comes to the channel this long after its last save: a
 * coordinator writes it one onderdeel at a time, and corrects just after, so the team files it
 * whole, not as the first save left it.
 */
export const DOCUMENT_QUIET_MINUTES = 30;
/** The occurrence suffix of that document's job, beside the one at the meeting's end. */
export const SAVED_AFTER = '#saved-after';

export interface DesiredJob extends JobKey {
  kind: PlannedKind;
  runAt: Date;
  /** A job whose time passed is still scheduled (to run at once) while now is before this. */
  catchUpUntil?: Date;
  /** Planned only because the bot was down when it was due (a digest caught up): late from its runAt, not from its planning. */
  downWhenDue?: true;
}

export interface PlanState {
  leerlijn: PlanLeerlijn;
  meetings: readonly PlanMeeting[];
  actions: readonly PlanAction[];
  /** The last save of each meeting's list, where it counts (scheduler-reads listsSaved). */
  listsSaved?: ListsSaved;
}

const DEFAULT_OFFSETS: ReminderOffsets = { inviteDays: 7, dayBefore: 1, atStart: true, notifyChannel: false };

export function reminderOffsets(raw: unknown): ReminderOffsets {
  const o = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  const days = (v: unknown, d: number) => (typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 60 ? v : d);
  return {
    inviteDays: days(o.inviteDays, DEFAULT_OFFSETS.inviteDays),
    dayBefore: days(o.dayBefore, DEFAULT_OFFSETS.dayBefore),
    atStart: typeof o.atStart === 'boolean' ? o.atStart : DEFAULT_OFFSETS.atStart,
    notifyChannel: o.notifyChannel === true,
  };
}

export function addDays(date: string, days: number): string {
  // Calendar arithmetic on the plain date, so a 23- or 25-hour day still counts as one.
  return DateTime.fromISO(date, { zone: 'utc' }).plus({ days }).toISODate() ?? date;
}

/** 09:00 local (REMINDER_TIME, when the bot's own messages go out) on local date `date` shifted by `days`. */
export function nineOn(date: string, days: number, timezone: string): Date {
  return toInstant(addDays(date, days), REMINDER_TIME, timezone);
}

export function meetingSubject(leerlijnId: string, kind: string): string {
  return `${leerlijnId}:${kind}`;
}

export function meetingEnd(m: Pick<PlanMeeting, 'startsAt' | 'durationMinutes'>): Date {
  return new Date(m.startsAt.getTime() + m.durationMinutes * 60_000);
}

/**
 * The last working day on or before `day`, so a message set days before a Monday meeting is a
 * Friday message ('op maandag …'), not a work message on the weekend. Public holidays only, as for
 * the roles prompt: a school holiday would push a message a week or more ahead, and youth work goes on then.
 */
function workingDayOnOrBefore(day: string): string {
  return isWorkingDay(day, null) ? day : workingDaysBefore(day, 1, null);
}

/** The first working day on or after `day` (public holidays only, as above): a message that waits rather than comes early. */
export function workingDayOnOrAfter(day: string): string {
  return isWorkingDay(day, null) ? day : nearestWorkingDays(day, null).after;
}

/**
 * The local days a meeting's invitation and short reminder go out on, at 09:00; left out when set
 * to none. Both move back to a working day; the invitation stays a working day before the short
 * reminder when both would land on the same one (2 and 1 days before a Monday: Thursday and Friday).
 */
export function meetingReminderDays(offsets: ReminderOffsets, meetingDay: string): { invite?: string; shortReminder?: string } {
  const shortReminder = offsets.dayBefore > 0 ? workingDayOnOrBefore(addDays(meetingDay, -offsets.dayBefore)) : undefined;
  let invite = offsets.inviteDays > 0 ? workingDayOnOrBefore(addDays(meetingDay, -offsets.inviteDays)) : undefined;
  if (invite && shortReminder && invite >= shortReminder) invite = workingDaysBefore(shortReminder, 1, null);
  return { ...(invite ? { invite } : {}), ...(shortReminder ? { shortReminder } : {}) };
}

/**
 * The meeting's document once its list was saved after the meeting ended (the job at the end found
 * it empty or older): DOCUMENT_QUIET_MINUTES after the last save, so each later save plans it
 * again (an untried job moves, upsertJobs). Sent once (deliverOnce): a save after it does not resend.
 */
function documentSavedAfter(subject: string, m: PlanMeeting, savedAt: Date | undefined): DesiredJob[] {
  if (!savedAt || !meetingDocumentKind(m.kind) || savedAt <= meetingEnd(m)) return [];
  const runAt = new Date(savedAt.getTime() + DOCUMENT_QUIET_MINUTES * 60_000);
  return [{ kind: 'meeting_document', subject, occurrence: `${m.startsAt.toISOString()}${SAVED_AFTER}`, runAt }];
}

function meetingReminders(l: PlanLeerlijn, m: PlanMeeting, saved: ListsSaved): DesiredJob[] {
  const offsets = reminderOffsets(l.reminderOffsets);
  const subject = meetingSubject(l.id, m.kind);
  const occurrence = m.startsAt.toISOString();
  const day = localParts(m.startsAt, l.timezone).date;
  const { invite, shortReminder } = meetingReminderDays(offsets, day);
  const jobs: DesiredJob[] = [];
  if (invite) {
    // Nobody is invited yet when a meeting is planned or moved closer than the invite offset.
    jobs.push({ kind: 'meeting_invite', subject, occurrence, runAt: nineOn(invite, 0, l.timezone), catchUpUntil: m.startsAt });
  }
  if (shortReminder) jobs.push({ kind: 'meeting_day_before', subject, occurrence, runAt: nineOn(shortReminder, 0, l.timezone) });
  if (offsets.atStart) jobs.push({ kind: 'meeting_start', subject, occurrence, runAt: m.startsAt });
  jobs.push({ kind: 'prompt_close_open', subject, occurrence, runAt: meetingEnd(m) });
  // What the meeting filled in goes to the channel when it ends (read then: empty is skipped).
  if (meetingDocumentKind(m.kind)) jobs.push({ kind: 'meeting_document', subject, occurrence, runAt: meetingEnd(m) });
  jobs.push(...documentSavedAfter(subject, m, saved[m.kind]));
  // Planned for every meeting; whether a notulist or invuller is still missing is read when it is due.
  // Caught up like the invitation: a meeting planned or moved closer than this asks at once, not first at its start.
  const askForRoles = nineOn(workingDaysBefore(day, ROLES_PROMPT_WORKING_DAYS, null), 0, l.timezone);
  if (askForRoles < m.startsAt) jobs.push({ kind: 'prompt_assign_roles', subject, occurrence, runAt: askForRoles, catchUpUntil: m.startsAt });
  return jobs;
}

/** True when the actieplan meeting is more than 14 days after the signalering (the leerlijn's rule). */
export function actieplanLate(meetings: readonly PlanMeeting[], timezone: string): boolean {
  const active = meetings.filter((m) => m.status !== 'cancelled');
  return checkSchedule(active, timezone).some((i) => i.code === 'actieplan_late');
}

function coordinatorPrompts(l: PlanLeerlijn, meetings: readonly PlanMeeting[]): DesiredJob[] {
  const byKind = new Map(meetings.filter((m) => m.status !== 'cancelled').map((m) => [m.kind, m]));
  const jobs: DesiredJob[] = [];
  const signalering = byKind.get('signalering');
  if (signalering && actieplanLate(meetings, l.timezone)) {
    jobs.push({
      kind: 'prompt_actieplan_not_planned',
      subject: meetingSubject(l.id, 'signalering'),
      occurrence: signalering.startsAt.toISOString(),
      runAt: meetingEnd(signalering),
    });
  }
  const actieplan = byKind.get('actieplan');
  const terugkom = byKind.get('terugkom');
  if (actieplan && terugkom) {
    const runAt = nineOn(localParts(actieplan.startsAt, l.timezone).date, PLAN_GOING_DAYS, l.timezone);
    // Only useful while the terugkom can still be moved earlier.
    if (runAt < terugkom.startsAt) {
      jobs.push({ kind: 'prompt_plan_going', subject: meetingSubject(l.id, 'actieplan'), occurrence: actieplan.startsAt.toISOString(), runAt });
    }
  }
  return jobs;
}

/**
 * The local days an action's reminders go out on, at 09:00, never on a weekend or public holiday.
 * Due on a day off, the due-day one comes the working day before (it then names the date: a
 * teacher wants to hear before the date, not after it); the one before stays a working day
 * earlier still; the overdue ones wait for the next working day.
 */
export function actionReminderDays(dueDate: string): { before: string; due: string; overdue: string[] } {
  const due = workingDayOnOrBefore(dueDate);
  let before = workingDayOnOrBefore(addDays(dueDate, -BEFORE_DUE_DAYS));
  if (before >= due) before = workingDaysBefore(due, 1, null);
  const overdue: string[] = [];
  for (let week = 1, last = due; week <= OVERDUE_REMINDERS; week += 1) {
    // Holidays can push one a few days on and not the next (Christmas, New Year): it still keeps
    // clear of the quiet days after the one before, or the scheduler would drop it as said lately.
    const notBefore = addDays(last, OVERDUE_QUIET_DAYS + 1);
    const weekOn = addDays(dueDate, 7 * week);
    last = workingDayOnOrAfter(weekOn > notBefore ? weekOn : notBefore);
    overdue.push(last);
  }
  return { before, due, overdue };
}

/**
 * When the due-day reminder goes out, planned at `now`. Moved off a day off to the working day
 * before, but saved (made, or its date changed) after that day's 09:00, it would never come: the
 * one before is past as well and action reminders are not caught up, so the owner would first hear
 * of it a week on, as overdue. It then comes on the date itself at 09:00, as before days off moved
 * it, saying "today" (true, if a day off): a message on a day off beats none by the date. Not at
 * once: the owner was just told of the new action. A sent one is not planned again (upsertJobs);
 * one still waiting past its 09:00 (the bot was down) when the leerlijn is replanned moves to the date.
 */
function actionDueRunAt(dueDate: string, movedTo: string, now: Date, timezone: string): Date {
  const moved = nineOn(movedTo, 0, timezone);
  return moved > now ? moved : nineOn(dueDate, 0, timezone);
}

function actionFollowUps(l: PlanLeerlijn, a: PlanAction, now: Date): DesiredJob[] {
  if (a.status === 'klaar') return [];
  const days = actionReminderDays(a.dueDate);
  const jobs: DesiredJob[] = [
    { kind: 'action_before', subject: a.id, occurrence: a.dueDate, runAt: nineOn(days.before, 0, l.timezone) },
    { kind: 'action_due', subject: a.id, occurrence: a.dueDate, runAt: actionDueRunAt(a.dueDate, days.due, now, l.timezone) },
  ];
  days.overdue.forEach((day, i) => {
    jobs.push({ kind: 'action_overdue', subject: a.id, occurrence: `${a.dueDate}#${i + 1}`, runAt: nineOn(day, 0, l.timezone) });
  });
  return jobs;
}

/** The Monday-09:00 digests around `now`: the latest one that is due and the next one. */
export function digestMondays(now: Date, timezone: string): string[] {
  const today = DateTime.fromJSDate(now, { zone: timezone });
  let monday = today.toISODate() ?? '';
  monday = addDays(monday, -(today.weekday - 1));
  if (nineOn(monday, 0, timezone) > now) monday = addDays(monday, -7);
  return [monday, addDays(monday, 7)];
}

/** A digest is still worth sending until this many days after its Monday 09:00, when the next one is due. */
export const DIGEST_RELEVANT_DAYS = 7;

/**
 * The digests of the weeks around `now`. After the scheduler handled the digest of Monday
 * `handled`, the latest Monday's is planned even when its 09:00 has passed: a pass that resumes
 * after that Monday (the bot was down) sends it late, as long as it is relevant, instead of
 * planning only the next and leaving the coordinator a second week without one.
 */
function digestJobs(l: PlanLeerlijn, now: Date, handled?: string): DesiredJob[] {
  return digestMondays(now, l.timezone).map((monday, i) => {
    // A holiday Monday's (Tweede Pinksterdag) comes the next working day at 09:00, still the week to that Monday.
    const runAt = nineOn(workingDayOnOrAfter(monday), 0, l.timezone);
    const catchUp = i === 0 && handled !== undefined && monday > handled;
    const caughtUp = catchUp ? { catchUpUntil: nineOn(monday, DIGEST_RELEVANT_DAYS, l.timezone), downWhenDue: true as const } : {};
    return { kind: 'digest', subject: l.id, occurrence: monday, runAt, ...caughtUp };
  });
}

/**
 * Every job the leerlijn wants now, including ones whose time has passed (so a pending one
 * that is due but not yet sent is kept, not cancelled). `now` picks the digest weeks, and the
 * due-day reminder of an action saved too late for its moved day (actionDueRunAt);
 * `digestHandled`: the Monday of the digest the scheduler just handled.
 */
export function planJobs(state: PlanState, now: Date, digestHandled?: string): DesiredJob[] {
  const { leerlijn: l, meetings, actions, listsSaved: saved = {} } = state;
  if (l.status !== 'active') return [];
  const jobs: DesiredJob[] = [
    ...meetings.filter((m) => m.status === 'planned').flatMap((m) => meetingReminders(l, m, saved)),
    ...coordinatorPrompts(l, meetings),
    ...actions.flatMap((a) => actionFollowUps(l, a, now)),
  ];
  if (actions.length > 0) jobs.push(...digestJobs(l, now, digestHandled));
  return jobs;
}

/** Whether a desired job should be (re)written at sync time: still ahead, or still worth catching up. */
export function schedulable(job: DesiredJob, now: Date): boolean {
  if (job.runAt > now) return true;
  return job.catchUpUntil !== undefined && now < job.catchUpUntil;
}

/**
 * Makes the pending jobs of one leerlijn match its state. Cheap (six statements) and idempotent:
 * a second call with the same state writes nothing. Call it inside the use case's transaction.
 * `digestHandled`: the scheduler passes the Monday of the digest it just handled (planJobs).
 */
export async function syncLeerlijnJobs(tx: Queryable, leerlijnId: string, now: Date, digestHandled?: string): Promise<{ scheduled: number; cancelled: number }> {
  const leerlijn = await planLeerlijn(tx, leerlijnId);
  if (!leerlijn) return { scheduled: 0, cancelled: 0 };
  const meetings = await planMeetings(tx, leerlijnId);
  const actions = await planActions(tx, leerlijnId);
  const desired = planJobs({ leerlijn, meetings, actions, listsSaved: await listsSaved(tx, leerlijnId) }, now, digestHandled);
  // Each written row records when it was planned: one planned for a time already past (a meeting
  // planned at 21:00 whose invitation day has gone) is not late, the bot was up (app/jobs/late-sends.ts).
  const scheduled = await upsertJobs(
    tx,
    desired.filter((j) => schedulable(j, now)).map(({ downWhenDue, ...j }) => ({ ...j, leerlijnId, ...(downWhenDue ? {} : { plannedAt: now }) })),
  );
  const cancelled = await cancelJobsExcept(tx, leerlijnId, desired);
  return { scheduled, cancelled };
}
