// Planning: the timeline, moving a meeting, and who takes notes / fills in per meeting.
import { z } from 'zod';
import { ALL_MEETING_KINDS, FOLLOW_UP_KIND, MEETINGS, type MeetingKind } from '../domain/meetings.js';
import { activeMeeting, followUpOffered, localParts, moveMeeting, toInstant } from '../domain/timeline.js';
import { formatDate } from '../i18n/format.js';
import { meetingStartText } from '../i18n/meeting-text.js';
import { meetingReminderDays, nineOn, reminderOffsets, syncLeerlijnJobs } from './jobs/plan-jobs.js';
import { audit } from '../store/audit.js';
import { insertMeetings, meetingsOf, membersOf, updateMeeting, type MeetingRow } from '../store/leerlijnen.js';
import { requireActive, requireCoordinator, requireLeerlijn, requireReaderAudited, type Actor, type Deps, type LeerlijnRow, inTransaction } from './context.js';
import { AppError, ValidationError, type FieldError } from './errors.js';
import { timelineView } from './present.js';
import { failed, IsoDate, parseFields, parseInput, TimeOfDay, type FieldsParsed, type Partly } from './validate.js';
import type { TimelineView } from './views.js';

export async function getTimeline(deps: Deps, actor: Actor, leerlijnId: string): Promise<TimelineView> {
  const leerlijn = await requireLeerlijn(deps.db, actor, leerlijnId);
  await requireReaderAudited(deps, actor, leerlijn, 'timeline');
  return timelineView(leerlijn, await meetingsOf(deps.db, leerlijnId), deps.now());
}

/**
 * Coordinator-only: refuses before a form for a coordinator-only change opens (move, roles,
 * reminders, team), so nobody fills one in to be refused at the end, and a forged id reads nothing.
 */
export async function requireCoordinatorOf(deps: Deps, actor: Actor, leerlijnId: string, what: string): Promise<void> {
  const leerlijn = await requireLeerlijn(deps.db, actor, leerlijnId);
  await requireReaderAudited(deps, actor, leerlijn, what, true);
}

/**
 * The new evaluation meeting is planned (again, after a cancelled one) by the rule the move form's list
 * follows (domain followUpOffered): once the eindevaluatie has started. Before, a typed `planning nieuw` and a
 * sent form, which can be forged, are both refused, saying from when: the eindevaluatie's date and time (on its
 * day, the date alone would read as "now"), or, when none is planned, how to plan it first.
 */
export async function requireFollowUpOffered(deps: Pick<Deps, 'now' | 'db'>, leerlijn: LeerlijnRow, read?: readonly MeetingRow[]): Promise<void> {
  const meetings = read ?? (await meetingsOf(deps.db, leerlijn.id));
  if (followUpOffered(meetings, deps.now())) return;
  const eindevaluatie = activeMeeting(meetings, 'eindevaluatie');
  if (!eindevaluatie) throw new AppError('follow_up_early_undated', {}, { lang: leerlijn.lang });
  const date = formatDate(leerlijn.lang, localParts(eindevaluatie.startsAt, leerlijn.timezone).date);
  const time = meetingStartText(leerlijn.lang, eindevaluatie.startsAt, leerlijn.timezone);
  throw new AppError('follow_up_early', { date, time }, { lang: leerlijn.lang });
}

export const MoveInput = z.object({
  kind: z.enum(ALL_MEETING_KINDS, 'meeting'),
  date: IsoDate,
  /** Left out: the meeting keeps its own time (one click on a day-off warning moves only the day). */
  time: TimeOfDay.optional(),
});
export type MoveInput = z.input<typeof MoveInput>;

/**
 * When the moved meeting would start: on the date given, at the time given or its own; or what stops it, of the fields that
 * parsed. A date before today (in the leerlijn's time zone) is past whatever the time, so it is said when the time failed too
 * (`timeFailed`: then the time is not also asked for); the time matters only on today's date.
 */
