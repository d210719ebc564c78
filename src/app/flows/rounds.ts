// Score rounds by command: `scores` (week 1) / `scores eind` (week 17), `sluit`, and
// `evaluatie [terugkom|eind]`, whose `eind` also opens the week-17 round for the coordinator.
import { ONDERDELEN } from '../../domain/instrument.js';
import { ALL_MEETING_KINDS, EVALUATION_MEETING, meetingDefinition, SCORING_MOMENT, type MeetingKind } from '../../domain/meetings.js';
import { fillsIn } from '../fillers.js';
import { getEvaluation, startFinalEvaluation } from '../evaluation.js';
import { isAppError } from '../errors.js';
import { teamMembers } from '../leerlijn.js';
import { nextRound, openRound } from '../rounds.js';
import { closedRoundOf, openRoundOf } from '../round-views.js';
import { closedKey, forgetPosted, postedUnder, untoldKey, whilePosting } from '../posted.js';
import type { EvaluationMoment, RoundView } from '../views.js';
import { resultHeading } from '../../views/results.js';
import { leerlijnOf } from './leerlijn-of.js';
import { errorView, unknownArgument } from './error-view.js';
import { nextStepFlow } from './next-step.js';
import { closeRoundFlow } from './closing.js';
import { outcomeNotPosted } from './card-clicks.js';
import { text, type CommandInput, type FlowCtx, type ReplyView, type TextView } from './surface.js';
import type { Actor, Deps, LeerlijnRow } from '../context.js';

// Maps: a typed `constructor` or `__proto__` must find nothing, not Object.prototype's.
const ROUND_WORDS: ReadonlyMap<string, 'week1' | 'week17'> = new Map(Object.entries({
  '': 'week1', week1: 'week1', '1': 'week1', week17: 'week17', '17': 'week17', eind: 'week17', final: 'week17',
} as const));
const EVALUATION_WORDS: ReadonlyMap<string, EvaluationMoment> = new Map(Object.entries({
  '': 'terugkom', terugkom: 'terugkom', tussen: 'terugkom', interim: 'terugkom', week9: 'terugkom', '9': 'terugkom',
  eind: 'eind', final: 'eind', week17: 'eind', '17': 'eind',
} as const));

/** An argument as the maps spell it: "Week 17", as the bot itself writes the week, is "week17". */
const argumentWord = (arg: string): string => arg.trim().toLowerCase().replace(/^week\s+(\d+)$/, 'week$1');

/** The round a `scores` argument names, or null for a word we do not know. */
export function roundMomentOf(arg: string): 'week1' | 'week17' | null {
  return ROUND_WORDS.get(argumentWord(arg)) ?? null;
}

/** The Evaluatielijst an `evaluatie` argument names, or null for a word we do not know. */
export function evaluationMomentOf(arg: string): EvaluationMoment | null {
  return EVALUATION_WORDS.get(argumentWord(arg)) ?? null;
}

/** A meeting by its code or its name in either language, the English one also without "meeting" ("action plan"). */
const MEETING_NAMES: ReadonlyMap<string, MeetingKind> = new Map(ALL_MEETING_KINDS.flatMap((kind) => {
  const { nl, en } = meetingDefinition(kind).name;
  return [kind, nl, en, en.replace(/ meeting$/i, '')].map((name) => [argumentWord(name), kind] as const);
}));

/**
 * The meeting a `planning rollen` argument names: by name, or by the word `scores` or `evaluatie` takes for the
 * round or list it holds (`final`, `week 17`, `interim`); null for a word we do not know.
 */
export function meetingKindOf(arg: string): MeetingKind | null {
  const word = argumentWord(arg);
  if (word === '') return null;
  const round = roundMomentOf(word);
  const evaluation = evaluationMomentOf(word);
  const scoredAt = ALL_MEETING_KINDS.find((kind) => round !== null && SCORING_MOMENT[kind] === round);
  return MEETING_NAMES.get(word) ?? scoredAt ?? (evaluation ? EVALUATION_MEETING[evaluation] : null);
}

/** A last word `nu` (`now`) after week 17's confirms opening it before its meeting's week (app openRound). */
function scoresArguments(args: readonly string[]): { moment: 'week1' | 'week17' | null; early: boolean } {
  const last = args.at(-1)?.toLowerCase();
  const early = args.length > 1 && (last === 'nu' || last === 'now');
  const moment = roundMomentOf((early ? args.slice(0, -1) : args).join(' '));
  return { moment: early && moment !== 'week17' ? null : moment, early };
}

/**
 * Opens the round, or, when it is already open, posts whatever an earlier `scores` could not
 * (the bot was not in the channel, a rate limit); with every card in place it says the round
 * exists. A closed round is never reopened: it says so, and what comes next (its cards take no
 * votes; the start message's button still runs this after the round); what the channel refused
 * of it (its round-closed message, its outcome) is posted then (closedAgain).
 */
