// Score rounds in the channel: a header and one card per onderdeel in its thread, votes and notes.
import { z } from 'zod';
import { postRoundOnce, roundNotPostedWords } from '../../app/flows/post-round.js';
import { noteOnCard, noteRefusal, voteOnCard } from '../../app/flows/score-cards.js';
import { sendOpenedFormOnce, sentBeforeKey, type SavedOnce } from '../../app/flows/form-once.js';
import { ValidationError } from '../../app/errors.js';
import { getCard } from '../../app/round-views.js';
import type { RoundView } from '../../app/views.js';
import { ONDERDEEL_CODES, type Score } from '../../domain/instrument.js';
import { t } from '../../i18n/index.js';
import { channelLang } from '../../app/places.js';
import { errorText, openModal, orTell, post, type SlackCtx, type WebClient } from './context.js';
import { sendFailure } from './messenger.js';
import { botMention } from './mrkdwn.js';
import { renderCard, renderRoundHeader } from './render/cards.js';
import { buttonValue, parseMeta, sentIn, toModal } from './render/form.js';
import { textOf } from './render/reply.js';
import { CARD_NOTE_FORM, cardNoteForm, voteReceipt } from '../../views/score.js';
import { problemsByInput } from '../../views/form.js';
import { isNotInChannel, tellPrivately, type PrivateTo } from './tell.js';
import { headerKey, roundThread } from '../../app/posted.js';
import { actorOf, type ActionCall, type SubmitCall } from './types.js';

const Onderdeel = z.enum(ONDERDEEL_CODES);
const ScoreText = z.enum(['1', '2', '3']).transform((s) => Number(s) as Score);
/** `round|P1|2` from a vote button or an agree control. */
export const CardScoreValue = buttonValue(z.tuple([z.uuid(), Onderdeel, ScoreText]))
  .transform(([roundId, onderdeel, score]) => ({ roundId, onderdeel, score }));
const CardValue = buttonValue(z.tuple([z.uuid(), Onderdeel])).transform(([roundId, onderdeel]) => ({ roundId, onderdeel }));

/** Posts what of the round is not in the channel yet; with every card there no header (older rounds gain no empty thread). */
export function postRound(cx: SlackCtx, client: WebClient, workspaceId: string, round: RoundView): Promise<number | 'busy'> {
  return postRoundOnce(cx.deps, workspaceId, round, {
    channelId: round.channelId,
    headKeys: [headerKey(round.roundId)],
    headOnlyWithCards: true,
    postHead: () => post(client, round.channelId, renderRoundHeader(round)),
    postCard: (card, thread) => post(client, round.channelId, renderCard(card), thread),
  });
}

/** Why the round's cards are not all in the channel and what to do (invite the bot, then the command again). */
export async function tellRoundNotPosted(cx: SlackCtx, client: WebClient, to: PrivateTo, round: Pick<RoundView, 'lang' | 'moment'>, botUserId: string | undefined, error: unknown): Promise<void> {
  const code = sendFailure(error).error;
  cx.log.warn({ error: code }, 'slack: round cards not all posted');
  const said = isNotInChannel(error)
    ? roundNotPostedWords(round, 'notInChannel', { bot: botMention(botUserId) })
    : roundNotPostedWords(round, 'other', { error: code });
  await tellPrivately(cx, client, to, said);
}

export async function vote(call: ActionCall): Promise<void> {
  const parsed = CardScoreValue.safeParse(call.value);
  const channelId = call.channelId;
  if (!parsed.success || !channelId) return call.ack();
  // Acked once the vote is committed (or refused): the click turns green only for a counted vote.
  const cast = async () => {
    try {
      return await voteOnCard(call.cx.deps, actorOf(call), parsed.data);
    } finally {
      // Late (past Slack's 3 s), the ack fails: the vote stands, and the voter still hears so.
      await call.ack().catch((error: unknown) => call.cx.log.warn({ err: error }, 'slack: vote acked late'));
    }
  };
  const receipt = (await orTell(call.cx, 'vote', cast, call.tellUser, () => channelLang(call.cx.deps, call.workspaceId, channelId)))?.receipt;
  if (!receipt) return;
  if (call.messageTs) call.cx.liveCounts.touch(call.workspaceId, receipt.card, { channelId, messageId: call.messageTs });
  await call.tellUser(voteReceipt(receipt.card, receipt.score));
}

const NoteMeta = z.object({ roundId: z.uuid(), onderdeel: Onderdeel, channelId: z.string().max(64), lang: z.enum(['nl', 'en']) });

export async function openNote(call: ActionCall): Promise<void> {
  const parsed = CardValue.safeParse(call.value);
  const channelId = call.channelId;
  if (!parsed.success || !channelId) return;
  // The team's only: the button's ids are forgeable, and a note form is no use to anyone else.
  await openModal(call, 'note_form', async () => {
    const card = await getCard(call.cx.deps, actorOf(call), parsed.data.roundId, parsed.data.onderdeel);
    return { view: toModal(cardNoteForm(card), { ...parsed.data, channelId, lang: card.lang }) };
  });
}

export async function submitNote(call: SubmitCall): Promise<void> {
  const meta = parseMeta(NoteMeta, call.meta);
  if (!meta) return call.ack({ note: t('nl', 'field.invalid') });
  // The round's leerlijn is known once the note is kept: the record of this send is kept with it.
  const opened = { form: CARD_NOTE_FORM, openedId: call.viewId, leerlijnId: null };
  const sent = await sendOpenedFormOnce(call.cx, actorOf(call), opened, (saved) => keepNote(call, meta, saved));
  if (sent !== 'ran') await call.ack({ note: t(meta.lang, sentBeforeKey(sent)) });
}

async function keepNote(call: SubmitCall, meta: z.infer<typeof NoteMeta>, saved: SavedOnce): Promise<void> {
  let kept;
  try {
    kept = await noteOnCard(call.cx.deps, actorOf(call), { roundId: meta.roundId, onderdeel: meta.onderdeel, note: sentIn(call.values, 'note').value ?? '' });
  } catch (error) {
    if (error instanceof ValidationError) return call.ack(Object.fromEntries(problemsByInput(meta.lang, error.fields, () => 'note')));
    // The modal stays open with the text, saying what happened to the note.
    return call.ack({ note: noteRefusal(error, meta.lang, () => errorText(call.cx, meta.lang, error, 'note', true)) });
  }
  await saved(kept.card.leerlijnId);
  await call.ack();
  const threadTs = await roundThread(call.cx.deps, call.workspaceId, meta.roundId);
  await tellPrivately(call.cx, call.client, { channelId: meta.channelId, userId: call.userId, threadTs }, textOf(meta.lang, kept.confirmation));
}
