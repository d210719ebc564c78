// Planning the four bijeenkomsten and checking a (re)schedule against the leerlijn's rules.
// Meetings are agreed in local wall time, so every calendar computation happens in the
// leerlijn's IANA zone via luxon; a UTC instant is only the result.
import { DateTime, IANAZone } from 'luxon';
import { ALL_MEETING_KINDS, FOLLOW_UP_KIND, MEETING_KINDS, MEETINGS, type MeetingKind } from './meetings.js';

export interface TimelineStart {
  /** 'YYYY-MM-DD', local */
  startDate: string;
  /** 'HH:mm', local */
  startTime: string;
  /** IANA zone, e.g. 'Europe/Amsterdam' */
  timezone: string;
}

export interface PlannedMeeting {
  kind: MeetingKind;
  startsAt: Date;
  durationMinutes: number;
}

export type ScheduleIssueCode =
  | 'order'
  | 'overlap'
  | 'actieplan_late'
  | 'terugkom_late'
  | 'eindevaluatie_early'
  | 'weekend';

export interface ScheduleIssue {
  code: ScheduleIssueCode;
  kind: MeetingKind;
  blocking: boolean;
  /** distance in whole local calendar days from the previous meeting, for the day-count rules */
  days?: number;
}

export type MoveResult =
  | { ok: true; meetings: PlannedMeeting[]; warnings: ScheduleIssue[] }
  | { ok: false; issues: ScheduleIssue[] };

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME_RE = /^([01]\d|2[0-3]):([0-5]\d)$/;

// Day-count rules between a meeting and the one before it. Limits from the leerlijn:
// actieplan within 2 weeks, terugkom about 6 weeks later (earlier is allowed), eindevaluatie 8 weeks later.
// "About 6 weeks": a few days more (a meeting moved out of a holiday) is no reason to warn;
// only clearly later, past 7 weeks. "About 8 weeks" (week 17 after week 9) likewise: a few days
// sooner (week 17 moved off Tweede Pinksterdag to the Friday before) leaves the actions their
// time; only clearly sooner, under 7 weeks.
const TERUGKOM_LATEST_DAYS = 49;
const EINDEVALUATIE_EARLIEST_DAYS = 49;
const DAY_RULES: Partial<Record<MeetingKind, { code: ScheduleIssueCode; breaks: (days: number) => boolean }>> = {
  actieplan: { code: 'actieplan_late', breaks: (d) => d > 14 },
  terugkom: { code: 'terugkom_late', breaks: (d) => d > TERUGKOM_LATEST_DAYS },
  eindevaluatie: { code: 'eindevaluatie_early', breaks: (d) => d < EINDEVALUATIE_EARLIEST_DAYS },
};

/**
 * Zones found valid, a fixed fact: luxon asks Intl anew each time (a new DateTimeFormat), and every
 * date step checks its zone (0.4 s of a 30 s story run). Bounded: names come from forms and rows.
 */
const validZones = new Set<string>();

export function isValidTimezone(tz: string): boolean {
  if (validZones.has(tz)) return true;
  const valid = typeof tz === 'string' && tz.length > 0 && IANAZone.isValidZone(tz);
  if (valid && validZones.size < 100) validZones.add(tz);
  return valid;
}

function assertTimezone(tz: string): void {
  if (!isValidTimezone(tz)) throw new RangeError('invalid_timezone');
}

function parseDate(date: string): { year: number; month: number; day: number } {
  const m = DATE_RE.exec(date);
  if (!m) throw new RangeError('invalid_date');
  const parts = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  if (!DateTime.fromObject(parts, { zone: 'utc' }).isValid) throw new RangeError('invalid_date');
  return parts;
}

function parseTime(time: string): { hour: number; minute: number } {
  const m = TIME_RE.exec(time);
  if (!m) throw new RangeError('invalid_time');
  return { hour: Number(m[1]), minute: Number(m[2]) };
}

