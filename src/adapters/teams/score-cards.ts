// Score rounds in a channel: one card per onderdeel, votes and notes through Action.Execute, the
// voter's own vote shown to them alone, the shared cards kept current (coalesced, once a second per card).
import { getOwnVote, getRound, votedCardView } from '../../app/round-views.js';
import type { Deps } from '../../app/context.js';
import type { DrawCount } from '../../app/live-counts.js';
import type { Logger } from '../../logger.js';
import { closeRoundFlow, roundRedraws, showClosedRound } from '../../app/flows/closing.js';
import { noteOnCard, noteRefusal, voteOnCard } from '../../app/flows/score-cards.js';
import { agreeAllFlow, agreeFlow, type CardStage } from '../../app/flows/card-clicks.js';
import { AppError, isAppError } from '../../app/errors.js';
import { takesVotes, type RoundView, type ScoreCardView } from '../../app/views.js';
import { voterAccounts } from '../../app/reach.js';
import type { Lang } from '../../domain/instrument.js';
import { errorCard, forTeams, teamsErrorWords, text, toneColor, type AdaptiveCard, type Json } from './cards/common.js';
import { MAX_REFRESH_USERS, roundOutcomeCard, roundResultCard, scoreCard } from './cards/score.js';
import { cardsToSend } from './cards/split.js';
import { VERB } from './cards/score-controls.js';
import { baseConversationId, type TeamsMessenger } from './messenger.js';
import { postToChannel, send, turnMessenger } from './forms.js';
import type { TeamsServices } from './services.js';
import { firstPosted, outcomeKey, resultKeys, type PostedMessage } from '../../app/posted.js';
import { postPartsInOrder, publishOutcomeThenDocument, type KeptMessage, type PublishMode, type Published } from '../../app/result-publishing.js';
import { postRoundOnce } from '../../app/flows/post-round.js';
import { placeOf, type Turn } from './turn.js';
import { tellNextStepInChannel } from '../../app/flows/next-step.js';
import { replyHere } from './shared-reply.js';
import { postStepDocument } from './documents.js';
import { roundClosedDoc } from '../../views/score.js';
import { docElements, teamsMarkup, toAdaptiveCard } from './cards/doc.js';
import { replyDoc } from '../../views/reply.js';
import type { TextView } from '../../app/flows/surface.js';
import { closeFromPromptFlow } from '../../app/flows/prompt-close.js';
import { isThrottled } from './retry.js';
import { renderReply, teamsPlainErrorOf } from './reply.js';

/** The voters' '29:…' ids: refresh.userIds names Teams users, while we store Entra object ids. */
const voterIds = (deps: Deps, workspaceId: string, leerlijnId: string): Promise<string[]> => voterAccounts(deps, workspaceId, leerlijnId, MAX_REFRESH_USERS);

/** Posts what of the round is not in the conversation yet: its result card, then one card per onderdeel (voters read once). */
export function postRound(svc: TeamsServices, turn: Turn, view: RoundView): Promise<number | 'busy'> {
  let voters: Promise<string[]> | undefined;
  return postRoundOnce(svc.deps, turn.actor.workspaceId, view, {
    channelId: turn.context.activity.conversation.id,
    headKeys: resultKeys(view.roundId),
    headOnlyWithCards: false,
    postHead: () => send(svc, turn, roundResultCard(view)),
    async postCard(card) {
      voters ??= voterIds(svc.deps, turn.actor.workspaceId, view.leerlijnId);
      return send(svc, turn, scoreCard(card, null, await voters));
    },
  });
}

/** After a step on a card its taker hears what is next, as any reply in that conversation (in a channel: their own view). */
const tellNextStep = (svc: TeamsServices, turn: Turn) => (leerlijnId: string): Promise<void> =>
  tellNextStepInChannel(svc, turn.actor, { ...placeOf(turn), leerlijnId }, (view) => replyHere(svc, turn, view));

/** The live count (app/live-counts.ts decides when): the shared card, with the voters it refreshes for. */
export function drawLiveCount(deps: Deps, messenger: TeamsMessenger, log: Logger): DrawCount {
  return async (workspaceId, where, card) => {
    const drawn = scoreCard(card, null, await voterIds(deps, workspaceId, card.leerlijnId));
    const result = await messenger.updateCard(workspaceId, where.channelId, where.messageId, drawn);
    if (!result.ok) log.warn({ error: result.error }, 'teams live count not drawn');
  };
}

