// Looking at things: help, status (a personal chat shows the person's own overview), the
// actions, one's own actions, and the comparison of week 17 with week 1.
import { listActions, myActions } from '../actions.js';
import { teamMembers } from '../leerlijn.js';
import { compareRounds, comparisonPosted, getEndedStatus, getStatusInChannel, mayPostComparison } from '../overview.js';
import { endedLeerlijnIn } from '../ended.js';
import { comparisonDocument } from '../step-documents.js';
import { keptDays } from '../retention.js';
import { homeWithNextSteps, nextStepFlow, progressFor } from './next-step.js';
import { leerlijnOf } from './leerlijn-of.js';
import { keptNothing, myData } from '../my-data.js';
import { inPersonalChat } from './reader-lang.js';
import { unknownArgument } from './error-view.js';
import { text, type CommandInput, type FlowCtx, type TextView } from './surface.js';
import { HANDOVER_WORDS, handOverFlow } from './handover.js';
import { errorWords, readOrApologize, saidOrDeliverAgain, sentAgain, type IsThrottled, type Redelivery } from '../error-words.js';
import { DeliverAgain, needsLogging } from '../errors.js';
import { placeLang } from '../places.js';
import type { Deps } from '../context.js';
import type { Lang } from '../../domain/instrument.js';
import type { Logger } from '../../logger.js';

/** The commands, and in a channel with a leerlijn the four steps and the asker's next action. */
export async function helpFlow(ctx: FlowCtx): Promise<void> {
  const progress = await progressFor(ctx);
  await ctx.surface.reply({ type: 'help', personal: ctx.place.personal, ...(progress ? { progress } : {}), ...keptDays(ctx.deps) });
}

/** Where no leerlijn runs, a stopped one whose data is kept says when it stopped and what can still be done. */
export async function statusFlow(ctx: FlowCtx): Promise<void> {
  if (ctx.place.personal) return ctx.surface.reply({ type: 'home', home: await homeWithNextSteps(ctx.deps, ctx.actor) });
  const ended = ctx.leerlijn ? null : await endedLeerlijnIn(ctx.deps, ctx.actor.workspaceId, ctx.place.channelId);
  if (!ctx.leerlijn && !ended) return ctx.surface.reply({ type: 'error', code: 'no_leerlijn' });
  const [status, progress] = await Promise.all([
    ended ? getEndedStatus(ctx.deps, ended) : getStatusInChannel(ctx.deps, ctx.actor.workspaceId, ctx.place.channelId),
    progressFor(ended ? { ...ctx, leerlijn: ended } : ctx),
  ]);
  await ctx.surface.reply({ type: 'status', status, ...(progress ? { progress } : {}) });
}

export async function myActionsFlow(ctx: FlowCtx): Promise<void> {
  await ctx.surface.reply({ type: 'my_actions', actions: await myActions(ctx.deps, ctx.actor.workspaceId, ctx.actor.userId) });
}

export async function actionsFlow(ctx: FlowCtx, input: CommandInput): Promise<void> {
  if (HANDOVER_WORDS.has(input.args[0]?.toLowerCase() ?? '')) return handOverFlow(ctx, input);
  if (input.args.length > 0) return unknownArgument(ctx, input);
  const leerlijn = leerlijnOf(ctx);
  const actions = await listActions(ctx.deps, ctx.actor, leerlijn.id);
  await ctx.surface.reply({ type: 'actions', actions, members: await teamMembers(ctx.deps, ctx.actor, leerlijn.id) });
}

/**
 * Everyone receives the analysis: it goes to the channel. Once it is there, a member asking again
 * is pointed to it, only them (the reply), rather than the channel getting it and its PDF again,
 * unless an agreed score changed since (then the one there is no longer true); the coordinator may always post it again.
 */
export async function compareFlow(ctx: FlowCtx): Promise<void> {
  const comparison = await compareRounds(ctx.deps, ctx.actor, leerlijnOf(ctx).id);
  if (!(await mayPostComparison(ctx.deps, ctx.actor, comparison))) return ctx.surface.reply(text('compare.alreadyPosted'));
  await ctx.surface.post({ type: 'comparison', comparison, document: comparisonDocument(comparison) });
  await comparisonPosted(ctx.deps, ctx.actor, comparison);
  await nextStepFlow(ctx);
}

/**
 * The bot was added to a channel or team: it says who it is, what it keeps, and how to start.
 * Added to someone's personal chat, where no leerlijn starts, it shows them their own overview,
 * as Slack's App Home does.
 */
