// Where the team stands in the leerlijn and the one thing the person asking can do next.
// Pure: the caller reads the facts from the store and passes `now`; the result is codes with
// parameters (never texts), so `status`, `help` and every "what next" line agree.
//
// A step is done when its result exists (leerlijn.md, "Timeline"): 1 the ten agreed week-1
// scores; 2 an actieplan with actions, once its meeting is over; 3 an interim Evaluatielijst,
// once the terugkombijeenkomst is over; 4 the agreed week-17 scores, the final Evaluatielijst
// and the comparison. The first step not done is the current one.
import { ONDERDEEL_CODES } from './instrument.js';
import { FOLLOW_UP_KIND, MEETING_KINDS, MEETINGS, type MeetingKind } from './meetings.js';
import { activeMeeting, checkSchedule, meetingStarted } from './timeline.js';
import type { ActionParams, CoordinatorActionCode, MeetingFacts, MemberActionCode, NextAction, PlanningReason, Progress, ProgressFacts, Role, RoundFacts, RoundMoment, StepNumber, StepProgress, StepState } from './progress-types.js';

export type * from './progress-types.js';

type DatedMeeting = MeetingFacts & { startsAt: Date };
/** The facts with every meeting's start as a Date, checked once. */
type Facts = Omit<ProgressFacts, 'meetings'> & { meetings: readonly DatedMeeting[] };

const ALL = ONDERDEEL_CODES.length;
/** How long before a meeting members are asked to read its documents (the default invitation). */
const READ_AHEAD_DAYS = 7;

function withDates(input: ProgressFacts): Facts {
  const meetings = input.meetings.map((m) => {
    const startsAt = typeof m.startsAt === 'string' ? new Date(m.startsAt) : m.startsAt;
    if (Number.isNaN(startsAt.getTime())) throw new RangeError('invalid_instant');
    return { ...m, startsAt };
  });
  return { ...input, meetings };
}

const hasStarted = (facts: Facts, kind: MeetingKind): boolean => meetingStarted(facts.meetings, kind, facts.now);

function hasEnded(facts: Facts, kind: MeetingKind): boolean {
  const m = activeMeeting(facts.meetings, kind);
  if (!m) return false;
  return m.status === 'held' || facts.now.getTime() >= m.startsAt.getTime() + m.durationMinutes * 60_000;
}

function roundAgreed(round: RoundFacts | null): boolean {
  return round !== null && round.status === 'closed' && round.agreedCount >= ALL;
}

function stepDone(facts: Facts, step: StepNumber): boolean {
  switch (step) {
    case 1:
      return roundAgreed(facts.rounds.week1);
    case 2:
      return facts.actieplan.items > 0 && facts.actieplan.actions > 0 && hasEnded(facts, 'actieplan');
    case 3:
      return facts.evaluations.terugkom > 0 && hasEnded(facts, 'terugkom');
    case 4:
      return roundAgreed(facts.rounds.week17) && facts.evaluations.eind > 0 && facts.comparisonDone;
  }
}

function currentStep(facts: Facts): StepNumber | null {
  for (const step of [1, 2, 3, 4] as const) if (!stepDone(facts, step)) return step;
  return null;
}

function stepsOf(facts: Facts, current: StepNumber | null): StepProgress[] {
  const stopped = facts.leerlijnStatus === 'stopped';
  return MEETING_KINDS.map((kind, i) => {
    const step = (i + 1) as StepNumber;
    const ahead: StepState = stopped ? 'not_done' : step === current ? 'current' : 'upcoming';
    const state: StepState = current === null || step < current ? 'done' : ahead;
    return { step, kind, state, startsAt: activeMeeting(facts.meetings, kind)?.startsAt ?? null };
  });
}

/**
 * Before a meeting's week: before its invitation, when members start reading its documents. A
 * meeting's own work (the week-17 round) started sooner is out of its time.
 */
export function beforeMeetingWeek(startsAt: Date, now: Date): boolean {
  return startsAt.getTime() - now.getTime() > READ_AHEAD_DAYS * 86_400_000;
}

/** The step's meeting is near or here: the moment members read its documents. */
function withinReadAhead(facts: Facts, meeting: DatedMeeting): boolean {
  return !beforeMeetingWeek(meeting.startsAt, facts.now);
}

export function progressOf(input: ProgressFacts, role: Role): Progress {
  const facts = withDates(input);
  const current = currentStep(facts);
  const next = role === 'coordinator' ? coordinatorNext(facts, current) : memberNext(facts, current);
  return { steps: stepsOf(facts, current), current, next };
}

// ---- the coordinator ----