/** The round's result card (its head), cards and round-closed message redrawn, coalesced per card; these always go out. */
const redraws = (svc: TeamsServices, workspaceId: string) => roundRedraws(svc, workspaceId, {
  platform: 'teams', head: roundResultCard, card: scoreCard, closed: roundClosedCard, headKeys: resultKeys,
  coalesce: (key, redraw) => svc.cards.request(key, redraw),
  async update(where, card: AdaptiveCard, key) {
    const result = await svc.messenger.updateCard(workspaceId, where.channelId, where.messageId, card);
    if (!result.ok) svc.log.warn({ key, error: result.error }, 'teams card update failed');
  },
});

const roundClosedCard = (round: RoundView): AdaptiveCard => toAdaptiveCard(roundClosedDoc(teamsMarkup([]), round));

/** After a close (showClosedRound decides what is drawn when, live counts dropped first): the round redrawn closed, the team told in a new message. */
export function showRoundClosed(svc: TeamsServices, turn: Turn, round: RoundView, summary: boolean): Promise<TextView | null> {
  const drawn = redraws(svc, turn.actor.workspaceId);
  return showClosedRound(svc, turn.actor.workspaceId, round, summary, {
    round: drawn.round,
    redrawClosed: drawn.redrawClosed,
    postClosed: (closed) => postInRoundChannel(svc, turn, closed, roundClosedCard(closed), 'round-closed message'),
  });
}

/**
 * To the round's channel (postToChannel). Refused, it throws (`what` says which message), and the flow tells whoever acted: of
 * the round-closed message app/flows/closing.ts (leftUntold), of the outcome app/flows/card-clicks.ts (outcomeNotPosted).
 */
async function postInRoundChannel(svc: TeamsServices, turn: Turn, round: RoundView, card: AdaptiveCard, what: string): Promise<PostedMessage | null> {
  const sent = await postToChannel(svc, turn, baseConversationId(round.channelId), card);
  if (!sent.ok) throw new Error(`${what} refused: ${sent.error}`);
  return sent.messageId ? { channelId: sent.conversationId, messageId: sent.messageId } : null;
}

/**
 * The round's outcome (total, fase, chart, instrument) as a new message at the bottom of the channel, where the team
 * reads on; the head card far above says only that all are agreed, with the total (roundResultCard). Posted once, updated after.
 * Too big for one message (long notes on every onderdeel) it goes as several (cards/split.ts), each kept under its own key
 * and updated where it stands: the whole card written into the last message would show its first part twice. Needing
 * fewer messages after, the ones left over are deleted (postPartsInOrder).
 */
function postOutcome(svc: TeamsServices, turn: Turn, round: RoundView, mode: PublishMode): Promise<Published> {
  const at = { workspaceId: turn.actor.workspaceId, leerlijnId: round.leerlijnId, what: 'round outcome' as const, keyOf: (part: number) => outcomeKey(round.roundId, part), mode };
  const messenger = turnMessenger(svc, turn);
  const parts = cardsToSend(roundOutcomeCard(round)).map((card): KeptMessage => ({
    post: () => postInRoundChannel(svc, turn, round, card, 'round outcome'),
    async update(where) {
      const result = await messenger.updateCard(at.workspaceId, where.channelId, where.messageId, card);
      if (result.ok) return;
      // Deleted in the channel: postOnceThenUpdate forgets it, for the next publish to post it again.
      if (result.gone) return 'gone';
      // Thrown, as a refused post is: postOnceThenUpdate logs it with the part's key.
      throw new Error(`round outcome update refused: ${result.error}`);
    },
  }));
  return postPartsInOrder(svc, at, parts, async (where, key) => {
    const result = await messenger.deleteMessage(at.workspaceId, where.channelId, where.messageId);
    if (result.ok || result.gone) return;
    // The channel, or the bot's place in it, gone: nothing a later publish could remove, so it is forgotten. Any other
    // refusal (a 400, the bot's credentials, an admin blocking the app for now) keeps it, for the next publish to try.
    if (!result.recipientGone && result.error !== 'no_channel_reference') throw new Error(`round outcome part not deleted: ${result.error}`);
    // The key names the round, never anything a person typed.
    svc.log.warn({ error: result.error, key }, 'round outcome part left over not deletable; forgotten');
  });
}

