// Closing a round: the cards show their results and the coordinator agrees each score; then the total, the fase and
// the filled Signaleringsinstrument go to the channel. A round is also closed from the coordinator's reminder.
import { z } from 'zod';
import { agreeAllFlow, agreeFlow, type CardStage } from '../../app/flows/card-clicks.js';
import { roundRedraws, showClosedRound } from '../../app/flows/closing.js';
import type { RoundView } from '../../app/views.js';
import { channelLang } from '../../app/places.js';
import { orTell, post, type SlackCtx, type WebClient } from './context.js';
import { chunkBlocks, type Rendered } from './render/blocks.js';
import { renderCard, renderInstrument, renderResult, renderRoundClosed, renderRoundHeader } from './render/cards.js';
import { CardScoreValue } from './scoring.js';
import { tellClicker, tellPrivately } from './tell.js';
import { headerKey, instrumentKey, orGone, resultPartKey, roundThread, type PostedMessage } from '../../app/posted.js';
import { bothPublished, postPartsInOrder, publishOutcomeThenDocument, type KeptMessage, type OutcomeMessage, type PublishMode, type Published } from '../../app/result-publishing.js';
import { actorOf, type ActionCall } from './types.js';
import { tellNextStepInChannel } from '../../app/flows/next-step.js';
import type { ReplyView, TextView } from '../../app/flows/surface.js';
import { renderReply } from './render/reply.js';
import { postStepDocument } from './documents.js';
import { closeFromPromptFlow, type PromptCloseAnswer } from '../../app/flows/prompt-close.js';
import { isRateLimited } from './time-limits.js';
import { slackErrorCode } from './bot-token.js';

const redraws = (cx: SlackCtx, client: WebClient, workspaceId: string) => roundRedraws(cx, workspaceId, {
  platform: 'slack', head: renderRoundHeader, card: renderCard, closed: renderRoundClosed, headKeys: (roundId) => [headerKey(roundId)], isGone: messageGone,
  update: async (where, r: Rendered) => void (await client.chat.update({ channel: where.channelId, ts: where.messageId, text: r.text, blocks: r.blocks })),
});

/**
 * Posts each message of `r` (Block Kit's blocks per message) not posted before and updates the ones that were, each under
 * `keyOf(i)`; stops at the first refused post, deletes the messages left over when it needs fewer than were posted
 * (app/result-publishing.ts postPartsInOrder).
 */
function postOrUpdate(
  cx: SlackCtx, client: WebClient, round: RoundView, r: Rendered, at: { workspaceId: string; what: OutcomeMessage; keyOf: (part: number) => string; mode: PublishMode },
): Promise<Published> {
  const parts = chunkBlocks(r.blocks).map((blocks): KeptMessage => ({
    post: async () => ({ channelId: round.channelId, messageId: await post(client, round.channelId, { text: r.text, blocks }) }),
    update: (where) => orGone(client.chat.update({ channel: where.channelId, ts: where.messageId, text: r.text, blocks }), messageGone),
  }));
  // A leftover message Slack no longer has is as good as deleted.
  const removeLeftover = async (where: PostedMessage): Promise<void> => {
    await orGone(client.chat.delete({ channel: where.channelId, ts: where.messageId }), messageGone);
  };
  return postPartsInOrder(cx, { ...at, leerlijnId: round.leerlijnId }, parts, removeLeftover);
}

const messageGone = (error: unknown): boolean => slackErrorCode(error) === 'message_not_found';

/** After a close: the header loses its close button, the cards show their results. */
export function showRoundClosed(cx: SlackCtx, client: WebClient, workspaceId: string, round: RoundView, summary: boolean): Promise<TextView | null> {
  return showClosedRound(cx, workspaceId, round, summary, {
    ...redraws(cx, client, workspaceId),
    postClosed: async (closed) => ({ channelId: closed.channelId, messageId: await post(client, closed.channelId, renderRoundClosed(closed)) }),
  });
}

/**
 * The round's outcome in its channel, after an agreement (`mode` 'all') or `scores` (app/flows/rounds.ts), in the order
 * publishOutcomeThenDocument keeps. The result and the filled instrument are posted once and kept current: both state the
 * total, so both are updated.
 */
