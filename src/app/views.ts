// Neutral view models: what the use cases return and both adapters render. They hold
// codes and data, never platform JSON; texts come from i18n at render time.
import type { MeetingDayCheck } from '../domain/holidays.js';
import type { Region } from '../domain/school-holidays.js';
import type { Comparison } from '../domain/compare.js';
import type { CollaborationKind, Lang, OnderdeelCode, Score } from '../domain/instrument.js';
import type { DocumentRef, MeetingKind, ProgrammeItem } from '../domain/meetings.js';
import type { OnderdeelTally, Result } from '../domain/tally.js';
import type { Randvoorwaarde, TeamWarning } from '../domain/team.js';
import type { ScheduleIssue } from '../domain/timeline.js';
import type { Progress } from '../domain/progress.js';
import type { ActionRow } from '../store/actions.js';
import type { LeerlijnRow, MemberRow } from '../store/leerlijnen.js';
import type { RoundMoment } from '../store/rounds.js';

export type MemberView = MemberRow;

export interface LeerlijnView extends Omit<LeerlijnRow, 'workspaceId' | 'randvoorwaarden' | 'createdBy' | 'region'> {
  missingRandvoorwaarden: Randvoorwaarde[];
  members: MemberView[];
  teamWarnings: TeamWarning[];
}

export interface MeetingView {
  kind: MeetingKind;
  step: number;
  /** null for the optional new evaluation meeting, which has no set week. */
  week: number | null;
  /** The week its date falls in now (a moved meeting's may differ from `week`), 0 before week 1; null or left out where not told. */
  weekOfDate?: number | null;
  startsAt: string;
  localDate: string;
  localTime: string;
  weekday: number;
  durationMinutes: number;
  status: 'planned' | 'held' | 'cancelled';
  notulistUserId: string | null;
  invullerUserId: string | null;
  /** Where it takes place, as the coordinator wrote it (user text: escape when shown). */
  location: string | null;
  programme: readonly ProgrammeItem[];
  documents: readonly DocumentRef[];
}

export interface TimelineView {
  leerlijnId: string;
  channelId: string;
  timezone: string;
  lang: Lang;
  meetings: MeetingView[];
  issues: ScheduleIssue[];
  /** The school's region, when given: which school holidays `daysOff` looked at. */
  region: Region | null;
  /** Planned meetings on a public holiday or in the region's school holidays (with the nearest working days), or beyond the holiday data. */
  daysOff: MeetingDayCheck[];
  /** The move form lists the new evaluation meeting: planned already, or the eindevaluatie has begun (absent: not). */
  followUpOffered?: boolean;
  /** Just moved by `by`: the meeting and its start before and now (ISO), told above the planning. */
  moved?: { kind: MeetingKind; from: string; to: string; by: string };
}

export interface StartView {
  leerlijn: LeerlijnView;
  timeline: TimelineView;
}

export interface ClosedCard {
  tally: OnderdeelTally;
  agreed: Score | null;
  /** Kept when the coordinator set another score than the bot proposed. */
  agreedDiffers: boolean;
  notes: string[];
}

export interface ScoreCardView {
  roundId: string;
  leerlijnId: string;
  moment: RoundMoment;
  kind: CollaborationKind;
  lang: Lang;
  onderdeel: OnderdeelCode;
  status: 'open' | 'closed';
  /** Its leerlijn no longer runs: nothing on the card changes any more, so it offers no controls. */
  stopped: boolean;
  /** Its leerlijn is being deleted (drawn just before, as `stopped`): the card keeps its title and says so, without its data. */
  deleted?: boolean;
  votedCount: number;
  memberCount: number;
  closed: ClosedCard | null;
}

/** Votes and notes are taken (a card's, a round's): the round is open and its leerlijn still runs. */
export const takesVotes = (view: Pick<ScoreCardView, 'status' | 'stopped'>): boolean => view.status === 'open' && !view.stopped;