/**
 * The round's outcome in its channel, after an agreement (`mode` 'all') or `scores` (app/flows/rounds.ts), in the order
 * publishOutcomeThenDocument keeps, as on Slack.
 */
export function publishRoundOutcome(svc: TeamsServices, turn: Turn, round: RoundView, mode: PublishMode): Promise<Published> {
  return publishOutcomeThenDocument(svc.results, turn.actor, round, {
    outcome: (latest) => postOutcome(svc, turn, latest, mode),
    head: redraws(svc, turn.actor.workspaceId).head,
    document: (document) => postStepDocument(svc, turn, document),
  }, mode);
}

/**
 * "Sluit de stemronde" in the coordinator's reminder in her 1:1 chat: the answer is the reminder redrawn, or its refusal. A failure
 * is a message beside it instead, so Teams leaves the reminder with its button, to try again.
 */
export async function promptCloseInvoke(svc: TeamsServices, turn: Turn, data: Json): Promise<AdaptiveCard | string> {
  const roundClosed = (round: RoundView, summary: boolean) => showRoundClosed(svc, turn, round, summary);
  const ctx = { deps: svc.deps, log: svc.log, actor: turn.actor, lang: turn.lang, surface: { throttled: isThrottled, roundClosed } };
  const answered = await closeFromPromptFlow(ctx, String(data.roundId ?? ''));
  if ('failed' in answered) return teamsPlainErrorOf(turn.lang, answered.failed);
  return renderReply(turn.lang, 'redraw' in answered ? answered.redraw : answered.refused, new Map(), [], 'personal');
}

/** A refusal on top of the card, its commands the Teams way. */
function withBanner(card: AdaptiveCard, message: string): AdaptiveCard {
  return { ...card, body: [text(forTeams(message), { ...toneColor('attention'), weight: 'Bolder' }), ...card.body] };
}

/** What the flow tells the person who acted, under the card only they see, drawn as any reply of that tone. */
function withNotice(card: AdaptiveCard, lang: Lang, notice: TextView | undefined): AdaptiveCard {
  return notice ? { ...card, body: [...card.body, ...docElements(replyDoc(teamsMarkup([]), lang, notice).blocks)] } : card;
}

/** The card as this user should see it: only their own vote, never anyone else's. */
async function ownView(svc: TeamsServices, turn: Turn, card: ScoreCardView, said?: TextView): Promise<AdaptiveCard> {
  const open = takesVotes(card);
  const own = open ? await getOwnVote(svc.deps, turn.actor, card.roundId, card.onderdeel) : null;
  const view = scoreCard(card, own, open ? await voterIds(svc.deps, turn.actor.workspaceId, card.leerlijnId) : []);
  return withNotice(view, turn.lang, said);
}

/**
 * The voters of the channel's leerlijn, read beside the vote: it is nearly always on its cards (an earlier leerlijn's card
 * gets its own read after). bot.ts keeps the voter's account first, so they are on the card they get back.
 */
function channelVoters(svc: TeamsServices, turn: Turn): { leerlijnId: string; ids: Promise<string[]> } | null {
  if (!turn.leerlijn) return null;
  const ids = voterIds(svc.deps, turn.actor.workspaceId, turn.leerlijn.id);
  // Awaited only if the vote is taken; a refused vote must not leave its failure unhandled.
  void ids.catch(() => undefined);
  return { leerlijnId: turn.leerlijn.id, ids };
}

