import { describe, expect, it } from 'vitest';
import { progressOf, type ProgressFacts, type RoundFacts } from '../../src/domain/progress.js';
import { at, round, makeFacts, AFTER_STEP_1, AFTER_STEP_2, AFTER_STEP_3, coordinatorNext, states, PLANNED, startOf } from './progress-facts.js';

describe('the four steps', () => {
  it('starts with step 1 current and the others upcoming, each with its meeting date', () => {
    const p = progressOf(makeFacts(), 'coordinator');
    expect(p.current).toBe(1);
    expect(p.steps.map((s) => [s.step, s.kind, s.state])).toEqual([
      [1, 'signalering', 'current'],
      [2, 'actieplan', 'upcoming'],
      [3, 'terugkom', 'upcoming'],
      [4, 'eindevaluatie', 'upcoming'],
    ]);
    expect(p.steps[1]?.startsAt).toEqual(startOf('actieplan'));
  });

  it('takes meetings as TimelineView gives them, with ISO strings', () => {
    const asViews = PLANNED.map((m) => ({ ...m, startsAt: m.startsAt.toISOString() }));
    const p = progressOf(makeFacts({ meetings: asViews, now: at('signalering', 10) }), 'coordinator');
    expect(p.next.code).toBe('open_round');
    expect(p.steps[3]?.startsAt).toEqual(startOf('eindevaluatie'));
  });

  it('completes step 1 only when all ten week-1 scores are agreed', () => {
    expect(states({ now: at('actieplan', -60), rounds: { week1: round('closed', 9), week17: null } })[0]).toBe('current');
    expect(states({ now: at('actieplan', -60), ...AFTER_STEP_1 })).toEqual(['done', 'current', 'upcoming', 'upcoming']);
  });

  it('keeps the actieplan current until its meeting is over, even with actions in it', () => {
    expect(states({ now: at('actieplan', 60), ...AFTER_STEP_2 })[1]).toBe('current');
    expect(states({ now: at('actieplan', 181), ...AFTER_STEP_2 })).toEqual(['done', 'done', 'current', 'upcoming']);
  });

  it('completes step 3 with an interim evaluation after the terugkombijeenkomst', () => {
    expect(states({ now: at('terugkom', 200), ...AFTER_STEP_3 })).toEqual(['done', 'done', 'done', 'current']);
  });

  it('marks all four done after the comparison', () => {
    const p = progressOf(
      makeFacts({
        now: at('eindevaluatie', 200),
        ...AFTER_STEP_3,
        rounds: { week1: round('closed', 10), week17: round('closed', 10) },
        evaluations: { terugkom: 3, eind: 2 },
        comparisonDone: true,
      }),
      'coordinator',
    );
    expect(p.current).toBeNull();
    expect(p.steps.every((s) => s.state === 'done')).toBe(true);
  });
});

