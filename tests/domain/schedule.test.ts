// A planned timeline checked against the leerlijn's timing rules, and one meeting of it moved:
// what is refused (order, overlap) and what is only warned about.
import { describe, it, expect } from 'vitest';
import { checkSchedule, moveMeeting, toInstant, type PlannedMeeting } from '../../src/domain/timeline.js';
import { AMS, at, makePlan, withMeeting } from './timeline-plan.js';

describe('checkSchedule', () => {
  it('finds nothing wrong with the standard plan', () => {
    expect(checkSchedule(makePlan(), AMS)).toEqual([]);
    expect(checkSchedule(makePlan({ startDate: '2026-08-31' }), AMS)).toEqual([]);
  });

  it('warns when the actieplan is more than 14 days after the signalering', () => {
    const plan = makePlan();
    expect(checkSchedule(withMeeting(plan, 'actieplan', '2026-02-16', '09:00'), AMS)).toEqual([]);
    expect(checkSchedule(withMeeting(plan, 'actieplan', '2026-02-17', '09:00'), AMS)).toEqual([
      { code: 'actieplan_late', kind: 'actieplan', blocking: false, days: 15 },
    ]);
  });

  it('warns when the terugkom is clearly later than about 6 weeks after the actieplan (more than 7 weeks), not when earlier', () => {
    const plan = makePlan();
    expect(checkSchedule(withMeeting(plan, 'terugkom', '2026-03-10'), AMS)).toEqual([]);
    expect(checkSchedule(withMeeting(plan, 'terugkom', '2026-03-30'), AMS)).toEqual([]);
    // A few days past 6 weeks is still "about 6 weeks", and 55 days before the eindevaluatie still "about 8 weeks".
    expect(checkSchedule(withMeeting(plan, 'terugkom', '2026-03-31'), AMS)).toEqual([]);
    expect(checkSchedule(withMeeting(plan, 'terugkom', '2026-04-06'), AMS)).toEqual([]);
    expect(checkSchedule(withMeeting(plan, 'terugkom', '2026-04-07'), AMS)).toEqual([
      { code: 'terugkom_late', kind: 'terugkom', blocking: false, days: 50 },
      { code: 'eindevaluatie_early', kind: 'eindevaluatie', blocking: false, days: 48 },
    ]);
  });

  it('warns when the eindevaluatie is clearly sooner than about 8 weeks after the terugkom (under 7 weeks), not a few days sooner', () => {
    const plan = makePlan();
    expect(checkSchedule(withMeeting(plan, 'eindevaluatie', '2026-05-25'), AMS)).toEqual([]);
    // Week 17 moved off Tweede Pinksterdag to the Friday before: 53 days, still about 8 weeks.
    expect(checkSchedule(withMeeting(plan, 'eindevaluatie', '2026-05-22'), AMS)).toEqual([]);
    expect(checkSchedule(withMeeting(plan, 'eindevaluatie', '2026-05-18'), AMS)).toEqual([]);
    expect(checkSchedule(withMeeting(plan, 'eindevaluatie', '2026-05-17'), AMS)).toEqual([
      { code: 'eindevaluatie_early', kind: 'eindevaluatie', blocking: false, days: 48 },
      { code: 'weekend', kind: 'eindevaluatie', blocking: false },
    ]);
    expect(checkSchedule(withMeeting(plan, 'eindevaluatie', '2026-05-12'), AMS)).toEqual([
      { code: 'eindevaluatie_early', kind: 'eindevaluatie', blocking: false, days: 43 },
    ]);
  });

  it('counts local calendar days, not 24-hour blocks, across the DST change', () => {
    // 15 calendar days but fewer than 15×24 hours: late evening to early morning over 29 March.
    const plan: PlannedMeeting[] = [
      { kind: 'signalering', startsAt: toInstant('2026-03-16', '22:00', AMS), durationMinutes: 150 },
      { kind: 'actieplan', startsAt: toInstant('2026-03-31', '08:00', AMS), durationMinutes: 180 },
    ];
    expect(plan[1]!.startsAt.getTime() - plan[0]!.startsAt.getTime()).toBeLessThan(15 * 24 * 3600_000);
    expect(checkSchedule(plan, AMS)).toEqual([{ code: 'actieplan_late', kind: 'actieplan', blocking: false, days: 15 }]);
  });

  it('warns about a meeting on a Saturday or Sunday in local time', () => {
    const plan = withMeeting(makePlan(), 'eindevaluatie', '2026-05-30', '10:00');
    expect(checkSchedule(plan, AMS)).toEqual([{ code: 'weekend', kind: 'eindevaluatie', blocking: false }]);
    // Monday 00:30 in Amsterdam is still Sunday in UTC: no warning, the local day counts.
    const monday = withMeeting(makePlan(), 'eindevaluatie', '2026-06-01', '00:30');
    expect(at(monday, 'eindevaluatie').startsAt.getUTCDay()).toBe(0);
    expect(checkSchedule(monday, AMS)).toEqual([]);
  });

  it('reports out-of-order and overlapping meetings as blocking', () => {
    const reversed = withMeeting(makePlan(), 'actieplan', '2026-02-02', '09:00');
    expect(checkSchedule(reversed, AMS)[0]).toEqual({ code: 'order', kind: 'actieplan', blocking: true });
    const overlapping = withMeeting(makePlan(), 'actieplan', '2026-02-02', '17:59');
    expect(checkSchedule(overlapping, AMS)[0]).toEqual({ code: 'overlap', kind: 'actieplan', blocking: true });
    const touching = withMeeting(makePlan(), 'actieplan', '2026-02-02', '18:00');
    expect(checkSchedule(touching, AMS).filter((x) => x.blocking)).toEqual([]);
  });
});

