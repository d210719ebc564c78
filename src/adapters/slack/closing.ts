// Closing a round: each card shows its distribution, proposal and bespreekpunt, and the
// coordinator confirms or sets the agreed score. With all ten agreed, the total, the fase
// and the filled Signaleringsinstrument go to the channel.
import { agreeAllProposed, closeRound, setAgreedScore } from '../../app/rounds.js';
import type { RoundView, ScoreCardView } from '../../app/views.js';
import { tError } from '../../i18n/index.js';
import { leerlijnById } from '../../store/leerlijnen.js';
import { roundsOf } from '../../store/rounds.js';
import { errorText, ephemeral, post, type SlackCtx, type WebClient } from './context.js';
import { renderCard, renderRoundClosed } from './render/cards.js';
import { renderInstrument, renderResult } from './render/instrument.js';
import { CardScoreValue } from './scoring.js';
import { cardKey, findMessage, rememberMessage, resultKey } from '../../store/posted-messages.js';
import type { ActionCall, CommandCall } from './types.js';

async function updateCard(cx: SlackCtx, client: WebClient, workspaceId: string, card: ScoreCardView): Promise<void> {
  const where = await findMessage(cx.deps.db, workspaceId, cardKey(card.roundId, card.onderdeel));
  if (!where) return;
  const r = renderCard(card);
  await client.chat.update({ channel: where.channelId, ts: where.messageId, text: r.text, blocks: r.blocks });
}

/** Once all ten are agreed: the result and the filled instrument, posted once and kept current. */
async function publishResult(cx: SlackCtx, client: WebClient, workspaceId: string, round: RoundView): Promise<void> {
  if (!round.result) return;
  const key = resultKey(round.roundId);
  const existing = await findMessage(cx.deps.db, workspaceId, key);
  const result = renderResult(round);
  if (existing) {
    await client.chat.update({ channel: existing.channelId, ts: existing.messageId, text: result.text, blocks: result.blocks });
    return;
  }
  const ts = await post(client, round.channelId, result);
  await rememberMessage(cx.deps.db, workspaceId, round.leerlijnId, key, { channelId: round.channelId, messageId: ts });
  const leerlijn = await leerlijnById(cx.deps.db, round.leerlijnId);
  await post(client, round.channelId, renderInstrument(round, leerlijn?.schoolName ?? ''));
}

export async function closeCommand(call: CommandCall): Promise<void> {
  await call.ack();
  const reply = (text: string): Promise<void> => ephemeral(call.client, call.channelId, call.userId, text);
  if (!call.leerlijn) return reply(tError(call.lang, 'no_leerlijn'));
  const open = (await roundsOf(call.cx.deps.db, call.leerlijn.id)).find((r) => r.status === 'open');
  if (!open) return reply(tError(call.lang, 'round_not_open'));
  try {
    const round = await closeRound(call.cx.deps, { workspaceId: call.workspaceId, userId: call.userId }, open.id);
    await call.cx.updater.closeRound(round.roundId);
    for (const card of round.cards) await updateCard(call.cx, call.client, call.workspaceId, card);
    await post(call.client, round.channelId, renderRoundClosed(round));
  } catch (error) {
    await reply(errorText(call.cx, call.lang, error, 'close'));
  }
}

export async function agree(call: ActionCall): Promise<void> {
  await call.ack();
  const parsed = CardScoreValue.safeParse(call.value);
  if (!parsed.success || !call.channelId) return;
  try {
    const round = await setAgreedScore(call.cx.deps, { workspaceId: call.workspaceId, userId: call.userId }, parsed.data);
    const card = round.cards.find((c) => c.onderdeel === parsed.data.onderdeel);
    if (card) await updateCard(call.cx, call.client, call.workspaceId, card);
    await publishResult(call.cx, call.client, call.workspaceId, round);
  } catch (error) {
    await ephemeral(call.client, call.channelId, call.userId, errorText(call.cx, call.cx.deps.defaultLang, error, 'agree'));
  }
}

export async function agreeAll(call: ActionCall): Promise<void> {
  await call.ack();
  if (!call.channelId) return;
  try {
    const round = await agreeAllProposed(call.cx.deps, { workspaceId: call.workspaceId, userId: call.userId }, call.value);
    for (const card of round.cards) await updateCard(call.cx, call.client, call.workspaceId, card);
    await publishResult(call.cx, call.client, call.workspaceId, round);
  } catch (error) {
    await ephemeral(call.client, call.channelId, call.userId, errorText(call.cx, call.cx.deps.defaultLang, error, 'agree_all'));
  }
}
