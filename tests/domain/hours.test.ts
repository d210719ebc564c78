import { describe, expect, it } from 'vitest';
import { nextMomentWithin, type DayHours } from '../../src/domain/hours.js';

const TZ = 'Europe/Amsterdam';
const EVENINGS_OFF: DayHours = { opens: '07:30', closes: '20:00', workingDaysOnly: false };
const WORKING: DayHours = { opens: '09:00', closes: '17:00', workingDaysOnly: true };
const at = (iso: string) => nextMomentWithin(new Date(iso), TZ, EVENINGS_OFF).toISOString();

describe('the next moment inside a day\'s hours', () => {
  it('is the moment itself inside them, and the next opening outside them', () => {
    expect(at('2026-01-30T12:00:00.000Z')).toBe('2026-01-30T12:00:00.000Z');
    expect(at('2026-01-30T18:59:00.000Z')).toBe('2026-01-30T18:59:00.000Z');
    // 20:00 local is closed; 23:10 and 02:00 wait for 07:30 (Saturday: every day here).
    expect(at('2026-01-30T19:00:00.000Z')).toBe('2026-01-31T06:30:00.000Z');
    expect(at('2026-01-30T22:10:00.000Z')).toBe('2026-01-31T06:30:00.000Z');
    expect(at('2026-01-31T01:00:00.000Z')).toBe('2026-01-31T06:30:00.000Z');
  });

  it('keeps the local morning across summer time (29 March 2026)', () => {
    expect(at('2026-03-29T00:30:00.000Z')).toBe('2026-03-29T05:30:00.000Z');
  });

  it('working days only: a Friday evening waits for Monday, and Tweede Paasdag for Tuesday', () => {
    expect(nextMomentWithin(new Date('2026-01-30T17:00:00.000Z'), TZ, WORKING).toISOString()).toBe('2026-02-02T08:00:00.000Z');
    expect(nextMomentWithin(new Date('2026-04-05T10:00:00.000Z'), TZ, WORKING).toISOString()).toBe('2026-04-07T07:00:00.000Z');
  });
});