/** The card a vote went to; without counts, which the vote's path does not read. */
export type VotedCard = Pick<ScoreCardView, 'roundId' | 'leerlijnId' | 'moment' | 'kind' | 'lang' | 'onderdeel'>;

export interface VoteReceipt {
  score: Score;
  card: VotedCard;
  /** Asked for with the vote (castVote's `counted`): the card's count right after it, the vote included. */
  counts: Pick<ScoreCardView, 'votedCount' | 'memberCount'> | null;
}

export interface RoundView {
  roundId: string;
  leerlijnId: string;
  channelId: string;
  moment: RoundMoment;
  status: 'open' | 'closed';
  /** Its leerlijn no longer runs: the round is neither closed nor agreed any more, so it offers no controls. */
  stopped: boolean;
  /** Its leerlijn is being deleted: its head and closing message say so instead of that it stopped. */
  deleted?: boolean;
  kind: CollaborationKind;
  lang: Lang;
  cards: ScoreCardView[];
  result: Result | null;
  missing: OnderdeelCode[];
  /** A closed round's: how many people voted (on any card), of the team as it is now. */
  turnout?: { voters: number; members: number };
}

/** The proposal "agree all" takes over on a closed card not agreed yet, or null: what agreeAllProposed agrees and takesAgreements looks for. */
export const proposalToTake = (card: Pick<ScoreCardView, 'closed'>): Score | null =>
  card.closed !== null && card.closed.agreed === null ? card.closed.tally.proposed : null;

/**
 * Proposals can still be taken over at once: the round is closed, its leerlijn still runs, and some onderdeel not agreed has
 * a proposal. Once none has, "agree all" would take nothing over: the rest is chosen per card (progress.ts choose_scores).
 */
export const takesAgreements = (round: Pick<RoundView, 'status' | 'stopped' | 'cards'>): boolean => closedRoundNext(round) === 'agree';

/**
 * What the round-closed message says comes next: take the proposals over ('agree'), choose a score per onderdeel since none
 * left has a proposal ('choose': the coordinator still sets them, "agree all" would take nothing over), or nothing once all are agreed or it stopped.
 */
export function closedRoundNext(round: Pick<RoundView, 'status' | 'stopped' | 'cards'>): 'agree' | 'choose' | null {
  if (round.status !== 'closed' || round.stopped) return null;
  if (round.cards.some((c) => proposalToTake(c) !== null)) return 'agree';
  return round.cards.some((c) => c.closed !== null && c.closed.agreed === null) ? 'choose' : null;
}

/**
 * What a round's head (Slack's round header, Teams' result card) says of the round and offers, decided once for both
 * platforms. A closed round is told in the round-closed message posted under it (flows/closing.ts showClosedRound), which
 * alone offers "agree all": the head says neither, or the channel reads the same sentence and button twice. Once all ten
 * are agreed the full outcome (chart, instrument) is its own message at the bottom (result-publishing.ts): the head says
 * only 'agreed', with the total and the fase, and points there, so the team never reads the outcome twice. While the
 * channel refused the outcome (`outcomeInChannel` false, as its publish found: result-publishing.ts) it is 'agreedOnly':
 * the total and the fase, as everyone else is told, without pointing to an outcome that is not there.
 */
export function roundHeadSays(round: Pick<RoundView, 'status' | 'stopped' | 'result'>, outcomeInChannel = true): HeadSays {
  if (round.stopped) return { state: 'stopped', close: false };
  if (round.status === 'open') return { state: 'opened', close: true };
  if (!round.result) return { state: null, close: false };
  return { state: outcomeInChannel ? 'agreed' : 'agreedOnly', close: false, result: round.result };
}

/** What the head says; 'agreed' and 'agreedOnly' (the outcome not in the channel) carry the result they state. */
export type HeadSays = { state: 'opened' | 'stopped' | null; close: boolean } | { state: 'agreed' | 'agreedOnly'; close: false; result: Result };