/** Week n of a leerlijn starting on D falls on D + 7·(n−1) days. */
export function weekDate(startDate: string, week: number): string {
  if (!Number.isInteger(week) || week < 1) throw new RangeError('invalid_week');
  // Pure calendar arithmetic: done in UTC so no DST day can shorten the step.
  const d = DateTime.fromObject(parseDate(startDate), { zone: 'utc' }).plus({ days: 7 * (week - 1) });
  return d.toISODate() ?? '';
}

/** The week of a leerlijn whose week 1 begins on `week1Date` that `date` falls in (both yyyy-mm-dd): the inverse of weekDate. */
export function weekOfDate(week1Date: string, date: string): number {
  const days = DateTime.fromObject(parseDate(date), { zone: 'utc' }).diff(DateTime.fromObject(parseDate(week1Date), { zone: 'utc' }), 'days').days;
  return Math.floor(Math.round(days) / 7) + 1;
}

/**
 * Local wall time → UTC instant. A time skipped by the spring DST change (02:30 on the last
 * Sunday of March in Europe) is moved forward by the gap (→ 03:30 summer time), as luxon does;
 * a time that occurs twice in autumn resolves to the second occurrence (standard time).
 */
export function toInstant(date: string, time: string, timezone: string): Date {
  assertTimezone(timezone);
  const dt = DateTime.fromObject({ ...parseDate(date), ...parseTime(time) }, { zone: timezone });
  if (!dt.isValid) throw new RangeError('invalid_date');
  return dt.toJSDate();
}

function local(at: Date, timezone: string): DateTime {
  assertTimezone(timezone);
  if (Number.isNaN(at.getTime())) throw new RangeError('invalid_instant');
  return DateTime.fromJSDate(at, { zone: timezone });
}

export function localParts(at: Date, timezone: string): { date: string; time: string; weekday: number } {
  const dt = local(at, timezone);
  return { date: dt.toISODate() ?? '', time: dt.toFormat('HH:mm'), weekday: dt.weekday };
}

/** The four meetings at the same local time on the dates of weeks 1, 3, 9 and 17. */
export function planTimeline(start: TimelineStart): PlannedMeeting[] {
  assertTimezone(start.timezone);
  parseTime(start.startTime);
  return MEETING_KINDS.map((kind) => {
    const def = MEETINGS[kind];
    return {
      kind,
      startsAt: toInstant(weekDate(start.startDate, def.week ?? 1), start.startTime, start.timezone),
      durationMinutes: def.durationMinutes,
    };
  });
}

export function endsAt(m: PlannedMeeting): Date {
  return new Date(m.startsAt.getTime() + m.durationMinutes * 60_000);
}

function calendarDaysBetween(from: Date, to: Date, timezone: string): number {
  const a = local(from, timezone).startOf('day');
  const b = local(to, timezone).startOf('day');
  // Compare the local dates as plain dates so a 23- or 25-hour day still counts as one.
  const toUtcDate = (d: DateTime) => DateTime.fromObject({ year: d.year, month: d.month, day: d.day }, { zone: 'utc' });
  return Math.round(toUtcDate(b).diff(toUtcDate(a), 'days').days);
}

/** Blocking issue when `later` does not come strictly after `earlier` has ended. */
function orderIssue(earlier: PlannedMeeting, later: PlannedMeeting, report: MeetingKind): ScheduleIssue | undefined {
  if (later.startsAt.getTime() < earlier.startsAt.getTime()) return { code: 'order', kind: report, blocking: true };
  if (later.startsAt.getTime() < endsAt(earlier).getTime()) return { code: 'overlap', kind: report, blocking: true };
  return undefined;
}

/** Issues between two consecutive meetings, reported on the later one unless `report` says otherwise. */
function pairIssues(
  earlier: PlannedMeeting,
  later: PlannedMeeting,
  timezone: string,
  report: MeetingKind = later.kind,
): ScheduleIssue[] {
  const blocking = orderIssue(earlier, later, report);
  if (blocking) return [blocking];
  const rule = DAY_RULES[later.kind];
  if (!rule) return [];
  const days = calendarDaysBetween(earlier.startsAt, later.startsAt, timezone);
  return rule.breaks(days) ? [{ code: rule.code, kind: later.kind, blocking: false, days }] : [];
}

