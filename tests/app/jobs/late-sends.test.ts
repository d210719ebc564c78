import { describe, expect, it } from 'vitest';
import { lateSendWaitsUntil } from '../../../src/app/jobs/late-sends.js';

const TZ = 'Europe/Amsterdam';
const waits = (runAt: string, now: string) => lateSendWaitsUntil(new Date(runAt), new Date(now), TZ)?.toISOString() ?? null;

describe('when a late message the bot sends by itself goes out', () => {
  it('on time, at once, also in the evening (a meeting ending at 21:00, found at 21:20)', () => {
    expect(waits('2026-01-30T08:00:00Z', '2026-01-30T08:01:00Z')).toBeNull();
    expect(waits('2026-01-30T20:00:00Z', '2026-01-30T20:20:00Z')).toBeNull();
  });

  it('late in the day, at once; late at night, at 07:30 the next morning', () => {
    expect(waits('2026-01-30T08:00:00Z', '2026-01-30T15:00:00Z')).toBeNull();
    expect(waits('2026-01-30T08:00:00Z', '2026-01-30T22:10:00Z')).toBe('2026-01-31T06:30:00.000Z');
    expect(waits('2026-01-30T20:00:00Z', '2026-01-30T21:10:00Z')).toBe('2026-01-31T06:30:00.000Z');
    expect(waits('2026-03-03T08:00:00Z', '2026-03-04T01:00:00Z')).toBe('2026-03-04T06:30:00.000Z');
  });
});