export interface ActionView extends ActionRow {
  /** Past its due day in the leerlijn's timezone and not klaar. */
  overdue: boolean;
  /** Its owner was taken off the team: nobody is reminded of it until it gets a new owner. Set in the team's lists: acties, the actieplan, the Evaluatielijst, the digest. */
  ownerOffTeam?: boolean;
  /** With `ownerOffTeam`: the name they went by on the team, when the bot kept it (people taken off before it did were not). */
  formerOwnerName?: string;
  /** Set in one's own list over all leerlijnen (mijn-acties): the leerlijn it is in, as that list names it above its actions. */
  leerlijnName?: { schoolName: string; youthOrgName: string };
}

export interface PlanItemView {
  onderdeel: OnderdeelCode;
  watKanBeter: string;
  gewensteEindsituatie: string;
  actions: ActionView[];
}

export interface ActionPlanView {
  leerlijnId: string;
  channelId: string;
  lang: Lang;
  items: PlanItemView[];
  /** Onderdelen in the order to offer them: lowest agreed week-1 score first. */
  suggestedOrder: OnderdeelCode[];
  week1Scores: Partial<Record<OnderdeelCode, Score>>;
}

export type EvaluationMoment = 'terugkom' | 'eind';

export interface EvaluationItemView {
  onderdeel: OnderdeelCode;
  gewensteEindsituatie: string | null;
  bereikt: Score | null;
  toelichting: string | null;
  ondernomen: string | null;
  /** Actions marked klaar, offered as the start of "welke acties zijn ondernomen". */
  doneActions: ActionView[];
  openActions: ActionView[];
}

export interface EvaluationView {
  leerlijnId: string;
  channelId: string;
  lang: Lang;
  moment: EvaluationMoment;
  items: EvaluationItemView[];
}

export interface ComparisonView {
  leerlijnId: string;
  channelId: string;
  lang: Lang;
  comparison: Comparison;
  /** How many people voted in week 1's round, in week 17's, and in both: the team may have changed between them. */
  voters?: { week1: number; week17: number; both: number };
}

export interface StatusView {
  leerlijn: LeerlijnView;
  /** When it stopped, for one that no longer runs (its next meeting is then none). */
  endedAt?: string;
  /** For one that no longer runs, under a retention term: the day (its local date) its data is deleted. */
  deleteOn?: string;
  nextMeeting: MeetingView | null;
  /** The next meeting has begun (and not ended): it is on now. */
  meetingUnderway: boolean;
  rounds: Array<{ moment: RoundMoment; status: 'open' | 'closed'; result: Result | null }>;
  actions: { open: number; bezig: number; klaar: number; looptVast: number; overdue: number };
}

export interface HomeView {
  userId: string;
  lang: Lang;
  /**
   * `next`: the reader's next step there, where the overview is their answer to 'status' or 'wat nu' (app/flows/next-step.ts);
   * `nextInChannel`: that step is taken only in the leerlijn's channel (its command or its cards), not where the overview is read.
   */
  leerlijnen: Array<{ leerlijn: LeerlijnView; nextMeeting: MeetingView | null; meetingUnderway: boolean; myActions: ActionView[]; next?: Progress; nextInChannel?: boolean }>;
  /** The ended leerlijnen they coordinate, whose data is still kept: when each ended and, under a retention term, the day its data goes. */
  ended?: Array<{ leerlijn: LeerlijnView; endedAt: string; deleteOn?: string }>;
  /** Nothing listed, but they are on the team of an ended leerlijn someone else coordinates. */
  onEndedTeam?: true;
  /**
   * Their open actions in running leerlijnen whose team they are no longer on, each naming its leerlijn: they stay theirs
   * to update until the coordinator hands them over, as `mijn-acties` lists them.
   */
  keptActions?: ActionView[];
}

/** A message left behind, as it is drawn once its leerlijn is deleted: without controls, saying so. */
export type LeftoverView =
  | { type: 'round_head'; round: RoundView }
  | { type: 'score_card'; card: ScoreCardView }
  | { type: 'round_closed'; round: RoundView }
  /** A document's link or a shared reply: nothing of it is left to show but that its leerlijn was deleted. */
  | { type: 'deleted'; lang: Lang };