const coordinator = (code: CoordinatorActionCode, params: ActionParams = {}): NextAction => ({ role: 'coordinator', code, params });

// Advice-only schedule warnings (a late actieplan, a weekend) were shown when the meeting was
// planned; repeating them as the standing next step would nag a coordinator who chose so.
function planningProblem(facts: Facts): { kind: MeetingKind; reason: PlanningReason } | null {
  const missing = MEETING_KINDS.find((kind) => activeMeeting(facts.meetings, kind) === undefined);
  if (missing) return { kind: missing, reason: 'missing' };
  const planned = facts.meetings.filter((m) => m.status !== 'cancelled');
  // Only meetings still ahead can be moved; a problem with a past meeting is history.
  const blocked = checkSchedule(planned, facts.timezone).find((i) => i.blocking && !hasStarted(facts, i.kind));
  if (blocked) return { kind: blocked.kind, reason: 'blocked' };
  const dayOff = (facts.meetingsOnDaysOff ?? []).find((kind) => !hasStarted(facts, kind));
  return dayOff ? { kind: dayOff, reason: 'day_off' } : null;
}

/** Before the step's meeting: roles first, otherwise wait (the action owners first from step 3 on). */
function beforeMeeting(facts: Facts, kind: MeetingKind): NextAction {
  const meeting = activeMeeting(facts.meetings, kind);
  const params = { kind, ...(meeting ? { startsAt: meeting.startsAt } : {}) };
  const { looptVast, overdue } = facts.actions;
  if (MEETINGS[kind].step >= 3 && looptVast + overdue > 0) return coordinator('follow_up_actions', { looptVast, overdue });
  if (meeting && (meeting.notulistUserId === null || meeting.invullerUserId === null)) return coordinator('assign_roles', params);
  return coordinator('wait_for_meeting', params);
}

function roundNext(round: RoundFacts | null, moment: RoundMoment): NextAction | null {
  if (round === null) return coordinator(moment === 'week1' ? 'open_round' : 'open_week17', { moment });
  if (round.status === 'open') return coordinator('close_round', { moment });
  // Without a proposal left, "agree all" would take nothing over: the rest is chosen per onderdeel.
  if (round.agreedCount < ALL) return coordinator(round.proposalsLeft > 0 ? 'agree_scores' : 'choose_scores', { moment, count: ALL - round.agreedCount });
  return null;
}

/**
 * The round the coordinator deals with before the step's own work: week 1's in step 1 and week 17's in step 4 once opened,
 * and in step 2 or 3 a week-17 round opened early (`scores eind nu`) until its scores are agreed: its voters wait for the
 * close, and once closed its proposals wait to be agreed while the team still remembers them, as week 1's do.
 */
function roundInHand(facts: Facts, step: StepNumber): RoundMoment | null {
  if (step === 1) return facts.rounds.week1 !== null ? 'week1' : null;
  if (step === 4) return facts.rounds.week17 !== null ? 'week17' : null;
  const early = facts.rounds.week17;
  return early !== null && !roundAgreed(early) ? 'week17' : null;
}

function coordinatorStepNext(facts: Facts, step: StepNumber): NextAction {
  const kind = MEETING_KINDS[step - 1] ?? 'signalering';
  // A round opened early (or still open) needs closing whatever the clock says.
  const moment = roundInHand(facts, step);
  const roundAction = moment === null ? null : roundNext(facts.rounds[moment], moment);
  if (roundAction) return roundAction;
  // A step done before its meeting (week 1 agreed early) leaves an earlier meeting the next one, as the status says.
  if (!hasStarted(facts, kind)) return beforeMeeting(facts, firstAhead(facts, step)?.kind ?? kind);
  switch (step) {
    case 1:
      return roundNext(facts.rounds.week1, 'week1') ?? coordinator('wait_for_meeting', { kind });
    case 2:
      return coordinator('fill_actieplan', { kind });
    case 3:
      return coordinator('fill_terugkom', { kind });
    case 4:
      return (
        roundNext(facts.rounds.week17, 'week17') ??
        (facts.evaluations.eind === 0 ? coordinator('fill_eindevaluatie', { kind }) : coordinator('compare'))
      );
  }
}

/** A new evaluation meeting planned after the four steps and not begun yet. */
function comingFollowUp(facts: Facts): DatedMeeting | undefined {
  return hasStarted(facts, FOLLOW_UP_KIND) ? undefined : activeMeeting(facts.meetings, FOLLOW_UP_KIND);
}

