// The leerlijn's facts for the progress tests: planned meetings, rounds and the state at the end of each step.
import type { MeetingKind } from '../../src/domain/meetings.js';
import { progressOf, type MeetingFacts, type ProgressFacts, type RoundFacts } from '../../src/domain/progress.js';
import { planTimeline } from '../../src/domain/timeline.js';

const TZ = 'Europe/Amsterdam';
// Weeks 1, 3, 9 and 17 of a leerlijn starting Monday 11 January 2027 at 15:30.
export const PLANNED: Array<MeetingFacts & { startsAt: Date }> = planTimeline({ startDate: '2027-01-11', startTime: '15:30', timezone: TZ }).map((m) => ({
  ...m,
  status: 'planned',
  notulistUserId: 'U-NOTULIST',
  invullerUserId: 'U-INVULLER',
}));

export function startOf(kind: MeetingKind): Date {
  const m = PLANNED.find((x) => x.kind === kind);
  if (!m) throw new Error(kind);
  return m.startsAt;
}

/** An instant relative to a meeting's start: `at('actieplan', -60 * 24)` is a day before. */
export const at = (kind: MeetingKind, minutes: number): Date => new Date(startOf(kind).getTime() + minutes * 60_000);

/** `proposalsLeft`: by default every onderdeel not agreed has a proposal to take over. */
export const round = (status: 'open' | 'closed', agreedCount = 0, ownVotes = 0, proposalsLeft = 10 - agreedCount): RoundFacts => ({
  status, agreedCount, ownVotes, proposalsLeft,
});

export function makeFacts(overrides: Partial<ProgressFacts> = {}): ProgressFacts {
  return {
    now: at('signalering', -60 * 24 * 14),
    leerlijnStatus: 'active',
    timezone: TZ,
    teamWarnings: 0,
    meetings: PLANNED,
    rounds: { week1: null, week17: null },
    actieplan: { items: 0, actions: 0 },
    evaluations: { terugkom: 0, eind: 0 },
    actions: { looptVast: 0, overdue: 0 },
    ownActions: { open: 0, overdue: 0 },
    comparisonDone: false,
    ...overrides,
  };
}

// The leerlijn at the end of each step, for the tests of the later ones.
export const WEEK1_AGREED = { week1: round('closed', 10, 10), week17: null };
export const AFTER_STEP_1 = { rounds: WEEK1_AGREED };
export const AFTER_STEP_2 = { ...AFTER_STEP_1, actieplan: { items: 3, actions: 5 } };
export const AFTER_STEP_3 = { ...AFTER_STEP_2, evaluations: { terugkom: 3, eind: 0 } };

export const coordinatorNext = (f: Partial<ProgressFacts>) => progressOf(makeFacts(f), 'coordinator').next;
export const memberNext = (f: Partial<ProgressFacts>) => progressOf(makeFacts(f), 'member').next;
export const states = (f: Partial<ProgressFacts>) => progressOf(makeFacts(f), 'member').steps.map((s) => s.state);