function newStart(
  input: Partly<z.output<typeof MoveInput>>, meetings: readonly MeetingRow[], at: { timezone: string; now: Date; timeFailed: boolean },
): { startsAt: Date } | { problems: FieldError[] } {
  const { timezone, now } = at;
  const refused = (...problems: FieldError[]) => ({ problems });
  // Without the date, nothing to check.
  if (input.date === undefined) return refused();
  if (input.date < localParts(now, timezone).date) return refused({ field: 'date', message: 'date_past' });
  // A cancelled meeting is none: it has no time of its own to keep.
  const own = input.kind === undefined ? undefined : activeMeeting(meetings, input.kind);
  const time = input.time ?? (own ? localParts(own.startsAt, timezone).time : undefined);
  // Without a time that parsed, or without one and the meeting whose own time it would keep, nothing more to check.
  if (at.timeFailed || (input.time === undefined && input.kind === undefined)) return refused();
  if (time === undefined) return refused({ field: 'time', message: 'time' });
  let startsAt: Date;
  try {
    startsAt = toInstant(input.date, time, timezone);
  } catch {
    return refused({ field: 'date', message: 'date' });
  }
  if (startsAt.getTime() >= now.getTime()) return { startsAt };
  // Today's date is not past: the hour is. Said at the time field when the form has one (a day-off button keeps the meeting's own).
  return refused(input.time === undefined ? { field: 'date', message: 'date_past' } : { field: 'time', message: 'time_past' });
}

/** The move form's input and when the meeting would start; every problem found refused at once. */
function checkedMove(parsed: FieldsParsed<z.output<typeof MoveInput>>, meetings: readonly MeetingRow[], timezone: string, now: Date): { input: z.output<typeof MoveInput>; startsAt: Date } {
  // A time that did not parse is not asked for again as missing.
  const start = newStart(parsed.parts, meetings, { timezone, now, timeFailed: failed(parsed.problems, 'time') });
  // Every field parsed (then there are no parse problems) and the start was found.
  if ('startsAt' in start && parsed.whole !== undefined) return { input: parsed.whole, startsAt: start.startsAt };
  // Else a field did not parse, or the start's checks found what stops it (no start without either): all said at once.
  throw new ValidationError([...parsed.problems, ...('problems' in start ? start.problems : [])]);
}

/**
 * Coordinator-only. A move that breaks the order is refused with the reasons; a move that
 * breaks a timing rule is made and the warnings come back in the view's `issues`. The optional
 * new evaluation meeting is planned by its first "move" (after the eindevaluatie, like any order),
 * from the eindevaluatie on (requireFollowUpOffered); a cancelled one is none, so it is planned anew.
 */
export async function rescheduleMeeting(deps: Deps, actor: Actor, leerlijnId: string, raw: unknown): Promise<TimelineView> {
  const parsed = parseFields(MoveInput, raw);
  return inTransaction(deps, actor, 'rescheduleMeeting', async (tx) => {
    const leerlijn = await requireLeerlijn(tx, actor, leerlijnId, true);
    await requireCoordinator(tx, leerlijn, actor.userId);
    requireActive(leerlijn);
    const meetings = await meetingsOf(tx, leerlijnId);
    const { input, startsAt } = checkedMove(parsed, meetings, leerlijn.timezone, deps.now());
    const before = activeMeeting(meetings, input.kind);
    const isNew = input.kind === FOLLOW_UP_KIND && before === undefined;
    if (isNew) await requireFollowUpOffered(deps, leerlijn, meetings);
    const newMeeting = { kind: input.kind, startsAt, durationMinutes: MEETINGS[input.kind].durationMinutes };
    const planned = isNew ? [...meetings.filter((m) => m.kind !== input.kind), newMeeting] : meetings;
    const moved = moveMeeting(planned, input.kind, startsAt, leerlijn.timezone);
    if (!moved.ok) {
      // The new evaluation meeting has one rule of order: after the leerlijn's last meeting.
      const reason = input.kind === FOLLOW_UP_KIND ? 'after_leerlijn' : (moved.issues[0]?.code ?? 'order');
      throw new AppError('schedule_refused', { reason, kind: input.kind });
    }
    // One row per kind: a cancelled one's is planned again as a new meeting, without the roles and location it had (asked again, as for a first one).
    if (!meetings.some((m) => m.kind === input.kind)) await insertMeetings(tx, leerlijnId, [newMeeting]);
    else await updateMeeting(tx, leerlijnId, input.kind, { startsAt, ...(isNew ? FRESH : {}) });
    await audit(tx, {
      workspaceId: actor.workspaceId,
      leerlijnId,
      actor: actor.userId,
      action: isNew ? 'meeting.plan' : 'meeting.move',
      detail: { kind: input.kind, startsAt: startsAt.toISOString() },
    });
    await syncLeerlijnJobs(tx, leerlijnId, deps.now());
    const view = timelineView(leerlijn, await meetingsOf(tx, leerlijnId), deps.now());
    if (isNew || !before || before.startsAt.getTime() === startsAt.getTime()) return view;
    return { ...view, moved: { kind: input.kind, from: before.startsAt.toISOString(), to: startsAt.toISOString(), by: actor.userId } };
  });
}

