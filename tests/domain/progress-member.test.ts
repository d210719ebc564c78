import { describe, expect, it } from 'vitest';
import { at, round, AFTER_STEP_1, AFTER_STEP_2, AFTER_STEP_3, memberNext, startOf } from './progress-facts.js';

describe('a member’s next action', () => {
  it('waits for a meeting far ahead, and reads its documents in the week before', () => {
    expect(memberNext({ now: at('signalering', -60 * 24 * 10) })).toEqual({
      role: 'member',
      code: 'wait_for_meeting',
      params: { kind: 'signalering', startsAt: startOf('signalering') },
    });
    expect(memberNext({ now: at('signalering', -60 * 24 * 3) })).toMatchObject({ code: 'read_documents', params: { kind: 'signalering' } });
  });

  it('votes while a round is open and they have onderdelen left, then waits for the coordinator', () => {
    const now = at('signalering', 20);
    expect(memberNext({ now, rounds: { week1: round('open', 0, 4), week17: null } })).toEqual({
      role: 'member',
      code: 'vote',
      params: { moment: 'week1', count: 6 },
    });
    expect(memberNext({ now, rounds: { week1: round('open', 0, 10), week17: null } })).toMatchObject({ code: 'wait_for_coordinator', params: { step: 1 } });
  });

  it('as the invuller of the meeting under way: fills in what the team agrees', () => {
    const during = { now: at('actieplan', 30), ...AFTER_STEP_1 };
    expect(memberNext({ ...during, askerUserId: 'U-INVULLER' })).toEqual({ role: 'member', code: 'fill_as_invuller', params: { kind: 'actieplan' } });
    expect(memberNext({ ...during, askerUserId: 'U-SOMEONE' }).code).toBe('wait_for_coordinator');
    // The team waits on what they record: that comes before an overdue action of their own.
    expect(memberNext({ ...during, askerUserId: 'U-INVULLER', ownActions: { open: 1, overdue: 1 } }).code).toBe('fill_as_invuller');
    // At the eindevaluatie the invuller is done once the Evaluatielijst is filled in.
    const eind = { now: at('eindevaluatie', 30), ...AFTER_STEP_3, askerUserId: 'U-INVULLER' };
    expect(memberNext(eind).code).toBe('fill_as_invuller');
    expect(memberNext({ ...eind, evaluations: { terugkom: 3, eind: 2 } }).code).toBe('wait_for_coordinator');
  });

  it('with week 1 agreed before its meeting: waits for the signaleringsbijeenkomst, the next one, and reads its documents in its week', () => {
    // The status above names that meeting as the next; the actieplanbijeenkomst comes after it.
    expect(memberNext({ now: at('signalering', -60 * 24 * 10), ...AFTER_STEP_1 })).toEqual({
      role: 'member',
      code: 'wait_for_meeting',
      params: { kind: 'signalering', startsAt: startOf('signalering') },
    });
    expect(memberNext({ now: at('signalering', -60 * 24 * 3), ...AFTER_STEP_1 })).toMatchObject({ code: 'read_documents', params: { kind: 'signalering' } });
    expect(memberNext({ now: at('signalering', 60 * 3), ...AFTER_STEP_1 })).toMatchObject({ code: 'wait_for_meeting', params: { kind: 'actieplan' } });
  });

  it('reads the documents before the actieplan meeting once the result is in', () => {
    expect(memberNext({ now: at('actieplan', -60 * 24 * 2), ...AFTER_STEP_1 })).toMatchObject({ code: 'read_documents', params: { kind: 'actieplan' } });
  });

  it('between meetings: updates their own actions, overdue ones before anything but voting (and, in a meeting, the invuller’s recording)', () => {
    const now = at('terugkom', -60 * 24 * 20);
    expect(memberNext({ now, ...AFTER_STEP_2, ownActions: { open: 2, overdue: 0 } })).toEqual({
      role: 'member',
      code: 'update_own_actions',
      params: { count: 2, overdue: 0 },
    });
    expect(memberNext({ now: at('terugkom', -60 * 24 * 2), ...AFTER_STEP_2, ownActions: { open: 2, overdue: 1 } })).toMatchObject({
      code: 'update_own_actions',
      params: { overdue: 1 },
    });
  });

  it('during a meeting: waits for the coordinator, unless one of their own actions falls due within days', () => {
    const now = at('terugkom', 30);
    expect(memberNext({ now, ...AFTER_STEP_2, ownActions: { open: 2, overdue: 0, dueSoon: 0 } }).code).toBe('wait_for_coordinator');
    expect(memberNext({ now, ...AFTER_STEP_2, ownActions: { open: 2, overdue: 0, dueSoon: 1 } })).toMatchObject({
      code: 'update_own_actions',
      params: { count: 2, overdue: 0 },
    });
  });

  it('votes in week 17 at the eindevaluatie', () => {
    const now = at('eindevaluatie', 40);
    expect(memberNext({ now, ...AFTER_STEP_3, rounds: { week1: round('closed', 10, 10), week17: round('open', 0, 0) } })).toMatchObject({
      code: 'vote',
      params: { moment: 'week17', count: 10 },
    });
  });

  it('at the end: finished, or still their own open actions', () => {
    const done = {
      now: at('eindevaluatie', 60 * 24),
      ...AFTER_STEP_3,
      rounds: { week1: round('closed', 10, 10), week17: round('closed', 10, 10) },
      evaluations: { terugkom: 3, eind: 1 },
      comparisonDone: true,
    };
    expect(memberNext(done).code).toBe('finished');
    expect(memberNext({ ...done, ownActions: { open: 1, overdue: 0 } })).toMatchObject({ code: 'update_own_actions', params: { count: 1 } });
  });

  it('has nothing to do on a stopped leerlijn', () => {
    expect(memberNext({ leerlijnStatus: 'stopped', rounds: { week1: round('open'), week17: null } }).code).toBe('none');
  });
});
