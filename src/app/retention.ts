// The retention term (AVG: nothing kept longer than it serves). A leerlijn that ended keeps its
// data for the deployment's term (RETENTION_DAYS), then the scheduler's tick deletes it with
// everything of it, as its coordinator's `verwijder` does. RETENTION_WARNING_DAYS before, its
// coordinators are told the date and that they can export it first or delete it now. Without a
// term (null: 'off') nothing is deleted unless by hand, as before.
//
// The warning goes out at 09:00 in the leerlijn's zone on a working day, like the messages the
// bot sends by itself, and the data goes at 09:00 on the working day it names (retentionPlan).
//
// Judged by the tick's `now`, like app/housekeeping.ts: a tick run for a past moment
// (`tick --now`) finds less due and deletes less, never more.
import { formatDate } from '../i18n/format.js';
import { localParts } from '../domain/timeline.js';
import { nextMomentWithin, type DayHours } from '../domain/hours.js';
import type { Lang } from '../domain/instrument.js';
import type { Queryable } from '../store/db.js';
import { channelCopyCandidates, endedForRetention, planChannelCopy, planWarning, warningCandidates } from '../store/retention.js';
import { leerlijnInWorkspace, type Deps } from './context.js';
import { addDays, nineOn, REMINDER_TIME, workingDayOnOrAfter } from './jobs/plan-jobs.js';

export const RETENTION_WARNING_DAYS = 14;
const DAY_MS = 24 * 60 * 60 * 1000;

/** Days an ended leerlijn is kept; null: until its coordinator deletes it. */
export type RetentionDays = number | null;

/** The day (in the leerlijn's zone) its data goes, written for people: "12 maart 2027". */
export function deletionDayText(lang: Lang, at: Date, timezone: string): string {
  return formatDate(lang, localParts(at, timezone).date);
}

/** 09:00 in `timezone` on the first working day at or after `at`. */
function workingNineAtOrAfter(at: Date, timezone: string): Date {
  const day = localParts(at, timezone).date;
  const nine = nineOn(workingDayOnOrAfter(day), 0, timezone);
  return nine >= at ? nine : nineOn(workingDayOnOrAfter(addDays(day, 1)), 0, timezone);
}

/**
 * When data warned of at `warnedAt` goes: 09:00 on the first working day RETENTION_WARNING_DAYS
 * or more on; never less than that many full days after the warning, so when summer time starts
 * in between, at 10:00 that day: the day named stays the day it goes.
 */
function deletionAfterWarning(warnedAt: Date, timezone: string): Date {
  const day = workingDayOnOrAfter(addDays(localParts(warnedAt, timezone).date, RETENTION_WARNING_DAYS));
  const fullNotice = warnedAt.getTime() + RETENTION_WARNING_DAYS * DAY_MS;
  return new Date(Math.max(nineOn(day, 0, timezone).getTime(), fullNotice));
}

export interface RetentionPlan {
  /** When the warning goes out. */
  runAt: Date;
  /** When the data goes, on the day the warning names. */
  deleteAt: Date;
}

/**
 * The warning and deletion of a leerlijn that ended at `endedAt`, as planned at `now`. The warning
 * at the first working day's 09:00 (its zone) once the term's end is RETENTION_WARNING_DAYS away,
 * or, come late (the bot was down, the term set later), at the next working day's 09:00 from
 * `now`: a coordinator reads it at work, as the meeting reminders. The data goes as
 * deletionAfterWarning says: on a working day too, so the team can still act on that day.
 */
export function retentionPlan(endedAt: Date, days: number, timezone: string, now: Date): RetentionPlan {
  const due = new Date(endedAt.getTime() + (days - RETENTION_WARNING_DAYS) * DAY_MS);
  const onTime = workingNineAtOrAfter(due, timezone);
  const runAt = onTime >= now ? onTime : workingNineAtOrAfter(now, timezone);
  return { runAt, deleteAt: deletionAfterWarning(runAt, timezone) };
}

/**
 * When this ended leerlijn's data goes: the day its warning named, or, before one holds, the day
 * a warning planned now would name. Null without a term.
 */
export async function deletionMomentOfEnded(deps: Pick<Deps, 'db' | 'now' | 'retentionDays'>, leerlijnId: string): Promise<Date | null> {
  const days = deps.retentionDays ?? null;
  const ended = days === null ? null : await endedForRetention(deps.db, leerlijnId, days);
  if (days === null || !ended) return null;
  return ended.warnedDeleteAt ?? retentionPlan(ended.endedAt, days, ended.timezone, deps.now()).deleteAt;
}