async function runVerb(svc: TeamsServices, turn: Turn, verb: string, data: Json): Promise<AdaptiveCard> {
  const { deps } = svc;
  const click = { roundId: String(data.roundId ?? ''), onderdeel: data.onderdeel, score: data.score, note: data.note };
  if (verb === VERB.vote) {
    // No second trip to Postgres after the vote: the count comes with it, the voters are read beside it.
    const voters = channelVoters(svc, turn);
    const { receipt, confirmation } = await voteOnCard(deps, turn.actor, click, { counted: true });
    svc.liveCounts.touch(turn.actor.workspaceId, receipt.card);
    const { leerlijnId } = receipt.card;
    const [view, ids] = await Promise.all([votedCardView(deps, receipt), voters?.leerlijnId === leerlijnId ? voters.ids : voterIds(deps, turn.actor.workspaceId, leerlijnId)]);
    return withNotice(scoreCard(view, receipt.score, ids), turn.lang, confirmation);
  }
  if (verb === VERB.refresh) {
    const card = (await getRound(deps, turn.actor, click.roundId)).cards.find((c) => c.onderdeel === click.onderdeel);
    if (!card) throw new AppError('invalid_input');
    return ownView(svc, turn, card);
  }
  if (verb === VERB.note) {
    const { card, confirmation } = await noteOnCard(deps, turn.actor, click);
    return ownView(svc, turn, card, confirmation);
  }
  if (verb === VERB.agree) {
    const { card, told } = await agreeFlow(deps, turn.actor, click, stage(svc, turn));
    return withNotice(scoreCard(card), turn.lang, told);
  }
  if (verb === VERB.close) {
    // The clicker's answer is the result card, closed; the team is told in a new message, as after `sluit`.
    const closing = { roundClosed: (round: RoundView, summary: boolean) => showRoundClosed(svc, turn, round, summary), tellNextStep: tellNextStep(svc, turn) };
    const closed = await closeRoundFlow(deps, turn.actor, click.roundId, closing);
    return withNotice(roundResultCard(closed.round), turn.lang, closed.notice ?? closed.untold);
  }
  const { round, told } = await agreeAllFlow(deps, turn.actor, click.roundId, stage(svc, turn));
  return withNotice((await clickedResultCard(svc, turn, round.roundId)) ? roundResultCard(round) : roundClosedCard(round), turn.lang, told);
}

/**
 * Whether "agree all" was pressed on the result card (which offered it before the round-closed message alone did):
 * Teams shows the answer in place of the card pressed, so it must be that card.
 */
async function clickedResultCard(svc: TeamsServices, turn: Turn, roundId: string): Promise<boolean> {
  const pressed = turn.context.activity.replyToId;
  return pressed !== undefined && (await firstPosted(svc.deps, turn.actor.workspaceId, resultKeys(roundId)))?.messageId === pressed;
}

/**
 * Teams' side of an agreement: the card agreed and the round card (it shows every agreement) redrawn, the outcome posted, the step's
 * document once. No `tell`: what the clicker is told privately comes back as the flow's `told`, for the invoke's answer (their own).
 */
function stage(svc: TeamsServices, turn: Turn): CardStage {
  const drawn = redraws(svc, turn.actor.workspaceId);
  return {
    // The card agreed (every card after "agree all"): the invoke answers its clicker, this draws it anew for everyone.
    redraw: drawn.redraw,
    redrawHead: drawn.head,
    redrawClosed: drawn.redrawClosed,
    publish: (round) => publishRoundOutcome(svc, turn, round, 'all'),
    tellNextStep: tellNextStep(svc, turn),
  };
}

export const SCORE_VERBS: ReadonlySet<string> = new Set(Object.values(VERB));

/** The invoke answer: the card as this user should now see it, or the card with a clear refusal. */
export async function scoreInvoke(svc: TeamsServices, turn: Turn, verb: string, data: Json): Promise<AdaptiveCard> {
  try {
    return await runVerb(svc, turn, verb, data);
  } catch (error) {
    if (!isAppError(error)) throw error;
    // A note typed after closing is not a refused vote: say what happened to the note.
    const refusal = () => teamsErrorWords(turn.lang, error, { unexpected: () => undefined });
    const message = verb === VERB.note ? noteRefusal(error, turn.lang, refusal) : refusal();
    try {
      const view = await getRound(svc.deps, turn.actor, String(data.roundId ?? ''));
      const card = view.cards.find((c) => c.onderdeel === data.onderdeel);
      return withBanner(card ? scoreCard(card) : roundResultCard(view), message);
    } catch (inner) {
      if (!isAppError(inner)) throw inner;
      return errorCard(turn.lang, error);
    }
  }
}