/** A meeting planned anew: without the roles and location it had; those are asked for again, as for a first one. */
const FRESH = { status: 'planned' as const, notulistUserId: null, invullerUserId: null, location: null };

export const RolesInput = z.object({
  kind: z.enum(ALL_MEETING_KINDS, 'meeting'),
  notulistUserId: z.string().min(1).nullable().optional(),
  invullerUserId: z.string().min(1).nullable().optional(),
  /** Where it takes place; '' clears it. */
  location: z.string().trim().max(200, 'too_long').nullable().optional().transform((v) => (v === '' ? null : v)),
});
export type RolesInput = z.input<typeof RolesInput>;

const RolesBatch = z.union([RolesInput, z.array(RolesInput).min(1).max(ALL_MEETING_KINDS.length)]);

/**
 * Coordinator-only: the notulist and invuller of one meeting, or of several at once (one
 * transaction, so a form for all four meetings saves all or nothing). Both must be on the team.
 */
export async function assignMeetingRoles(deps: Deps, actor: Actor, leerlijnId: string, raw: unknown): Promise<TimelineView> {
  const parsed = parseInput(RolesBatch, raw);
  const list = Array.isArray(parsed) ? parsed : [parsed];
  const fieldName = (i: number, f: string) => (Array.isArray(parsed) ? `${i}.${f}` : f);
  return inTransaction(deps, actor, 'assignMeetingRoles', async (tx) => {
    const leerlijn = await requireLeerlijn(tx, actor, leerlijnId, true);
    await requireCoordinator(tx, leerlijn, actor.userId);
    requireActive(leerlijn);
    // The team read once for everyone named (up to two per meeting), not once per person.
    const onTeam = new Set((await membersOf(tx, leerlijnId)).map((m) => m.userId));
    const strangers: FieldError[] = [];
    for (const [i, input] of list.entries()) {
      for (const [field, id] of [['notulistUserId', input.notulistUserId], ['invullerUserId', input.invullerUserId]] as const) {
        if (id && !onTeam.has(id)) strangers.push({ field: fieldName(i, field), message: 'not_in_team' });
      }
    }
    // Everyone not on the team at once, for all meetings of the form.
    if (strangers.length > 0) throw new ValidationError(strangers);
    for (const input of list) {
      await updateMeeting(tx, leerlijnId, input.kind, { notulistUserId: input.notulistUserId, invullerUserId: input.invullerUserId, location: input.location });
    }
    await audit(tx, { workspaceId: actor.workspaceId, leerlijnId, actor: actor.userId, action: 'meeting.roles', detail: { kinds: list.map((r) => r.kind) } });
    return timelineView(leerlijn, await meetingsOf(tx, leerlijnId), deps.now());
  });
}

