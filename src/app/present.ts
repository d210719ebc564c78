// Store rows → neutral views. Shared by every use case that shows a leerlijn.
import { meetingDefinition } from '../domain/meetings.js';
import { missingRandvoorwaarden, teamWarnings } from '../domain/team.js';
import { checkMeetingDays } from '../domain/holidays.js';
import { checkSchedule, followUpOffered, localParts, weekOfDate } from '../domain/timeline.js';
import type { LeerlijnRow, MeetingRow, MemberRow } from '../store/leerlijnen.js';
import type { ActionView, LeerlijnView, MeetingView, TimelineView } from './views.js';

export function leerlijnView(l: LeerlijnRow, members: readonly MemberRow[]): LeerlijnView {
  return {
    id: l.id,
    channelId: l.channelId,
    status: l.status,
    kind: l.kind,
    schoolName: l.schoolName,
    youthOrgName: l.youthOrgName,
    timezone: l.timezone,
    lang: l.lang,
    startDate: l.startDate,
    startTime: l.startTime,
    missingRandvoorwaarden: missingRandvoorwaarden(l.randvoorwaarden),
    members: members.map((m) => ({ ...m })),
    teamWarnings: teamWarnings(members.filter((m) => m.isMember)),
  };
}

/** `week1Date`: the leerlijn's start (week 1's first day), to tell the week a moved meeting falls in now. */
export function meetingView(m: MeetingRow, timezone: string, week1Date?: string): MeetingView {
  const def = meetingDefinition(m.kind);
  const local = localParts(m.startsAt, timezone);
  return {
    kind: m.kind,
    step: def.step,
    week: def.week,
    weekOfDate: def.week === null || week1Date === undefined ? null : weekInLeerlijn(week1Date, local.date),
    startsAt: m.startsAt.toISOString(),
    localDate: local.date,
    localTime: local.time,
    weekday: local.weekday,
    durationMinutes: m.durationMinutes,
    status: m.status,
    notulistUserId: m.notulistUserId,
    invullerUserId: m.invullerUserId,
    location: m.location,
    programme: def.programme,
    documents: def.documents,
  };
}

/** The week `date` falls in; 0 for any day before week 1 (no "Week -1"), which i18n/phrases.ts meetingPlace says as such. */
function weekInLeerlijn(week1Date: string, date: string): number {
  return Math.max(0, weekOfDate(week1Date, date));
}

/** `now`: whether the move form lists the new evaluation meeting yet (domain followUpOffered). */
export function timelineView(l: LeerlijnRow, meetings: readonly MeetingRow[], now: Date): TimelineView {
  const active = meetings.filter((m) => m.status !== 'cancelled');
  return {
    leerlijnId: l.id,
    channelId: l.channelId,
    timezone: l.timezone,
    lang: l.lang,
    // Weeks count from the leerlijn's start (leerlijn.md: week n on D + 7·(n−1)), not from a moved
    // signalering: moving week 1 to its Wednesday must not make every other meeting read as moved.
    meetings: meetings.map((m) => meetingView(m, l.timezone, l.startDate)),
    issues: checkSchedule(active, l.timezone),
    region: l.region,
    daysOff: checkMeetingDays(meetings.filter((m) => m.status === 'planned'), l.timezone, l.region),
    followUpOffered: followUpOffered(meetings, now),
  };
}

/**
 * The first planned meeting that has not ended, and whether it has begun: one under way is the
 * meeting the team is in, which status names as on now rather than as the next.
 */
export function nextMeeting(meetings: readonly MeetingRow[], now: Date, timezone: string): { nextMeeting: MeetingView | null; meetingUnderway: boolean } {
  const next = meetings.find((m) => m.status === 'planned' && m.startsAt.getTime() + m.durationMinutes * 60_000 > now.getTime());
  return { nextMeeting: next ? meetingView(next, timezone) : null, meetingUnderway: next !== undefined && next.startsAt <= now };
}

/** The order of an owner's actions in their message, and of its redraw after a click: soonest first, then a fixed tie-break. */
export function soonestFirst(a: Pick<ActionView, 'dueDate' | 'id'>, b: Pick<ActionView, 'dueDate' | 'id'>): number {
  if (a.dueDate !== b.dueDate) return a.dueDate < b.dueDate ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