export async function scoresFlow(ctx: FlowCtx, input: CommandInput): Promise<void> {
  const leerlijn = leerlijnOf(ctx);
  const { moment, early } = scoresArguments(input.args);
  if (!moment) return unknownArgument(ctx, input);
  let round: RoundView | null;
  let exists: unknown = null;
  try {
    round = await openRound(ctx.deps, ctx.actor, leerlijn.id, moment, { early });
  } catch (error) {
    if (!(isAppError(error) && error.code === 'round_exists')) throw error;
    exists = error;
    round = await openRoundOf(ctx.deps, ctx.actor, leerlijn.id, moment);
    if (!round) return closedAgain(ctx, leerlijn.id, moment);
  }
  const result = await ctx.surface.postRound(round);
  if ('busy' in result) return ctx.surface.reply(text('round.beingPosted'));
  if ('posted' in result && result.posted === 0 && exists) await ctx.surface.reply(errorView(ctx, exists, 'scores'));
}

/**
 * `scores` for a round that is closed: what the channel refused of it is posted now (its round-closed message, its
 * outcome), and it says the round is closed, with what comes next; where the round-closed message was owed, that
 * message says it (the reply to it, when refused again).
 */
async function closedAgain(ctx: FlowCtx, leerlijnId: string, moment: 'week1' | 'week17'): Promise<void> {
  const terms = { moment: `moment.${moment}` } as const;
  const closed = await closedRoundOf(ctx.deps, ctx.actor, leerlijnId, moment);
  if (!closed) {
    await ctx.surface.reply(text('round.closedAlready', undefined, { terms, tone: 'warning' }));
    return nextStepFlow(ctx);
  }
  const told = await toldClosedAgain(ctx, closed);
  const outcome = await outcomeAgain(ctx, closed);
  // All ten agreed and the outcome in the channel (now, or already): it says so and points there. Refused again,
  // 'closedAlready' and the outcome's refusal (outcomeNotPosted) say what is owed and how it comes.
  const agreed = closed.result != null && !outcome;
  // Said in the round's language, as the outcome after it: the place may speak another (the reader's own).
  // The outcome named by its own title, as its message is headed (views/results.ts resultHeading).
  const said = text(agreed ? 'round.closedAgreed' : 'round.closedAlready', agreed ? { heading: resultHeading(closed) } : undefined, {
    terms, tone: agreed ? 'good' : 'warning', lang: closed.lang,
  });
  if (!told) await ctx.surface.reply(said);
  if (outcome) await ctx.surface.reply(outcome);
  if (!told) await nextStepFlow(ctx);
}

/**
 * All ten agreed: the outcome published under the claim an agreement publishes it under (ResultPublishing.latest), but only
 * what is missing ('missing'): a message the channel refused (or someone deleted, as an agreement found) is posted now,
 * once, and the head with it; the messages in the channel are not redrawn, as nothing changed them (an agreement redraws
 * them), so typing `scores` again and again sends the platform nothing. The step's document comes once, as after an agreement. Refused
 * again, what its coordinator hears.
 */
async function outcomeAgain(ctx: FlowCtx, closed: RoundView): Promise<TextView | null> {
  if (!closed.result) return null;
  const published = await ctx.surface.publishOutcome(closed, 'missing');
  // Posted now, the publish drew the head pointing to it (result-publishing.ts publishOutcomeThenDocument).
  return published === 'refused' ? outcomeNotPosted(closed) : null;
}

/**
 * A closed round whose round-closed message was not posted (closing.ts showClosedRound, marked untold:<round>) has
 * it posted now, with "agree all": true when there was one to post. Refused again, its coordinator is told again.
 * Posted under the posting claim, and looked for again under it: two `scores` at once would each have posted it. The
 * one that finds it posted, or being posted, hears that the round is closed. The mark goes before the post, not after:
 * a post that landed where neither the platform named nor the database kept (closed:<round>) is then not posted again.
 */
async function toldClosedAgain(ctx: FlowCtx, closed: RoundView): Promise<boolean> {
  const { workspaceId } = ctx.actor;
  const { leerlijnId } = closed;
  // Only one marked refused: a round closed before closed:<round> was kept has no record either, and its channel was told.
  const untold = async (): Promise<boolean> => {
    const kept = (await postedUnder(ctx.deps, workspaceId, [untoldKey(closed.roundId), closedKey(closed.roundId)])).map((m) => m.key);
    return kept.includes(untoldKey(closed.roundId)) && !kept.includes(closedKey(closed.roundId));
  };
  if (!(await untold())) return false;
  const told = await whilePosting(ctx.deps, { workspaceId, leerlijnId, what: closedKey(closed.roundId) }, async () => {
    if (!(await untold())) return false;
    // Refused again, it is marked again (closing.ts showClosedRound).
    await forgetPosted(ctx.deps, workspaceId, untoldKey(closed.roundId));
    const untoldAgain = await ctx.surface.roundClosed(closed, true);
    if (untoldAgain) await ctx.surface.reply(untoldAgain);
    return true;
  });
  return told === true;
}

