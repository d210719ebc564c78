// The invokes of someone's own view of a channel card. Its refresh: what they see of it now.
// A form sent from it (reply.ts privateSubmits): Teams shows an invoke's answer to the sender's
// client only, so what they are told comes back that way: a refused form with what they typed and
// why, or what they see now. What the form saves for the team is still posted in the channel. A
// form someone opened where everyone saw whose it was then says it is filled in: for everyone,
// and for the opener, whose client stops asking for it.
import { AppError, isAppError, unlessRefused } from '../../app/errors.js';
import { text } from '../../app/flows/surface.js';
import { filledForm, formOf, isFormKey, moveSharedForm, ownView, OwnViewKey, sharedFormState, type SharedFormState } from '../../app/flows/own-view.js';
import { t, tError } from '../../i18n/index.js';
import { actionSet, forTeams, type AdaptiveCard } from './cards/common.js';
import { drawnForm } from './form-card.js';
import { cardActivity } from './messenger.js';
import { withRetry } from './retry.js';
import { CardValues, type Values } from './payloads.js';
import { isSentForm, privateSubmits } from './reply.js';
import type { TeamsServices } from './services.js';
import { replyCard, startCard, withOwnView } from './surface.js';
import type { PrivateAnswer, Turn } from './turn.js';

type FormOwnKey = Extract<OwnViewKey, { view: 'form' | 'start' }>;

/** The refresh's answer: the reader's own card, with what they may do decided again (app/flows/own-view.ts; a form's guard). */
export async function ownViewInvoke(svc: TeamsServices, turn: Turn, data: Record<string, unknown>): Promise<AdaptiveCard> {
  const own = await ownView(svc.deps, turn.actor, data, turn.context.activity.replyToId);
  if ('sentFrom' in own) return sentForm(svc, turn, { key: own.key, messageId: own.sentFrom, state: 'sent' });
  const card = 'view' in own ? await replyCard(svc, turn, own.view)
    : 'start' in own ? await startCard(svc, turn)
    : (await drawnForm(svc, turn, own.form, { named: { ...own.request }, open: true })).card;
  return withOwnView(card, own.key, turn.context.activity.from.id);
}

/** The cards said to the sender, as the one card an invoke answers with: each one's buttons kept under it, its forms sent the same way. */
function oneCard(cards: readonly AdaptiveCard[], key: OwnViewKey): AdaptiveCard {
  const last = cards.at(-1)!;
  const before = cards.slice(0, -1).flatMap((card) => (Array.isArray(card.actions) && card.actions.length > 0 ? [...card.body, actionSet(card.actions)] : card.body));
  return privateSubmits({ ...last, body: [...before, ...last.body] }, key);
}

/** The message that told everyone whose form this is, as kept for its opener (app/flows/own-view.ts). */
interface OpenedForm {
  key: FormOwnKey;
  messageId: string;
  state: SharedFormState;
}

/** That message, where the invoke names one of the sender's for this form; null for a forged or old card, which changes no message. */
async function openedForm(svc: TeamsServices, turn: Turn, key: FormOwnKey): Promise<OpenedForm | null> {
  const messageId = turn.context.activity.replyToId;
  const state = messageId ? await sharedFormState(svc.deps, turn.actor, key, messageId) : null;
  return messageId && state ? { key, messageId, state } : null;
}

/**
 * That message, now saying the form is filled in: for everyone, and for the opener, whose client
 * no longer asks for the form. Null when Teams will not change it now (logged): the opener's next
 * look, or a send again, tries again.
 */
async function closeOpenedForm(svc: TeamsServices, turn: Turn, opened: OpenedForm): Promise<AdaptiveCard | null> {
  const card = await filledCard(svc, turn, opened.key);
  try {
    await withRetry(() => turn.context.updateActivity({ ...cardActivity(card), id: opened.messageId }));
    return card;
  } catch (error) {
    svc.log.warn({ err: error }, 'teams: a sent form’s message not changed');
    return null;
  }
}

/** What everyone is to see of a form its sender filled in (the key's title: only its opener's key gets this far, and it is escaped). */
const filledCard = (svc: TeamsServices, turn: Turn, key: FormOwnKey): Promise<AdaptiveCard> => replyCard(svc, turn, filledForm(key.title ?? '', turn.userId));

/** A form its opener sent while its message still asks for it: changed now if Teams lets us, else shown them filled in and asked for again later. */
async function sentForm(svc: TeamsServices, turn: Turn, opened: OpenedForm): Promise<AdaptiveCard> {
  return (await closeOpenedForm(svc, turn, opened)) ?? withOwnView(await filledCard(svc, turn, opened.key), opened.key, turn.context.activity.from.id);
}

/**
 * The invoke's answer to a form sent from an own view; `submitted` runs it as a sent form (bot.ts).
 * A refusal that stands beside no input is a message, which Teams shows while it leaves the card
 * (with what was typed) as it is. A form someone opened is sent once: its record is taken for
 * the send, given back when nothing was saved, and says `sent` once it was.
 */
export async function formInvoke(svc: TeamsServices, turn: Turn, data: Record<string, unknown>, submitted: (turn: Turn, values: Values) => Promise<void>): Promise<AdaptiveCard | string> {
  const parsed = OwnViewKey.safeParse(data.ownView);
  if (!parsed.success || !isSentForm(data.form) || (isFormKey(parsed.data) && formOf(parsed.data) !== data.form)) throw new AppError('invalid_input');
  const key = parsed.data;
  const opened = isFormKey(key) ? await openedForm(svc, turn, key) : null;
  const move = (from: SharedFormState, to: SharedFormState): Promise<boolean> => (opened ? moveSharedForm(svc.deps, turn.actor, opened.key, opened.messageId, from, to) : Promise.resolve(true));
  if (opened && !(await move('opened', 'sending'))) return alreadySent(svc, turn, opened);
  const answer: PrivateAnswer = { cards: [] };
  try {
    await submitted({ ...turn, answer }, CardValues.parse(data));
  } catch (error) {
    await move('sending', 'opened');
    if (!isAppError(error)) throw error;
    return forTeams(tError(error.lang ?? turn.lang, error.code, error.params));
  }
  const { refusal } = answer;
  if (refusal !== undefined) {
    await move('sending', 'opened');
    return typeof refusal === 'string' ? refusal : oneCard([...answer.cards, refusal], key);
  }
  await move('sending', 'sent');
  // Then what they see now of the card they sent it from; nothing where they may no longer read it (a coordinator who left the team).
  const now = opened ? await closeOpenedForm(svc, turn, opened) : isFormKey(key) ? null : await unlessRefused(ownViewInvoke(svc, turn, key));
  const cards = [...answer.cards, ...(now ? [now] : [])];
  return oneCard(cards.length > 0 ? cards : [await replyCard(svc, turn, text('form.sent', {}, { tone: 'good' }))], key);
}

/** Sent before from this message, or being sent: said so beside the form Teams leaves as it is; once sent, the message is tried again. */
async function alreadySent(svc: TeamsServices, turn: Turn, opened: OpenedForm): Promise<string> {
  if (opened.state !== 'sent') return t(turn.lang, 'form.beingSent');
  await closeOpenedForm(svc, turn, opened);
  return t(turn.lang, 'form.alreadySent');
}