describe('the coordinator’s next action', () => {
  it('after the start: set the team’s sides and levels first', () => {
    expect(coordinatorNext({ teamWarnings: 2 })).toEqual({ role: 'coordinator', code: 'set_team_sides', params: { count: 2 } });
  });

  it('after the start: names what the team lacks, so the step asks only for that', () => {
    const gaps = [{ code: 'level_missing', level: 'manager' }] as const;
    expect(coordinatorNext({ teamWarnings: 1, teamGaps: gaps })).toEqual({ role: 'coordinator', code: 'set_team_sides', params: { count: 1, teamGaps: gaps } });
  });

  it('plans a meeting that was cancelled, or that lands on a day off', () => {
    const cancelled = PLANNED.map((m) => (m.kind === 'terugkom' ? { ...m, status: 'cancelled' as const } : m));
    expect(coordinatorNext({ meetings: cancelled })).toMatchObject({ code: 'plan_meetings', params: { kind: 'terugkom', reason: 'missing' } });
    expect(coordinatorNext({ meetingsOnDaysOff: ['eindevaluatie'] })).toMatchObject({
      code: 'plan_meetings',
      params: { kind: 'eindevaluatie', reason: 'day_off' },
    });
  });

  it('does not ask to move a meeting on a day off that has already taken place', () => {
    expect(coordinatorNext({ now: at('actieplan', -60), ...AFTER_STEP_1, meetingsOnDaysOff: ['signalering'] }).code).toBe('wait_for_meeting');
  });

  it('at a meeting, its own work comes before moving a later meeting off a day off or filling in the team', () => {
    // Week 17 in the summer holiday: the coordinator at the signalering still opens, closes and agrees the round.
    const later = { meetingsOnDaysOff: ['eindevaluatie' as const] };
    const now = at('signalering', 10);
    expect(coordinatorNext({ now, ...later }).code).toBe('open_round');
    expect(coordinatorNext({ now, teamWarnings: 2 }).code).toBe('open_round');
    expect(coordinatorNext({ now, ...later, rounds: { week1: round('open'), week17: null } }).code).toBe('close_round');
    expect(coordinatorNext({ now, ...later, rounds: { week1: round('closed', 7), week17: null } }).code).toBe('agree_scores');
    expect(coordinatorNext({ now: at('actieplan', 5), ...AFTER_STEP_1, ...later }).code).toBe('fill_actieplan');
    expect(coordinatorNext({ now: at('terugkom', 30), ...AFTER_STEP_2, ...later }).code).toBe('fill_terugkom');
    // Between meetings the move is the next thing to do.
    expect(coordinatorNext({ now: at('actieplan', -60 * 24), ...AFTER_STEP_1, ...later })).toMatchObject({ code: 'plan_meetings', params: { kind: 'eindevaluatie', reason: 'day_off' } });
  });

  it('before the signalering: assign the notulist and invuller, then wait for the meeting', () => {
    const noRoles = PLANNED.map((m) => (m.kind === 'signalering' ? { ...m, invullerUserId: null } : m));
    expect(coordinatorNext({ meetings: noRoles })).toEqual({
      role: 'coordinator',
      code: 'assign_roles',
      params: { kind: 'signalering', startsAt: startOf('signalering') },
    });
    expect(coordinatorNext({})).toMatchObject({ code: 'wait_for_meeting', params: { kind: 'signalering' } });
  });

  it('at the signalering: open the round, close it, agree the scores', () => {
    const now = at('signalering', 10);
    expect(coordinatorNext({ now })).toMatchObject({ code: 'open_round', params: { moment: 'week1' } });
    expect(coordinatorNext({ now, rounds: { week1: round('open'), week17: null } })).toMatchObject({ code: 'close_round', params: { moment: 'week1' } });
    expect(coordinatorNext({ now, rounds: { week1: round('closed', 7), week17: null } })).toEqual({
      role: 'coordinator',
      code: 'agree_scores',
      params: { moment: 'week1', count: 3 },
    });
  });

  it('closes a round that was opened before the meeting', () => {
    expect(coordinatorNext({ rounds: { week1: round('open'), week17: null } }).code).toBe('close_round');
  });

  it('with no proposal left to take over: choose a score per onderdeel (agree-all would take nothing over)', () => {
    const now = at('signalering', 10);
    expect(coordinatorNext({ now, rounds: { week1: round('closed', 3, 0, 0), week17: null } })).toEqual({
      role: 'coordinator', code: 'choose_scores', params: { moment: 'week1', count: 7 },
    });
    expect(coordinatorNext({ now, rounds: { week1: round('closed', 3, 0, 1), week17: null } })).toMatchObject({ code: 'agree_scores', params: { count: 7 } });
    const week17 = { ...AFTER_STEP_3, rounds: { week1: round('closed', 10), week17: round('closed', 4, 0, 0) } };
    expect(coordinatorNext({ now: at('eindevaluatie', 30), ...week17 })).toMatchObject({ code: 'choose_scores', params: { moment: 'week17', count: 6 } });
  });

  it('closes, then agrees, a week-17 round opened early (scores eind nu) in step 2 or 3, before the step’s own work or a planning problem', () => {
    const early = (after: Partial<ProgressFacts>, week17: RoundFacts) => ({ ...after, rounds: { week1: round('closed', 10), week17 } });
    const closeWeek17 = { code: 'close_round', params: { moment: 'week17' } };
    expect(coordinatorNext({ now: at('actieplan', -60 * 24), ...early(AFTER_STEP_1, round('open')) })).toMatchObject(closeWeek17);
    expect(coordinatorNext({ now: at('actieplan', 5), ...early(AFTER_STEP_1, round('open')) })).toMatchObject(closeWeek17);
    expect(coordinatorNext({ now: at('terugkom', 30), ...early(AFTER_STEP_2, round('open')) })).toMatchObject(closeWeek17);
    const dayOff = { meetingsOnDaysOff: ['eindevaluatie' as const] };
    expect(coordinatorNext({ now: at('terugkom', -60 * 24), ...early(AFTER_STEP_2, round('open')), ...dayOff })).toMatchObject(closeWeek17);
    // Once closed, its scores are agreed first, as week 1's (or chosen, without a proposal); once agreed, the step's own work again.
    const agreeWeek17 = { code: 'agree_scores', params: { moment: 'week17', count: 10 } };
    expect(coordinatorNext({ now: at('actieplan', -60 * 24), ...early(AFTER_STEP_1, round('closed', 0)) })).toMatchObject(agreeWeek17);
    expect(coordinatorNext({ now: at('actieplan', 5), ...early(AFTER_STEP_1, round('closed', 0)) })).toMatchObject(agreeWeek17);
    expect(coordinatorNext({ now: at('terugkom', 30), ...early(AFTER_STEP_2, round('closed', 4, 0, 0)) })).toMatchObject({ code: 'choose_scores', params: { count: 6 } });
    expect(coordinatorNext({ now: at('actieplan', 5), ...early(AFTER_STEP_1, round('closed', 10)) }).code).toBe('fill_actieplan');
  });

  it('after the result: waits for the actieplan meeting, then has the plan filled in', () => {
    expect(coordinatorNext({ now: at('actieplan', -60 * 24), ...AFTER_STEP_1 })).toMatchObject({
      code: 'wait_for_meeting',
      params: { kind: 'actieplan', startsAt: startOf('actieplan') },
    });
    expect(coordinatorNext({ now: at('actieplan', 5), ...AFTER_STEP_1 })).toMatchObject({ code: 'fill_actieplan' });
    // The meeting is over but nothing was written down: still the actieplan.
    expect(coordinatorNext({ now: at('actieplan', 60 * 24), ...AFTER_STEP_1 }).code).toBe('fill_actieplan');
  });

  it('with week 1 agreed before its meeting: prepares and waits for the signaleringsbijeenkomst, the next one, as members are told', () => {
    const now = at('signalering', -60 * 24 * 3);
    expect(coordinatorNext({ now, ...AFTER_STEP_1 })).toMatchObject({ code: 'wait_for_meeting', params: { kind: 'signalering' } });
    const noRoles = PLANNED.map((m) => (m.kind === 'signalering' ? { ...m, notulistUserId: null } : m));
    expect(coordinatorNext({ now, ...AFTER_STEP_1, meetings: noRoles })).toMatchObject({ code: 'assign_roles', params: { kind: 'signalering' } });
  });

  it('between actieplan and terugkom: follows up stuck or overdue actions', () => {
    const now = at('terugkom', -60 * 24 * 10);
    expect(coordinatorNext({ now, ...AFTER_STEP_2, actions: { looptVast: 1, overdue: 2 } })).toEqual({
      role: 'coordinator',
      code: 'follow_up_actions',
      params: { looptVast: 1, overdue: 2 },
    });
    expect(coordinatorNext({ now, ...AFTER_STEP_2 })).toMatchObject({ code: 'wait_for_meeting', params: { kind: 'terugkom' } });
  });

  it('at the terugkombijeenkomst: fill in the Evaluatielijst', () => {
    expect(coordinatorNext({ now: at('terugkom', 30), ...AFTER_STEP_2 })).toMatchObject({ code: 'fill_terugkom', params: { kind: 'terugkom' } });
  });

  it('at the eindevaluatie: open week 17, close it, agree, evaluate, compare', () => {
    const now = at('eindevaluatie', 30);
    const rounds = (week17: RoundFacts | null) => ({ week1: round('closed', 10), week17 });
    expect(coordinatorNext({ now, ...AFTER_STEP_3 })).toMatchObject({ code: 'open_week17', params: { moment: 'week17' } });
    expect(coordinatorNext({ now, ...AFTER_STEP_3, rounds: rounds(round('open')) })).toMatchObject({ code: 'close_round', params: { moment: 'week17' } });
    expect(coordinatorNext({ now, ...AFTER_STEP_3, rounds: rounds(round('closed', 4)) })).toMatchObject({ code: 'agree_scores', params: { count: 6 } });
    expect(coordinatorNext({ now, ...AFTER_STEP_3, rounds: rounds(round('closed', 10)) }).code).toBe('fill_eindevaluatie');
    expect(coordinatorNext({ now, ...AFTER_STEP_3, rounds: rounds(round('closed', 10)), evaluations: { terugkom: 3, eind: 1 } }).code).toBe('compare');
  });

  it('after vergelijk: suggests a new evaluation meeting', () => {
    const done = {
      now: at('eindevaluatie', 60 * 24),
      ...AFTER_STEP_3,
      rounds: { week1: round('closed', 10), week17: round('closed', 10) },
      evaluations: { terugkom: 3, eind: 1 },
      comparisonDone: true,
    };
    expect(coordinatorNext(done)).toEqual({ role: 'coordinator', code: 'plan_new_evaluation', params: {} });
  });

  it('has nothing to offer on a stopped leerlijn', () => {
    expect(coordinatorNext({ leerlijnStatus: 'stopped', teamWarnings: 3 }).code).toBe('none');
  });

  it('shows no step of a stopped leerlijn as now: the steps it did not reach are not done, not still to come', () => {
    expect(states({ ...AFTER_STEP_1, leerlijnStatus: 'stopped' })).toEqual(['done', 'not_done', 'not_done', 'not_done']);
  });
});