/** Coordinator-only (checked by the runner). A close that lost a race to another close is "nothing open". */
export async function closeFlow(ctx: FlowCtx): Promise<void> {
  const leerlijn = leerlijnOf(ctx);
  const open = await openRoundOf(ctx.deps, ctx.actor, leerlijn.id);
  if (!open) return ctx.surface.reply(await noneOpen(ctx, leerlijn.id));
  await closeAndShow(ctx, open.roundId, () => noneOpen(ctx, leerlijn.id));
}

/**
 * Nothing to close, and what opens the next round: `scores` only while it would open one (app nextRound,
 * openRound's own rules), else agreeing week 1's remaining scores, else week 17's `scores eind`, when that round
 * is due, or that both are done.
 */
async function noneOpen(ctx: FlowCtx, leerlijnId: string): Promise<TextView> {
  const next = await nextRound(ctx.deps, ctx.actor, leerlijnId);
  const warning = { tone: 'warning' } as const;
  if ('done' in next) return text('round.noneOpenDone', {}, warning);
  // The button named by its own label, in the reader's language: one text for it, on the button.
  if ('missing' in next) {
    const none = next.missing === ONDERDELEN.length; // "10 of the 10" reads as a riddle
    if (!next.proposals) return text(none ? 'round.noneOpenChooseWeek1None' : 'round.noneOpenChooseWeek1', { missing: next.missing }, warning);
    return text(none ? 'round.noneOpenAgreeWeek1None' : 'round.noneOpenAgreeWeek1', { missing: next.missing }, { ...warning, terms: { button: 'card.button.agreeAll' } });
  }
  if ('waits' in next) return text('round.noneOpenUntil', { date: next.date }, warning);
  return text(next.opens === 'week1' ? 'round.noneOpen' : 'round.noneOpenWeek17', {}, warning);
}

/**
 * The close button on a posted round (Slack's round header): that round and no other, so an old
 * round's button cannot close a newer one. A round closed meanwhile is said so.
 */
export async function closeThisRoundFlow(ctx: FlowCtx, roundId: string): Promise<void> {
  try {
    await closeAndShow(ctx, roundId);
  } catch (error) {
    await ctx.surface.reply(errorView(ctx, error, 'close'));
  }
}

/**
 * Closes the round and shows it closed (./closing.ts), with what is next. When another close got there first, the
 * person hears the close's notice, or `raced` instead (`sluit` names no round: for it, none is open any more).
 */
async function closeAndShow(ctx: FlowCtx, roundId: string, raced?: () => Promise<TextView>): Promise<void> {
  const stage = { roundClosed: (round: RoundView, summary: boolean) => ctx.surface.roundClosed(round, summary), tellNextStep: () => nextStepFlow(ctx) };
  const closed = await closeRoundFlow(ctx.deps, ctx.actor, roundId, stage);
  if (closed.notice) await ctx.surface.reply(raced ? await raced() : closed.notice);
  if (closed.untold) await ctx.surface.reply(closed.untold);
}

export async function evaluationFlow(ctx: FlowCtx, input: CommandInput): Promise<void> {
  const leerlijn = leerlijnOf(ctx);
  const moment = evaluationMomentOf(input.args.join(' '));
  if (!moment) return unknownArgument(ctx, input);
  if (moment === 'terugkom') return ctx.surface.reply(await evaluationFor(ctx.deps, ctx.actor, leerlijn, moment));
  const members = await teamMembers(ctx.deps, ctx.actor, leerlijn.id);
  const started = await startFinalEvaluation(ctx.deps, ctx.actor, leerlijn.id);
  // The round is open either way; `scores eind` posts what the channel refused.
  if (started.round) await ctx.surface.postRound(started.round);
  // Only who fills it in gets the eindevaluatie's list (startFinalEvaluation refuses anyone else).
  if (started.evaluation) await ctx.surface.reply({ type: 'evaluation', evaluation: started.evaluation, members, canFill: true });
  if (started.roundRefused) await ctx.surface.reply(errorView(ctx, started.roundRefused, 'evaluatie'));
}

/** An Evaluatielijst as this person sees it: its buttons for who fills it in. */
export async function evaluationFor(deps: Deps, actor: Actor, leerlijn: LeerlijnRow, moment: EvaluationMoment): Promise<ReplyView> {
  const [evaluation, members, canFill] = await Promise.all([
    getEvaluation(deps, actor, leerlijn.id, moment), teamMembers(deps, actor, leerlijn.id), fillsIn(deps, actor, leerlijn, EVALUATION_MEETING[moment]),
  ]);
  return { type: 'evaluation', evaluation, members, canFill };
}
