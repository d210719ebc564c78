// The plan the timeline tests start from, and how they read and bend it.
import type { MeetingKind } from '../../src/domain/meetings.js';
import { planTimeline, toInstant, type PlannedMeeting } from '../../src/domain/timeline.js';

export const AMS = 'Europe/Amsterdam';

// A leerlijn starting Monday 2 February 2026 at 15:30 in Amsterdam.
export function makePlan(overrides: Partial<{ startDate: string; startTime: string; timezone: string }> = {}) {
  return planTimeline({ startDate: '2026-02-02', startTime: '15:30', timezone: AMS, ...overrides });
}

export function at(plan: readonly PlannedMeeting[], kind: MeetingKind): PlannedMeeting {
  const m = plan.find((x) => x.kind === kind);
  if (!m) throw new Error(`no ${kind} in plan`);
  return m;
}

/** The plan with one meeting put on another local date/time, bypassing moveMeeting's refusal. */
export function withMeeting(plan: readonly PlannedMeeting[], kind: MeetingKind, date: string, time = '15:30') {
  return plan.map((m) => (m.kind === kind ? { ...m, startsAt: toInstant(date, time, AMS) } : m));
}
