import { describe, it, expect } from 'vitest';
import {
  MEETING_KINDS,
  MEETINGS,
  documentsFor,
  isMeetingKind,
  meetingDefinition,
  type MeetingKind,
} from '../../src/domain/meetings.js';
import {
  endsAt,
  isValidTimezone,
  localParts,
  toInstant,
  weekDate,
  weekOfDate,
} from '../../src/domain/timeline.js';
import { AMS, at, makePlan } from './timeline-plan.js';

describe('meeting definitions', () => {
  it('plans the four bijeenkomsten in weeks 1, 3, 9 and 17 with 2.5 h then 3 h', () => {
    expect(MEETING_KINDS.map((k) => MEETINGS[k].week)).toEqual([1, 3, 9, 17]);
    expect(MEETING_KINDS.map((k) => MEETINGS[k].step)).toEqual([1, 2, 3, 4]);
    expect(MEETING_KINDS.map((k) => MEETINGS[k].durationMinutes)).toEqual([150, 180, 180, 180]);
    expect(MEETING_KINDS.map((k) => meetingDefinition(k).name.nl)).toEqual([
      'Signaleringsbijeenkomst',
      'Actieplanbijeenkomst',
      'Terugkombijeenkomst',
      'Eindevaluatiebijeenkomst',
    ]);
    expect(meetingDefinition('signalering').stepTitle.nl).toBe('In beeld brengen huidige of gewenste samenwerking');
  });

  it.each(MEETING_KINDS)('the programme of %s fills exactly the meeting, in both languages', (kind) => {
    const def = MEETINGS[kind];
    expect(def.programme.reduce((sum, p) => sum + p.minutes, 0)).toBe(def.durationMinutes);
    for (const p of def.programme) {
      expect(p.label.nl.length).toBeGreaterThan(0);
      expect(p.label.en.length).toBeGreaterThan(0);
    }
  });

  it('lists the programme minutes as the leerlijn gives them', () => {
    const minutes = (k: MeetingKind) => MEETINGS[k].programme.map((p) => p.minutes);
    expect(minutes('signalering')).toEqual([5, 10, 5, 20, 105, 5]);
    expect(minutes('actieplan')).toEqual([5, 10, 10, 10, 120, 20, 5]);
    expect(minutes('terugkom')).toEqual([5, 5, 20, 10, 120, 15, 5]);
    expect(minutes('eindevaluatie')).toEqual([5, 5, 60, 60, 15, 30, 5]);
  });

  it('sends the documents of the leerlijn with each invitation, filled ones first', () => {
    const codes = (k: MeetingKind) => documentsFor(k).map((d) => d.code);
    expect(codes('signalering')).toEqual(['factsheet', 'signaleringsinstrument', 'reader']);
    expect(codes('actieplan')).toEqual(['filled_signaleringsinstrument', 'factsheet', 'format_actieplan', 'reader']);
    expect(codes('terugkom')).toEqual(['filled_actieplan', 'factsheet', 'evaluatielijst', 'reader']);
    expect(codes('eindevaluatie')).toEqual([
      'filled_signaleringsinstrument',
      'filled_actieplan',
      'filled_evaluatielijst',
      'factsheet',
      'signaleringsinstrument',
      'evaluatielijst',
      'reader',
    ]);
    for (const k of MEETING_KINDS) {
      for (const d of documentsFor(k)) expect(d.filled).toBe(d.code.startsWith('filled_'));
    }
  });

  it('recognises meeting kinds from untrusted input', () => {
    expect(isMeetingKind('terugkom')).toBe(true);
    expect(isMeetingKind('Terugkom')).toBe(false);
    expect(isMeetingKind(3)).toBe(false);
  });
});

describe('weekDate', () => {
  it('puts weeks 1, 3, 9 and 17 at +0, +14, +56 and +112 days', () => {
    expect([1, 3, 9, 17].map((w) => weekDate('2026-02-02', w))).toEqual([
      '2026-02-02',
      '2026-02-16',
      '2026-03-30',
      '2026-05-25',
    ]);
  });

  it('is undone by weekOfDate: a day in week n, its last day, and a day across summer time', () => {
    expect(['2026-02-02', '2026-02-18', '2026-02-22', '2026-02-23', '2026-04-09'].map((d) => weekOfDate('2026-02-02', d))).toEqual([1, 3, 3, 4, 10]);
  });

  it('crosses a year end and a leap day', () => {
    expect(weekDate('2027-12-20', 3)).toBe('2028-01-03');
    expect(weekDate('2028-02-22', 2)).toBe('2028-02-29');
  });

  it('rejects an impossible date or week', () => {
    expect(() => weekDate('2026-02-30', 1)).toThrow(RangeError);
    expect(() => weekDate('2/2/2026', 1)).toThrow('invalid_date');
    expect(() => weekDate('2026-02-02', 0)).toThrow('invalid_week');
  });
});