export async function welcomeFlow(ctx: FlowCtx): Promise<void> {
  if (ctx.place.personal) return statusFlow(await inPersonalChat(ctx, false));
  // Added back where a leerlijn is: it points to that one, in its language, not to a start that would be refused.
  const ended = ctx.leerlijn ? null : await endedLeerlijnIn(ctx.deps, ctx.actor.workspaceId, ctx.place.channelId);
  const kept = ctx.leerlijn !== null || ended !== null;
  await ctx.surface.post({ type: 'welcome', lang: ended?.lang ?? ctx.lang, ...(kept ? { kept } : {}) });
}

/**
 * Where the bot was just added, as the platform said it, nothing read yet. `read` reads who and
 * where (null: nothing to say, e.g. an event the platform sent again); it fails while the database
 * does not answer. In a channel the adapter can `welcome` without it; in a personal chat it can
 * only `apologize`, as the welcome there is the person's own overview. `ownLang`: the language the
 * platform says the person who added it uses, if any (placeLang). `throttled`: the platform's "wait, then try again" (a welcome
 * refused so is a warning, any other failure an error). `refusedCode`: the platform's code when it refused the welcome as
 * such (a Slack channel where only admins post): no fault of ours, and commands still work there, so a warning with that code.
 */
export type Arrival = {
  read: () => Promise<FlowCtx | null>; ownLang?: Lang | null; throttled?: IsThrottled; refusedCode?: (error: unknown) => string | undefined; again?: WelcomeAgain;
} & (
  | ({ personal: false; welcome: (lang: Lang) => Promise<void> } & Redelivery)
  | ({ personal: true; apologize: (words: string) => Promise<unknown> } & Redelivery)
);

/**
 * Given by a platform that sends the arrival again: a welcome that failed for now (`passing`: no answer,
 * a 5xx) is asked for again, its arrival first unmarked as seen (`unmark`), so the redelivery welcomes.
 */
export interface WelcomeAgain {
  passing: (error: unknown) => boolean;
  unmark: () => Promise<void>;
}

/**
 * The bot was added (welcomeFlow), also while the database does not answer: the platform will not
 * tell us again, so what can be said without it is said now. A channel gets its welcome in the
 * language of a place without a leerlijn (its leerlijn's cannot be read, and a channel the bot was
 * just added to almost never has one); a personal chat is asked to try again, also when its
 * overview is what cannot be read. `what` is the warning logged then (the adapter's words for what was not kept).
 */
export async function arrivalFlow(deps: Pick<Deps, 'defaultLang'>, log: Logger, what: string, arrival: Arrival): Promise<void> {
  // As once read where no leerlijn says one: the language of whoever added it, where known (placeLang).
  const unread = placeLang(deps, null, arrival.ownLang ?? null);
  if (arrival.personal) return personalArrival(log, what, unread, arrival);
  let ctx: FlowCtx | null;
  try {
    ctx = await arrival.read();
  } catch (error) {
    // Not remembered, and where not welcomed either, a platform that can is asked to send it again: then both are done.
    if (sentAgain(arrival)) return saidOrDeliverAgain(() => welcomeUnlessRefused(log, unread, arrival), { err: error }, what, log, arrival);
    log.warn({ err: error }, what);
    return arrival.welcome(unread).catch((unsaid: unknown) => welcomeUnsaid(log, unsaid, arrival));
  }
  if (ctx) await welcomeFlow(ctx).catch((error: unknown) => welcomeFailed(log, error, arrival));
}

/**
 * The welcome, with the database, did not get through (in a personal chat: nor the apology for it). Its arrival was marked as seen (a redelivery
 * says "welcomed already"), so the platform sent nothing again and nobody was ever welcomed. A failure
 * that may pass is asked for again, unmarked first; throttled or refused as such, it is not (welcomeUnsaid).
 */
async function welcomeFailed(log: Logger, error: unknown, arrival: Arrival): Promise<void> {
  const again = !arrival.throttled?.(error) && arrival.again?.passing(error) ? arrival.again : undefined;
  // Not unmarked (the database went meanwhile): a redelivery would not welcome either.
  if (!again || !(await again.unmark().then(() => true, () => false))) return welcomeUnsaid(log, error, arrival);
  log.warn({ err: error }, 'welcome not delivered; to be delivered again');
  throw new DeliverAgain('welcome not delivered', { cause: error });
}

