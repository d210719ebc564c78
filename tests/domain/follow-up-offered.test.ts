import { describe, expect, it } from 'vitest';
import { followUpOffered, meetingStarted } from '../../src/domain/timeline.js';

const EIND = new Date('2026-05-25T13:30:00Z');
const eind = (status = 'planned') => ({ kind: 'eindevaluatie' as const, status, startsAt: EIND });
const followUp = (status = 'planned') => ({ kind: 'vervolgevaluatie' as const, status, startsAt: new Date('2026-09-14T13:30:00Z') });

describe('followUpOffered: the new evaluation meeting is planned after the eindevaluatie, or moved once planned', () => {
  it('not before the eindevaluatie has begun', () => {
    expect(followUpOffered([eind()], new Date('2026-02-01T10:00:00Z'))).toBe(false);
    expect(followUpOffered([eind()], new Date(EIND.getTime() - 60_000))).toBe(false);
  });
  it('from its start on, or once held', () => {
    expect(followUpOffered([eind()], EIND)).toBe(true);
    expect(followUpOffered([eind('held')], new Date('2026-02-01T10:00:00Z'))).toBe(true);
  });
  it('once planned (not cancelled), at any time; a cancelled eindevaluatie opens nothing', () => {
    expect(followUpOffered([eind(), followUp()], new Date('2026-02-01T10:00:00Z'))).toBe(true);
    expect(followUpOffered([eind(), followUp('cancelled')], new Date('2026-02-01T10:00:00Z'))).toBe(false);
    expect(followUpOffered([eind('cancelled')], new Date('2026-06-01T10:00:00Z'))).toBe(false);
  });
  it('a cancelled one is offered again once the eindevaluatie has begun, not before', () => {
    expect(followUpOffered([eind('held'), followUp('cancelled')], new Date('2026-02-01T10:00:00Z'))).toBe(true);
    expect(followUpOffered([eind(), followUp('cancelled')], EIND)).toBe(true);
  });
});

describe('meetingStarted: one rule for the progress and the move form', () => {
  const before = new Date('2026-02-01T10:00:00Z');
  it('held, or its start reached; a cancelled one never', () => {
    expect(meetingStarted([eind()], 'eindevaluatie', before)).toBe(false);
    expect(meetingStarted([eind()], 'eindevaluatie', EIND)).toBe(true);
    expect(meetingStarted([eind('held')], 'eindevaluatie', before)).toBe(true);
    expect(meetingStarted([eind('cancelled')], 'eindevaluatie', new Date('2026-06-01T10:00:00Z'))).toBe(false);
  });
});