export function publishRoundOutcome(
  cx: SlackCtx, client: WebClient, actor: { workspaceId: string; userId: string }, round: RoundView, mode: PublishMode,
): Promise<Published> {
  const { workspaceId } = actor;
  return publishOutcomeThenDocument(cx.results, actor, round, {
    async outcome(latest, schoolName) {
      const result = await postOrUpdate(cx, client, latest, renderResult(latest), { workspaceId, what: 'round outcome', keyOf: (part) => resultPartKey(latest.roundId, part), mode });
      const instrument = await postOrUpdate(cx, client, latest, renderInstrument(latest, schoolName), {
        workspaceId, what: 'filled instrument', keyOf: (part) => instrumentKey(latest.roundId, part), mode,
      });
      return bothPublished(result, instrument);
    },
    head: redraws(cx, client, workspaceId).head,
    document: (document, latest) => postStepDocument(cx, client, { workspaceId, channelId: latest.channelId }, document),
  }, mode);
}

function stage(call: ActionCall, channelId: string): CardStage {
  const { cx, client, workspaceId } = call;
  const tell = (view: ReplyView) => tellPrivately(cx, client, { channelId, userId: call.userId }, renderReply(cx.deps.defaultLang, view));
  // The round's redraws as CardStage takes them; its head is not redrawn here (CardStage redrawHead).
  return {
    ...redraws(cx, client, workspaceId),
    publish: (round) => publishRoundOutcome(cx, client, { workspaceId, userId: call.userId }, round, 'all'),
    tellNextStep: (leerlijnId) => tellNextStepInChannel(cx, actorOf(call), { channelId, personal: false, leerlijnId }, tell),
    tell,
  };
}

export async function agree(call: ActionCall): Promise<void> {
  const parsed = CardScoreValue.safeParse(call.value);
  const channelId = call.channelId;
  if (!parsed.success || !channelId) return;
  const agreed = () => agreeFlow(call.cx.deps, actorOf(call), parsed.data, stage(call, channelId));
  // The card was clicked in the round's thread: answer there.
  const tell = async (words: string) => {
    const threadTs = await roundThread(call.cx.deps, call.workspaceId, parsed.data.roundId);
    await tellClicker(call, channelId, { threadTs })(words);
  };
  await orTell(call.cx, 'agree', agreed, tell, () => channelLang(call.cx.deps, call.workspaceId, channelId));
}

export async function agreeAll(call: ActionCall): Promise<void> {
  const channelId = call.channelId;
  if (!channelId) return;
  const agreed = () => agreeAllFlow(call.cx.deps, actorOf(call), call.value, stage(call, channelId));
  // The "agree all" button sits in the channel itself, so the answer goes there.
  await orTell(call.cx, 'agree_all', agreed, tellClicker(call, channelId), () => channelLang(call.cx.deps, call.workspaceId, channelId));
}

/** The reminder redrawn as the flow says (its button gone); failed for now, or the redraw refused (deleted), said privately. */
async function answerPrompt(call: ActionCall, channelId: string, answer: PromptCloseAnswer): Promise<void> {
  const tell = tellClicker(call, channelId);
  if ('failed' in answer) return tell(renderReply(call.cx.deps.defaultLang, answer.failed));
  const drawn = renderReply(call.cx.deps.defaultLang, 'redraw' in answer ? answer.redraw : answer.refused);
  try {
    if (call.messageTs) return void (await call.client.chat.update({ channel: channelId, ts: call.messageTs, text: drawn.text, blocks: drawn.blocks }));
  } catch (error) {
    call.cx.log.warn({ err: error }, 'slack: reminder not redrawn after its close');
  }
  await tell(drawn);
}

/** "Sluit de stemronde" in the coordinator's reminder: the round closed in its own channel. */
export async function closeFromPrompt(call: ActionCall): Promise<void> {
  const roundId = z.uuid().safeParse(call.value);
  const channelId = call.channelId;
  if (!roundId.success || !channelId) return;
  const { cx, client, workspaceId } = call;
  const roundClosed = (round: RoundView, summary: boolean) => showRoundClosed(cx, client, workspaceId, round, summary);
  const ctx = { deps: cx.deps, log: cx.log, actor: actorOf(call), surface: { throttled: isRateLimited, roundClosed } };
  const closed = async () => answerPrompt(call, channelId, await closeFromPromptFlow(ctx, roundId.data));
  await orTell(cx, 'prompt_close', closed, tellClicker(call, channelId));
}
