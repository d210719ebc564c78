// Score rounds in the channel: a header and one card per onderdeel in its thread, votes
// (acknowledged only once committed), notes, and the coalesced live count.
import { z } from 'zod';
import { addNote, castVote, openRound } from '../../app/rounds.js';
import { ValidationError } from '../../app/errors.js';
import type { RoundView } from '../../app/views.js';
import { ONDERDEEL_CODES, SCALE, type OnderdeelCode, type Score } from '../../domain/instrument.js';
import { t, tError } from '../../i18n/index.js';
import { errorText, ephemeral, formErrors, leerlijnIn, langOf, post, type SlackCtx, type WebClient } from './context.js';
import { renderCard, renderRoundHeader, onderdeelTitle } from './render/cards.js';
import { modal, parseMeta, read, textInput } from './render/inputs.js';
import { cardKey, rememberMessage } from '../../store/posted-messages.js';
import type { ActionCall, CommandCall, SubmitCall } from './types.js';

export const NOTE_CALLBACK = 'card_note';

const Onderdeel = z.enum(ONDERDEEL_CODES);
const ScoreText = z.enum(['1', '2', '3']).transform((s) => Number(s) as Score);
/** `round|P1|2` from a vote button or an agree control. */
export const CardScoreValue = z
  .string()
  .max(100)
  .transform((s) => s.split('|'))
  .pipe(z.tuple([z.uuid(), Onderdeel, ScoreText]))
  .transform(([roundId, onderdeel, score]) => ({ roundId, onderdeel, score }));
const CardValue = z
  .string()
  .max(100)
  .transform((s) => s.split('|'))
  .pipe(z.tuple([z.uuid(), Onderdeel]))
  .transform(([roundId, onderdeel]) => ({ roundId, onderdeel }));

const MOMENT_ALIASES: Record<string, 'week1' | 'week17'> = { '': 'week1', week1: 'week1', '1': 'week1', week17: 'week17', '17': 'week17', eind: 'week17', final: 'week17' };

export async function postRound(cx: SlackCtx, client: WebClient, workspaceId: string, round: RoundView): Promise<void> {
  const headerTs = await post(client, round.channelId, renderRoundHeader(round));
  for (const card of round.cards) {
    const ts = await post(client, round.channelId, renderCard(card), headerTs);
    await rememberMessage(cx.deps.db, workspaceId, round.leerlijnId, cardKey(round.roundId, card.onderdeel), { channelId: round.channelId, messageId: ts });
  }
}

export async function scoresCommand(call: CommandCall): Promise<void> {
  await call.ack();
  const reply = (text: string): Promise<void> => ephemeral(call.client, call.channelId, call.userId, text);
  if (!call.leerlijn) return reply(tError(call.lang, 'no_leerlijn'));
  const moment = MOMENT_ALIASES[(call.args[0] ?? '').toLowerCase()];
  if (!moment) return reply(t(call.lang, 'command.unknown', { command: `scores ${call.args[0] ?? ''}`.slice(0, 40) }));
  try {
    const round = await openRound(call.cx.deps, { workspaceId: call.workspaceId, userId: call.userId }, call.leerlijn.id, moment);
    await postRound(call.cx, call.client, call.workspaceId, round);
  } catch (error) {
    await reply(errorText(call.cx, call.lang, error, 'scores'));
  }
}

export async function vote(call: ActionCall): Promise<void> {
  const lang = call.cx.deps.defaultLang;
  const parsed = CardScoreValue.safeParse(call.value);
  if (!parsed.success || !call.channelId) return call.ack();
  let receipt;
  try {
    receipt = await castVote(call.cx.deps, { workspaceId: call.workspaceId, userId: call.userId }, parsed.data);
  } catch (error) {
    await call.ack();
    return call.tellUser(errorText(call.cx, lang, error, 'vote'));
  }
  // Only now: the vote is committed, so the click may turn green.
  await call.ack();
  if (call.messageTs) call.cx.updater.touch({ workspaceId: call.workspaceId, channelId: call.channelId, ts: call.messageTs }, receipt.card);
  const l = receipt.card.lang;
  const text = `${onderdeelTitle(receipt.card.onderdeel, l)}: ${t(l, 'card.yourVote', { score: receipt.score, label: SCALE[receipt.score][l] })}`;
  await call.tellUser(text);
}

const NoteMeta = z.object({ roundId: z.uuid(), onderdeel: Onderdeel, channelId: z.string().max(64), lang: z.enum(['nl', 'en']) });

export async function openNote(call: ActionCall): Promise<void> {
  await call.ack();
  const parsed = CardValue.safeParse(call.value);
  if (!parsed.success || !call.channelId) return;
  const lang = langOf(call.cx, await leerlijnIn(call.cx, call.workspaceId, call.channelId));
  const meta = { ...parsed.data, channelId: call.channelId, lang };
  const blocks = [textInput('note', t(lang, 'card.noteLabel'), { multiline: true, max: 500 })];
  const title = t(lang, 'card.noteTitle');
  await call.client.views.open({ trigger_id: call.triggerId, view: modal(NOTE_CALLBACK, title, t(lang, 'card.submit'), t(lang, 'card.close'), blocks, meta) });
}

export async function submitNote(call: SubmitCall): Promise<void> {
  const meta = parseMeta(NoteMeta, call.meta);
  if (!meta) return call.ack({ note: t('nl', 'field.invalid') });
  try {
    await addNote(call.cx.deps, { workspaceId: call.workspaceId, userId: call.userId }, { roundId: meta.roundId, onderdeel: meta.onderdeel as OnderdeelCode, body: read.text(call.values, 'note') });
  } catch (error) {
    if (error instanceof ValidationError) return call.ack(formErrors(meta.lang, error, () => 'note', 'note'));
    return call.ack({ note: errorText(call.cx, meta.lang, error, 'note') });
  }
  await call.ack();
  await ephemeral(call.client, meta.channelId, call.userId, t(meta.lang, 'card.noteSaved'));
}