function weekendIssue(m: PlannedMeeting, timezone: string): ScheduleIssue[] {
  return local(m.startsAt, timezone).weekday >= 6 ? [{ code: 'weekend', kind: m.kind, blocking: false }] : [];
}

/** The meetings in leerlijn order (input order does not matter); a missing kind is skipped. */
function inKindOrder(meetings: readonly PlannedMeeting[]): PlannedMeeting[] {
  return ALL_MEETING_KINDS.flatMap((k) => meetings.filter((m) => m.kind === k).slice(0, 1));
}

/** All rule breaks of a schedule; blocking ones first, then warnings, each in leerlijn order. */
export function checkSchedule(meetings: readonly PlannedMeeting[], timezone: string): ScheduleIssue[] {
  assertTimezone(timezone);
  const ordered = inKindOrder(meetings);
  const issues: ScheduleIssue[] = [];
  ordered.forEach((m, i) => {
    const prev = ordered[i - 1];
    if (prev) issues.push(...pairIssues(prev, m, timezone));
    issues.push(...weekendIssue(m, timezone));
  });
  return [...issues.filter((x) => x.blocking), ...issues.filter((x) => !x.blocking)];
}

/**
 * Moves one meeting, keeping its duration. Refused when it would no longer sit after the end of
 * the previous meeting and end before the start of the next one; blocking issues then name the
 * moved meeting. Warnings are the non-blocking rule breaks that involve the moved meeting.
 */
export function moveMeeting(
  meetings: readonly PlannedMeeting[],
  kind: MeetingKind,
  newStartsAt: Date,
  timezone: string,
): MoveResult {
  assertTimezone(timezone);
  if (Number.isNaN(newStartsAt.getTime())) throw new RangeError('invalid_instant');
  const current = meetings.find((m) => m.kind === kind);
  if (!current) throw new RangeError('unknown_meeting');
  const moved: PlannedMeeting = { ...current, startsAt: new Date(newStartsAt.getTime()) };

  const ordered = inKindOrder(meetings);
  const idx = ordered.findIndex((m) => m.kind === kind);
  const prev = ordered[idx - 1];
  const next = ordered[idx + 1];
  const issues = [
    ...(prev ? pairIssues(prev, moved, timezone, kind) : []),
    ...(next ? pairIssues(moved, next, timezone, kind) : []),
  ];
  const blocking = issues.filter((x) => x.blocking);
  if (blocking.length > 0) return { ok: false, issues: blocking };

  return {
    ok: true,
    meetings: meetings.map((m) => (m === current ? moved : m)),
    warnings: [...issues, ...weekendIssue(moved, timezone)],
  };
}

type MeetingState = { kind: MeetingKind; status: string; startsAt: Date };

/** `kind`'s meeting as it stands: a cancelled one is no meeting (one of a kind can be planned again after it). */
export function activeMeeting<M extends { kind: MeetingKind; status: string }>(meetings: readonly M[], kind: MeetingKind): M | undefined {
  return meetings.find((m) => m.kind === kind && m.status !== 'cancelled');
}

/**
 * Whether `kind`'s meeting (not cancelled) has begun: marked held (the coordinator may mark it before its time),
 * or its start reached. The progress (domain/progress.ts) and the move form read it alike.
 */
export function meetingStarted(meetings: readonly MeetingState[], kind: MeetingKind, now: Date): boolean {
  const m = activeMeeting(meetings, kind);
  return m !== undefined && (m.status === 'held' || now.getTime() >= m.startsAt.getTime());
}

/**
 * Whether the new evaluation meeting is one to plan or move now. Planned (not cancelled), it is moved like
 * the others. Before that it is planned after the eindevaluatie, where the team decides whether it wants one
 * (leerlijn.md, "Eindevaluatie"): once that meeting has started (meetingStarted: marked held, or its start reached).
 */
export function followUpOffered(meetings: readonly MeetingState[], now: Date): boolean {
  const followUpPlanned = activeMeeting(meetings, FOLLOW_UP_KIND) !== undefined;
  return followUpPlanned || meetingStarted(meetings, 'eindevaluatie', now);
}
