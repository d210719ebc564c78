// The shapes of progress: the facts `progressOf` reads and the steps and next action it
// returns (codes and parameters, never texts). Kept apart from the rules in progress.ts.
import type { MeetingKind } from './meetings.js';
import type { TeamWarning } from './team.js';

export type Role = 'coordinator' | 'member';
/** `not_done`: a step a stopped leerlijn did not finish, begun or not (none is current or still to come then). */
export type StepState = 'done' | 'current' | 'upcoming' | 'not_done';
export type RoundMoment = 'week1' | 'week17';

/** Shaped like `MeetingView`, so `TimelineView.meetings` can be passed as it is. */
export interface MeetingFacts {
  kind: MeetingKind;
  /** An instant; a string is read as ISO 8601. */
  startsAt: Date | string;
  durationMinutes: number;
  status: 'planned' | 'held' | 'cancelled';
  notulistUserId: string | null;
  invullerUserId: string | null;
}

/** A score round as the store holds it; null in `ProgressFacts.rounds` when not opened yet. */
export interface RoundFacts {
  status: 'open' | 'closed';
  /** Onderdelen with an agreed score, 0..10. */
  agreedCount: number;
  /** Onderdelen the person asking has voted on in this round, 0..10. */
  ownVotes: number;
  /** Onderdelen not agreed yet whose votes make a proposal (tally.ts), which "agree all" would take over, 0..10. */
  proposalsLeft: number;
}

/** Everything `progressOf` looks at; each field maps onto a view the use cases already build. */
export interface ProgressFacts {
  now: Date;
  /** LeerlijnView.status */
  leerlijnStatus: 'active' | 'finished' | 'stopped';
  timezone: string;
  /** LeerlijnView.teamWarnings.length: a side or level missing, or members without a side. */
  teamWarnings: number;
  /** Those warnings: the next step asks for each (a side with nobody, someone without a side…); unknown: for sides and levels. */
  teamGaps?: readonly TeamWarning[];
  /** TimelineView.meetings */
  meetings: readonly MeetingFacts[];
  rounds: Readonly<Record<RoundMoment, RoundFacts | null>>;
  /** ActionPlanView: plan items, and the actions in them. */
  actieplan: { items: number; actions: number };
  /** EvaluationView.items with an answer, per moment. */
  evaluations: { terugkom: number; eind: number };
  /** StatusView.actions, for the coordinator's follow-up. */
  actions: { looptVast: number; overdue: number };
  /**
   * The asking person's own actions that are not klaar, how many of those are overdue, and how many
   * fall due within days (their owner has had the reminder before the due date); none when not counted.
   */
  ownActions: { open: number; overdue: number; dueSoon?: number };
  /** Someone of the team had the comparison (week 17 agreed) posted in the channel with `vergelijk`. */
  comparisonDone: boolean;
  /** Who asks; a member who is the invuller of the meeting under way is asked to fill it in. */
  askerUserId?: string;
  /** Meetings on a public or school holiday (see holidays.ts `holidayOn`); none when not checked. */
  meetingsOnDaysOff?: readonly MeetingKind[];
}

export type StepNumber = 1 | 2 | 3 | 4;

export interface StepProgress {
  step: StepNumber;
  kind: MeetingKind;
  state: StepState;
  startsAt: Date | null;
}

export type CoordinatorActionCode =
  | 'set_team_sides'
  | 'plan_meetings'
  | 'assign_roles'
  | 'wait_for_meeting'
  | 'open_round'
  | 'close_round'
  | 'agree_scores'
  | 'choose_scores'
  | 'fill_actieplan'
  | 'follow_up_actions'
  | 'fill_terugkom'
  | 'open_week17'
  | 'fill_eindevaluatie'
  | 'compare'
  | 'plan_new_evaluation'
  | 'none';

export type MemberActionCode =
  | 'vote'
  | 'read_documents'
  | 'update_own_actions'
  | 'wait_for_meeting'
  | 'wait_for_coordinator'
  | 'fill_as_invuller'
  | 'finished'
  | 'none';

/** Parameters are codes, counts and instants; the i18n layer turns them into words. */
export interface ActionParams {
  kind?: MeetingKind;
  startsAt?: Date;
  moment?: RoundMoment;
  step?: StepNumber;
  count?: number;
  looptVast?: number;
  overdue?: number;
  /** Why a meeting needs planning: not planned (or cancelled), refused by the rules, or on a day off. */
  reason?: PlanningReason;
  /** What the team lacks (its warnings): the next step asks only for that. */
  teamGaps?: readonly TeamWarning[];
}

export type PlanningReason = 'missing' | 'blocked' | 'day_off';

export type NextAction =
  | { role: 'coordinator'; code: CoordinatorActionCode; params: ActionParams }
  | { role: 'member'; code: MemberActionCode; params: ActionParams };

export interface Progress {
  steps: StepProgress[];
  /** Null when all four steps are done. */
  current: StepNumber | null;
  next: NextAction;
}