export interface WarningToPlan extends RetentionPlan {
  leerlijnId: string;
}

/**
 * The warnings a pass at `now` plans, first or again, each with its time and day. Looked for a
 * day before they are due, so each is planned before its 09:00 and goes out then, not a day late.
 */
export async function warningsToPlan(db: Queryable, now: Date, days: number): Promise<WarningToPlan[]> {
  const candidates = await warningCandidates(db, now, days, RETENTION_WARNING_DAYS + 1);
  return candidates.map((c) => ({ leerlijnId: c.id, ...retentionPlan(c.endedAt, days, c.timezone, now) }));
}

/** Plans the warnings of warningsToPlan; returns how many. */
export async function planRetentionWarnings(db: Queryable, now: Date, days: number): Promise<number> {
  let planned = 0;
  for (const w of await warningsToPlan(db, now, days)) {
    if (await planWarning(db, w.leerlijnId, w.runAt, w.deleteAt, days, now)) planned += 1;
  }
  return planned;
}

/**
 * A working day's working hours, when the team reads its channel and a coordinator their messages: a
 * channel copy found later waits for the next working day's 09:00, and so does a warning or copy
 * that comes late (app/jobs/late-sends.ts).
 */
export const WORKING_HOURS: DayHours = { opens: REMINDER_TIME, closes: '17:00', workingDaysOnly: true };

/** `now` itself in a working day's working hours (its zone), else the next working day's 09:00. */
function inWorkingHours(now: Date, timezone: string): Date {
  return nextMomentWithin(now, timezone, WORKING_HOURS);
}

/**
 * The channel copies a pass at `now` plans, first or again. A warning that reached no coordinator
 * is said in the channel (notices-for.ts): in working hours, as the team reads its channel then,
 * naming the day the warning named while that is still 14 days or more after the copy's day;
 * else, found late (the bot was down), a day 14 days on, as a late warning has (the data waits
 * for it: store/retention.ts). A copy the platform did not answer is tried again on the next
 * working day, on three in all (store/retention.ts CHANNEL_COPY_DAYS), naming a new day as a late one does.
 */
export async function channelWarningsToPlan(db: Queryable, now: Date): Promise<WarningToPlan[]> {
  return (await channelCopyCandidates(db, now)).map((c) => {
    // One given up unanswered (the platform was down) is tried again from the next day's 09:00, not in the same outage.
    const from = c.unansweredAt ? nineOn(addDays(localParts(c.unansweredAt, c.timezone).date, 1), 0, c.timezone) : now;
    const runAt = inWorkingHours(from > now ? from : now, c.timezone);
    const fullNoticeDay = addDays(localParts(runAt, c.timezone).date, RETENTION_WARNING_DAYS);
    const namedDay = localParts(c.warnedDeleteAt, c.timezone).date;
    const deleteAt = namedDay >= fullNoticeDay ? c.warnedDeleteAt : deletionAfterWarning(runAt, c.timezone);
    return { leerlijnId: c.leerlijnId, runAt, deleteAt };
  });
}

/** Plans the channel copies of channelWarningsToPlan; returns how many. */
export async function planChannelWarnings(db: Queryable, now: Date): Promise<number> {
  let planned = 0;
  for (const c of await channelWarningsToPlan(db, now)) {
    if (await planChannelCopy(db, c.leerlijnId, c.runAt, c.deleteAt, now)) planned += 1;
  }
  return planned;
}

/**
 * The day this leerlijn's data goes, in `lang`: for one that ended, the day it stands at; for
 * one still running, the day it would be if it stopped now (said before the stop). Null
 * without a term, or for a leerlijn of another workspace.
 */
export async function deletionDayOf(deps: Pick<Deps, 'db' | 'now' | 'retentionDays'>, workspaceId: string, leerlijnId: string, lang: Lang): Promise<string | null> {
  const leerlijn = await leerlijnInWorkspace(deps, workspaceId, leerlijnId);
  if (!leerlijn) return null;
  const days = deps.retentionDays ?? null;
  const wouldStop = (term: number) => retentionPlan(deps.now(), term, leerlijn.timezone, deps.now()).deleteAt;
  const at = leerlijn.status !== 'active' ? await deletionMomentOfEnded(deps, leerlijn.id) : days === null ? null : wouldStop(days);
  return at ? deletionDayText(lang, at, leerlijn.timezone) : null;
}

/** For the help: the term in days, where there is one. */
export function keptDays(deps: Pick<Deps, 'retentionDays'>): { keptDays?: number } {
  return deps.retentionDays ? { keptDays: deps.retentionDays } : {};
}