describe('moveMeeting', () => {
  it('moves one meeting and leaves the others untouched', () => {
    const plan = makePlan();
    const before = plan.map((m) => ({ ...m, startsAt: new Date(m.startsAt) }));
    const result = moveMeeting(plan, 'terugkom', toInstant('2026-03-17', '09:00', AMS), AMS);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.warnings).toEqual([]);
    expect(at(result.meetings, 'terugkom').startsAt.toISOString()).toBe('2026-03-17T08:00:00.000Z');
    expect(at(result.meetings, 'terugkom').durationMinutes).toBe(180);
    for (const k of ['signalering', 'actieplan', 'eindevaluatie'] as const) {
      expect(at(result.meetings, k)).toEqual(at(before, k));
    }
    expect(plan).toEqual(before);
  });

  it('refuses to put a meeting before the previous one or after the next one', () => {
    const plan = makePlan();
    expect(moveMeeting(plan, 'actieplan', toInstant('2026-02-01', '10:00', AMS), AMS)).toEqual({
      ok: false,
      issues: [{ code: 'order', kind: 'actieplan', blocking: true }],
    });
    expect(moveMeeting(plan, 'actieplan', toInstant('2026-04-01', '10:00', AMS), AMS)).toEqual({
      ok: false,
      issues: [{ code: 'order', kind: 'actieplan', blocking: true }],
    });
  });

  it('refuses a move that overlaps a neighbour', () => {
    const plan = makePlan();
    // Signalering ends 18:00 local; the terugkom starts 30 March 15:30 local.
    expect(moveMeeting(plan, 'actieplan', toInstant('2026-02-02', '17:00', AMS), AMS)).toEqual({
      ok: false,
      issues: [{ code: 'overlap', kind: 'actieplan', blocking: true }],
    });
    expect(moveMeeting(plan, 'actieplan', toInstant('2026-03-30', '13:00', AMS), AMS)).toEqual({
      ok: false,
      issues: [{ code: 'overlap', kind: 'actieplan', blocking: true }],
    });
  });

  it('accepts a move that breaks a timing rule, with the warnings it causes', () => {
    const result = moveMeeting(makePlan(), 'actieplan', toInstant('2026-02-21', '10:00', AMS), AMS);
    expect(result).toMatchObject({
      ok: true,
      warnings: [
        { code: 'actieplan_late', kind: 'actieplan', blocking: false, days: 19 },
        { code: 'weekend', kind: 'actieplan', blocking: false },
      ],
    });
  });

  it('warns about the next meeting when moving one earlier stretches the gap after it', () => {
    const result = moveMeeting(makePlan(), 'actieplan', toInstant('2026-02-04', '15:30', AMS), AMS);
    expect(result).toMatchObject({
      ok: true,
      warnings: [{ code: 'terugkom_late', kind: 'terugkom', blocking: false, days: 54 }],
    });
  });

  it('rejects an invalid timezone', () => {
    expect(() => moveMeeting(makePlan(), 'actieplan', new Date('2026-02-10T10:00:00Z'), 'Mars/Base')).toThrow(
      'invalid_timezone',
    );
  });
});
