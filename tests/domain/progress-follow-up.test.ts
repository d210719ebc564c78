// After the four steps: the optional new evaluation meeting. Until one is planned the coordinator
// is offered to plan it; once planned it is prepared like the leerlijn's own meetings (roles,
// reading, the owners of actions), and when it has begun the offer comes back.
import { describe, expect, it } from 'vitest';
import { FOLLOW_UP_KIND, MEETINGS } from '../../src/domain/meetings.js';
import { progressOf, type MeetingFacts, type ProgressFacts } from '../../src/domain/progress.js';
import { PLANNED, round } from './progress-facts.js';

const TZ = 'Europe/Amsterdam';
// Monday 13 September 2027, 15:30 Amsterdam.
const FOLLOW_UP_AT = new Date('2027-09-13T13:30:00Z');
const followUp = (roles: boolean): MeetingFacts & { startsAt: Date } => ({
  kind: FOLLOW_UP_KIND, startsAt: FOLLOW_UP_AT, durationMinutes: MEETINGS[FOLLOW_UP_KIND].durationMinutes, status: 'planned',
  notulistUserId: roles ? 'U-N' : null, invullerUserId: roles ? 'U-I' : null,
});
const days = (n: number): Date => new Date(FOLLOW_UP_AT.getTime() + n * 86_400_000);

/** A leerlijn whose four steps are done (agreed rounds, evaluations, the comparison). */
function doneFacts(overrides: Partial<ProgressFacts>): ProgressFacts {
  const agreed = round('closed', 10, 10);
  return {
    now: days(-60), leerlijnStatus: 'active', timezone: TZ, teamWarnings: 0, meetings: PLANNED,
    rounds: { week1: agreed, week17: agreed }, actieplan: { items: 3, actions: 5 }, evaluations: { terugkom: 3, eind: 1 },
    actions: { looptVast: 0, overdue: 0 }, ownActions: { open: 0, overdue: 0 }, comparisonDone: true,
    ...overrides,
  };
}

const next = (role: 'coordinator' | 'member', f: Partial<ProgressFacts>) => progressOf(doneFacts(f), role).next;

describe('after the four steps, the new evaluation meeting', () => {
  it('is offered to the coordinator while none is planned', () => {
    expect(next('coordinator', {}).code).toBe('plan_new_evaluation');
    expect(next('member', {}).code).toBe('finished');
  });

  it('once planned: roles first, then the owners of stuck actions, then waiting; members read beforehand', () => {
    const meetings = [...PLANNED, followUp(false)];
    expect(next('coordinator', { meetings })).toMatchObject({ code: 'assign_roles', params: { kind: FOLLOW_UP_KIND, startsAt: FOLLOW_UP_AT } });
    const withRoles = [...PLANNED, followUp(true)];
    expect(next('coordinator', { meetings: withRoles, actions: { looptVast: 1, overdue: 2 } })).toMatchObject({ code: 'follow_up_actions', params: { looptVast: 1, overdue: 2 } });
    expect(next('coordinator', { meetings: withRoles })).toMatchObject({ code: 'wait_for_meeting', params: { kind: FOLLOW_UP_KIND } });
    expect(next('member', { meetings: withRoles })).toMatchObject({ code: 'wait_for_meeting', params: { kind: FOLLOW_UP_KIND } });
    expect(next('member', { meetings: withRoles, now: days(-3) })).toMatchObject({ code: 'read_documents', params: { kind: FOLLOW_UP_KIND } });
  });

  it('on a day off it is the planning to look at', () => {
    const meetings = [...PLANNED, followUp(true)];
    expect(next('coordinator', { meetings, meetingsOnDaysOff: [FOLLOW_UP_KIND] })).toMatchObject({ code: 'plan_meetings', params: { kind: FOLLOW_UP_KIND, reason: 'day_off' } });
  });

  it('once it has begun, another one can be planned; the four steps stay done', () => {
    const meetings = [...PLANNED, followUp(true)];
    const p = progressOf(doneFacts({ meetings, now: days(1) }), 'coordinator');
    expect(p.next.code).toBe('plan_new_evaluation');
    expect(p.current).toBeNull();
    expect(p.steps.map((s) => s.state)).toEqual(['done', 'done', 'done', 'done']);
    expect(progressOf(doneFacts({ meetings, now: days(1) }), 'member').next.code).toBe('finished');
  });
});