/** After the four steps: a planned new evaluation meeting is prepared like the others; otherwise one can be planned. */
function coordinatorAfterSteps(facts: Facts): NextAction {
  if (!comingFollowUp(facts)) return coordinator('plan_new_evaluation');
  if (facts.meetingsOnDaysOff?.includes(FOLLOW_UP_KIND)) return coordinator('plan_meetings', { kind: FOLLOW_UP_KIND, reason: 'day_off' });
  return beforeMeeting(facts, FOLLOW_UP_KIND);
}

/** The current step's meeting has begun, or a round is in hand: the team waits on the coordinator for that work now. */
function stepUnderway(facts: Facts, step: StepNumber): boolean {
  return hasStarted(facts, MEETING_KINDS[step - 1] ?? 'signalering') || roundInHand(facts, step) !== null;
}

function coordinatorNext(facts: Facts, current: StepNumber | null): NextAction {
  if (facts.leerlijnStatus === 'stopped') return coordinator('none');
  if (current === null) return coordinatorAfterSteps(facts);
  // The team's gaps and a later meeting's day off wait until the meeting under way is done with.
  if (stepUnderway(facts, current)) return coordinatorStepNext(facts, current);
  if (facts.teamWarnings > 0 && current === 1) {
    return coordinator('set_team_sides', { count: facts.teamWarnings, ...(facts.teamGaps ? { teamGaps: facts.teamGaps } : {}) });
  }
  const problem = planningProblem(facts);
  if (problem) return coordinator('plan_meetings', problem);
  return coordinatorStepNext(facts, current);
}

// ---- a member ----

const member = (code: MemberActionCode, params: ActionParams = {}): NextAction => ({ role: 'member', code, params });

function openRoundToVote(facts: Facts): NextAction | null {
  for (const moment of ['week1', 'week17'] as const) {
    const round = facts.rounds[moment];
    if (round?.status === 'open' && round.ownVotes < ALL) return member('vote', { moment, count: ALL - round.ownVotes });
  }
  return null;
}

/** Before a meeting: read its documents when it is near, meanwhile one's own actions, or wait. */
function memberBeforeMeeting(facts: Facts, meeting: DatedMeeting): NextAction {
  const params = { kind: meeting.kind, startsAt: meeting.startsAt };
  if (withinReadAhead(facts, meeting)) return member('read_documents', params);
  if (facts.ownActions.open > 0) return member('update_own_actions', { count: facts.ownActions.open, overdue: 0 });
  return member('wait_for_meeting', params);
}

function memberNext(facts: Facts, current: StepNumber | null): NextAction {
  if (facts.leerlijnStatus === 'stopped') return member('none');
  const vote = openRoundToVote(facts);
  if (vote) return vote;
  const own = facts.ownActions;
  const kind = current === null ? null : (MEETING_KINDS[current - 1] ?? 'signalering');
  const meeting = kind === null ? undefined : activeMeeting(facts.meetings, kind);
  const ahead = kind !== null && meeting !== undefined && !hasStarted(facts, kind);
  // The team waits on what the invuller records: that comes before an overdue action of their own.
  if (current !== null && kind !== null && !ahead && isInvullerNow(facts, current, meeting)) return member('fill_as_invuller', { kind });
  if (own.overdue > 0) return member('update_own_actions', { count: own.open, overdue: own.overdue });
  if (current === null || kind === null) {
    const followUp = comingFollowUp(facts);
    if (followUp) return memberBeforeMeeting(facts, followUp);
    return own.open > 0 ? member('update_own_actions', { count: own.open, overdue: 0 }) : member('finished');
  }
  if (ahead && meeting) return memberBeforeMeeting(facts, firstAhead(facts, current) ?? meeting);
  // The meeting's work is the coordinator's; an action of one's own due within days is not nothing to do.
  if ((own.dueSoon ?? 0) > 0) return member('update_own_actions', { count: own.open, overdue: 0 });
  return member('wait_for_coordinator', { step: current, kind });
}

/**
 * The first meeting still ahead up to the current step's: a step done before its meeting (week 1 agreed early) leaves
 * that meeting the next one, as the status above the next step says.
 */
function firstAhead(facts: Facts, current: StepNumber): DatedMeeting | undefined {
  return MEETING_KINDS.slice(0, current)
    .map((kind) => activeMeeting(facts.meetings, kind))
    .find((m): m is DatedMeeting => m !== undefined && !hasStarted(facts, m.kind));
}

/** The invuller records the actieplan and the Evaluatielijsten (not the votes) once the meeting is on. */
function isInvullerNow(facts: Facts, step: StepNumber, meeting: DatedMeeting | undefined): boolean {
  if (!meeting || facts.askerUserId === undefined || meeting.invullerUserId !== facts.askerUserId) return false;
  return step === 2 || step === 3 || (step === 4 && facts.evaluations.eind === 0);
}