export const ReminderInput = z
  .object({
    /** Days before a meeting for the invitation (0 = none). */
    inviteDays: z.coerce.number().int('invalid').min(0, 'invalid').max(28, 'invalid'),
    /** Days before a meeting for the short reminder (0 = none). */
    dayBefore: z.coerce.number().int('invalid').min(0, 'invalid').max(6, 'invalid'),
    atStart: z.boolean(),
    /** Left out by an older form: off. */
    notifyChannel: z.boolean().default(false),
  })
  .refine((r) => r.inviteDays === 0 || r.dayBefore === 0 || r.inviteDays > r.dayBefore, { message: 'invite_after_reminder', path: ['inviteDays'] });
export type ReminderInput = z.input<typeof ReminderInput>;

export interface ReminderSettings {
  inviteDays: number;
  dayBefore: number;
  atStart: boolean;
  /** The invitation and the at-start message notify everyone in the channel. */
  notifyChannel: boolean;
}

/** Coordinator-only, like changing them: the form starts from these. */
export async function getReminderSettings(deps: Deps, actor: Actor, leerlijnId: string): Promise<ReminderSettings> {
  const leerlijn = await requireLeerlijn(deps.db, actor, leerlijnId);
  await requireReaderAudited(deps, actor, leerlijn, 'reminders', true);
  const { rows } = await deps.db.query<{ offsets: unknown }>(`select reminder_offsets as offsets from leerlijnen where id = $1::uuid`, [leerlijnId]);
  return reminderOffsets(rows[0]?.offsets);
}

/** The local days the next planned meeting's invitation and short reminder go out on, those still ahead. */
export interface NextReminders {
  kind: MeetingKind;
  /** The meeting's local date. */
  meetingDate: string;
  invite?: string;
  shortReminder?: string;
}

export interface RemindersSaved {
  settings: ReminderSettings;
  /** Absent when no planned meeting has a message still to come. */
  next?: NextReminders;
}

/** Read from the same rule the jobs are planned by (plan-jobs), so the dates told are the dates sent. */
function nextReminders(settings: ReminderSettings, meetings: readonly MeetingRow[], timezone: string, now: Date): NextReminders | undefined {
  const meeting = meetings.find((m) => m.status === 'planned' && m.startsAt > now);
  if (!meeting) return undefined;
  const meetingDate = localParts(meeting.startsAt, timezone).date;
  const ahead = (day: string | undefined): day is string => day !== undefined && nineOn(day, 0, timezone) > now;
  const { invite, shortReminder } = meetingReminderDays(settings, meetingDate);
  if (!ahead(invite) && !ahead(shortReminder)) return undefined;
  return { kind: meeting.kind, meetingDate, ...(ahead(invite) ? { invite } : {}), ...(ahead(shortReminder) ? { shortReminder } : {}) };
}

/** Coordinator-only: when reminders go out for this leerlijn; pending reminders move at once. */
export async function setReminderSettings(deps: Deps, actor: Actor, leerlijnId: string, raw: unknown): Promise<RemindersSaved> {
  const input = parseInput(ReminderInput, raw);
  return inTransaction(deps, actor, 'setReminderSettings', async (tx) => {
    const leerlijn = await requireLeerlijn(tx, actor, leerlijnId, true);
    await requireCoordinator(tx, leerlijn, actor.userId);
    requireActive(leerlijn);
    await tx.query(`update leerlijnen set reminder_offsets = $2::jsonb where id = $1::uuid`, [leerlijnId, JSON.stringify(input)]);
    await audit(tx, { workspaceId: actor.workspaceId, leerlijnId, actor: actor.userId, action: 'reminders.set', detail: { ...input } });
    await syncLeerlijnJobs(tx, leerlijnId, deps.now());
    const next = nextReminders(input, await meetingsOf(tx, leerlijnId), leerlijn.timezone, deps.now());
    return { settings: input, ...(next ? { next } : {}) };
  });
}