/**
 * The welcome said without the database. One the platform refuses as such (refusedCode: a Slack channel where only
 * admins post) is that warning, as with the database: sent the event again, the platform would refuse it again.
 */
async function welcomeUnlessRefused(log: Logger, lang: Lang, arrival: Extract<Arrival, { personal: false }>): Promise<void> {
  try {
    await arrival.welcome(lang);
  } catch (error) {
    if (arrival.refusedCode?.(error) === undefined) throw error;
    welcomeUnsaid(log, error, arrival);
  }
}

/** Added to a personal chat: its welcome is the person's own overview, and "try again" where it cannot be shown. */
async function personalArrival(log: Logger, what: string, unread: Lang, arrival: Extract<Arrival, { personal: true }>): Promise<void> {
  const ctx = await readOrApologize({ read: arrival.read, apologize: arrival.apologize, what, log, defaultLang: unread, redelivers: sentAgain(arrival) });
  if (!ctx) return;
  // Past the read, as after any command: an outage is "try again", anything else an error in the log too.
  try {
    await welcomeFlow(ctx);
  } catch (error) {
    const unexpected = (err: unknown): void => log.error({ err }, 'welcome in a personal chat failed');
    const throttled = arrival.throttled && { is: arrival.throttled, warn: () => log.warn('welcome in a personal chat throttled') };
    const words = errorWords(ctx.lang, error, { fields: false, unexpected, ...(throttled ? { throttled } : {}) });
    await Promise.resolve(arrival.apologize(words)).catch((unsaid: unknown) => welcomeFailed(log, unsaid, arrival));
  }
}

/**
 * A welcome the platform would not take: the conversation is remembered, and the welcome alone is not worth the
 * platform sending its event again, each time posting where posts are refused; the platform hears it was handled.
 * Throttled past what a turn waits, or refused as such, nothing is broken: a warning. Anything else is an error:
 * nobody was told, and an operator must see it.
 */
function welcomeUnsaid(log: Logger, error: unknown, arrival: Pick<Arrival, 'throttled' | 'refusedCode'>): void {
  // Reported already (the bot's own credentials refused): the log has its one line.
  if (!needsLogging(error)) return;
  const line = 'welcome not delivered; the platform is not asked to send the event again';
  const refused = arrival.refusedCode?.(error);
  if (refused !== undefined) log.warn({ error: refused }, `${line} (the platform refused it)`);
  else if (arrival.throttled?.(error)) log.warn({ err: error }, line);
  else log.error({ err: error }, line);
}

/**
 * `mijn-gegevens`: the asker's own votes and notes, privately (the right of access): as lines, and as a
 * file to keep, sent only to them. Never where everyone sees the reply (a Teams channel): the team would see each vote.
 */
export async function myDataFlow(ctx: FlowCtx): Promise<void> {
  if (ctx.place.repliesSeenByAll) return ctx.surface.reply(text('myData.inChannel'));
  const data = await myData(ctx.deps, ctx.actor, ctx.leerlijn?.id, ctx.lang);
  if (keptNothing(data)) return ctx.surface.reply(text('myData.none'));
  const rounds = new Map<string, typeof data.votes>();
  for (const v of data.votes) rounds.set(`${v.leerlijnId}:${v.moment}`, [...(rounds.get(`${v.leerlijnId}:${v.moment}`) ?? []), v]);
  const lines: TextView[] = [text('myData.intro')];
  for (const votes of rounds.values()) {
    const first = votes[0]!;
    lines.push(text('myData.votes', { school: first.schoolName, scores: votes.map((v) => `${v.onderdeel} ${v.score}`).join(', ') }, { terms: { moment: `moment.short.${first.moment}` } }));
  }
  for (const n of data.notes) lines.push(text('myData.note', { school: n.schoolName, onderdeel: n.onderdeel, note: n.body.slice(0, 500) }, { terms: { moment: `moment.short.${n.moment}` } }));
  for (const n of data.statusNotes) lines.push(text('myData.statusNote', { school: n.schoolName, action: n.action, note: n.body }));
  await ctx.surface.reply({ type: 'lines', lines: [...lines, text('myData.filePrivately')] });
  // After the lines, so the file follows what it holds; said again only where it did not go.
  const sent = await ctx.surface.sendPrivateFile({ kind: 'my-data', file: data.archive, lang: data.lang, leerlijnId: ctx.leerlijn?.id ?? null });
  if (sent.error !== undefined) await ctx.surface.reply(text('myData.fileNotSent', undefined, { tone: 'warning' }));
}