describe('planTimeline and daylight saving', () => {
  it('keeps 15:30 local across the March change: week 1 at 14:30Z, week 9 at 13:30Z', () => {
    const plan = makePlan();
    expect(plan.map((m) => m.kind)).toEqual([...MEETING_KINDS]);
    expect(plan.map((m) => m.startsAt.toISOString())).toEqual([
      '2026-02-02T14:30:00.000Z',
      '2026-02-16T14:30:00.000Z',
      '2026-03-30T13:30:00.000Z',
      '2026-05-25T13:30:00.000Z',
    ]);
    for (const m of plan) expect(localParts(m.startsAt, AMS).time).toBe('15:30');
    expect(plan.map((m) => m.durationMinutes)).toEqual([150, 180, 180, 180]);
  });

  it('keeps 15:30 local across the October change: weeks 9 and 17 shift by one hour in UTC', () => {
    const plan = makePlan({ startDate: '2026-08-31' });
    expect(plan.map((m) => m.startsAt.toISOString())).toEqual([
      '2026-08-31T13:30:00.000Z',
      '2026-09-14T13:30:00.000Z',
      '2026-10-26T14:30:00.000Z',
      '2026-12-21T14:30:00.000Z',
    ]);
    expect(plan.map((m) => localParts(m.startsAt, AMS))).toEqual([
      { date: '2026-08-31', time: '15:30', weekday: 1 },
      { date: '2026-09-14', time: '15:30', weekday: 1 },
      { date: '2026-10-26', time: '15:30', weekday: 1 },
      { date: '2026-12-21', time: '15:30', weekday: 1 },
    ]);
  });

  it('works in another zone with other DST dates (America/New_York)', () => {
    const plan = makePlan({ startTime: '09:00', timezone: 'America/New_York' });
    expect(at(plan, 'signalering').startsAt.toISOString()).toBe('2026-02-02T14:00:00.000Z');
    expect(at(plan, 'terugkom').startsAt.toISOString()).toBe('2026-03-30T13:00:00.000Z');
    expect(localParts(at(plan, 'eindevaluatie').startsAt, 'America/New_York').time).toBe('09:00');
  });

  it('moves a local time that does not exist (spring gap) forward by the gap', () => {
    // 02:00-03:00 is skipped on Sunday 29 March 2026 in Amsterdam.
    const instant = toInstant('2026-03-29', '02:30', AMS);
    expect(instant.toISOString()).toBe('2026-03-29T01:30:00.000Z');
    expect(localParts(instant, AMS)).toEqual({ date: '2026-03-29', time: '03:30', weekday: 7 });
    const plan = makePlan({ startDate: '2026-03-15', startTime: '02:30' });
    expect(localParts(at(plan, 'actieplan').startsAt, AMS).time).toBe('03:30');
    expect(localParts(at(plan, 'signalering').startsAt, AMS).time).toBe('02:30');
  });

  it('resolves a local time that happens twice (autumn) to the second, standard-time one', () => {
    expect(toInstant('2026-10-25', '02:30', AMS).toISOString()).toBe('2026-10-25T01:30:00.000Z');
  });

  it('rejects an invalid timezone, date or time with a code', () => {
    expect(isValidTimezone(AMS)).toBe(true);
    expect(isValidTimezone('Europe/Atlantis')).toBe(false);
    expect(isValidTimezone('')).toBe(false);
    expect(() => makePlan({ timezone: 'Europe/Atlantis' })).toThrow('invalid_timezone');
    expect(() => makePlan({ startDate: '2026-13-01' })).toThrow('invalid_date');
    expect(() => makePlan({ startTime: '24:00' })).toThrow('invalid_time');
    expect(() => toInstant('2026-02-02', '9:00', AMS)).toThrow(RangeError);
  });

  it('ends a meeting after its duration', () => {
    expect(endsAt(at(makePlan(), 'signalering')).toISOString()).toBe('2026-02-02T17:00:00.000Z');
  });
});
