// Invokes of someone's own view of a channel card: its refresh, and a form sent from it (reply.ts privateSubmits). Teams
// shows an invoke's answer to the sender only; what the form saves for the team is still posted in the channel.
import { AppError, isAppError, unlessRefused } from '../../app/errors.js';
import { text, type ErrorView, type ReplyView } from '../../app/flows/surface.js';
import { submittedForm } from '../../app/flows/form-registry.js';
import { filledForm, formOf, formSendFrom, isFormKey, langAfterStart, markSharedFormSent, ownView, OwnViewKey, sharedFormState, sharedReply, sharedReplyNow, whileSendingSharedForm, withoutSession } from '../../app/flows/own-view.js';
import { t, type Lang } from '../../i18n/index.js';
import type { Activity, TurnContext } from 'botbuilder';
import { errorView } from '../../app/flows/error-view.js';
import { refusal as refusalText } from '../../views/reply.js';
import { teamsMarkup } from './cards/doc.js';
import { actionSet, messageCard, uniqueAskingIds, type AdaptiveCard } from './cards/common.js';
import { drawnForm } from './form-card.js';
import { formLeerlijn } from './flows.js';
import { cardActivity } from './messenger.js';
import { turnRetry, withRetry } from './retry.js';
import { CardValues, type Values } from './payloads.js';
import { isSentForm, privateSubmits, teamsPlainErrorOf } from './reply.js';
import type { TeamsServices } from './services.js';
import { startCard } from './surface.js';
import { replyCard, withOwnView } from './shared-reply.js';
import { redrawParts } from './redraw-parts.js';
import { postedParts, type PostedMessage } from '../../app/posted.js';
import { MAX_CARD_CHARS, ownViewOfLastPart } from './cards/split.js';
import type { PrivateAnswer, Turn } from './turn.js';

type FormOwnKey = Extract<OwnViewKey, { view: 'form' | 'start' }>;

function messageOf(turn: Turn): PostedMessage | undefined {
  const messageId = turn.context.activity.replyToId;
  return messageId ? { channelId: turn.channelId, messageId } : undefined;
}

/** A form speaks its leerlijn's language also where the channel runs none (a stopped one's delete form). */
async function inFormsLang(svc: TeamsServices, turn: Turn, key: OwnViewKey): Promise<Turn> {
  return key.view === 'form' ? (await formLeerlijn(svc, turn, { leerlijnId: key.leerlijnId })).turn : turn;
}

/** The refresh's answer: the reader's own card, what they may do decided again (app/flows/own-view.ts). */
export async function ownViewInvoke(svc: TeamsServices, sent: Turn, data: Record<string, unknown>): Promise<AdaptiveCard> {
  const own = await ownView(svc.deps, sent.actor, data, messageOf(sent));
  const turn = await inFormsLang(svc, sent, own.key);
  if ('sentFrom' in own) return sentForm(svc, turn, { key: own.key, messageId: own.sentFrom, title: await formTitle(svc, turn, own.key) });
  if ('view' in own) return ownViewOfReply(svc, turn, own.view, own.key);
  const card = 'start' in own ? await startCard(svc, turn, own.start.teamLang) : (await drawnForm(svc, turn, own.form, { named: { ...own.request }, open: true })).card;
  return withOwnView(card, own.key, turn);
}

/** Teams shows a reply's own view in place of its last message: a reply split (cards/split.ts) is answered without the parts before. */
async function ownViewOfReply(svc: TeamsServices, turn: Turn, view: ReplyView, key: OwnViewKey): Promise<AdaptiveCard> {
  const own = withOwnView(await replyCard(svc, turn, view), key, turn);
  if (JSON.stringify(own).length <= MAX_CARD_CHARS) return own;
  const everyone = sharedReply(view, turn.actor.userId)?.everyone;
  const message = messageOf(turn);
  if (!everyone || !message) return own;
  // As the messages before show it: a reply that went as one (and grew since) has none.
  const posted = (await postedParts(svc.deps, turn.actor.workspaceId, message)).length;
  return ownViewOfLastPart(own, withOwnView(await replyCard(svc, turn, everyone), key, turn), posted);
}

/** The cards said to the sender as the invoke's one card: each one's buttons kept under it, its forms sent the same way. */
function oneCard(cards: readonly AdaptiveCard[], key: OwnViewKey): AdaptiveCard {
  const last = cards.at(-1)!;
  const before = cards.slice(0, -1).flatMap((card) => (Array.isArray(card.actions) && card.actions.length > 0 ? [...card.body, actionSet(card.actions)] : card.body));
  // Merged, the same asking button may stand twice (the next step's close): its ids made unique again.
  return privateSubmits(uniqueAskingIds({ ...last, body: [...before, ...last.body] }), key);
}

/** The message that told everyone whose form this is, and the form's title (null: not drawn now). */
type OpenedForm = { key: FormOwnKey; messageId: string; title: string | null };

/** Drawn here, not taken from the client's key; before the form is sent (a delete takes what it is drawn from). */
async function formTitle(svc: TeamsServices, turn: Turn, key: FormOwnKey): Promise<string | null> {
  if (key.view === 'start') return t(turn.lang, 'start.title');
  const spec = submittedForm(key.form);
  try {
    return spec ? (await drawnForm(svc, turn, spec, { named: key })).title : null;
  } catch (error) {
    svc.log.info({ err: error }, 'teams: a shared form’s title not drawn');
    return null;
  }
}

/**
 * That message, now saying the form is filled in (so the opener's client stops asking for it); null (Teams refused, or no
 * title): the opener's next look tries again.
 */
async function closeOpenedForm(svc: TeamsServices, turn: Turn, opened: OpenedForm): Promise<AdaptiveCard | null> {
  if (opened.title === null) return null;
  const card = await replyCard(svc, turn, filledForm(opened.title, turn.actor.userId));
  try {
    await withRetry(() => turn.context.updateActivity({ ...cardActivity(card), id: opened.messageId }), turnRetry(svc.retry, turn.context));
    return card;
  } catch (error) {
    svc.log.warn({ err: error }, 'teams: a sent form’s message not changed');
    return null;
  }
}

/** A form sent while its message still asks for it: changed now if Teams lets us, else shown as sent and tried again later. */
async function sentForm(svc: TeamsServices, turn: Turn, opened: OpenedForm): Promise<AdaptiveCard> {
  const closed = await closeOpenedForm(svc, turn, opened);
  if (closed) return closed;
  const said = opened.title === null ? text('form.sent', {}, { tone: 'good' }) : filledForm(opened.title, turn.actor.userId);
  return withOwnView(await replyCard(svc, turn, said), opened.key, turn);
}

/** A form sent from an own view, run by `submitted` (bot.ts): one send at a time, not again once saved (own-view.ts formSendFrom). */
export async function formInvoke(svc: TeamsServices, sent: Turn, data: Record<string, unknown>, submitted: (turn: Turn, values: Values) => Promise<void>): Promise<AdaptiveCard | string> {
  const parsed = OwnViewKey.safeParse(data.ownView);
  if (!parsed.success || !isSentForm(data.form) || (isFormKey(parsed.data) && formOf(parsed.data) !== data.form)) throw new AppError('invalid_input');
  const key = parsed.data;
  const turn = await inFormsLang(svc, sent, key);
  const message = messageOf(turn);
  if (!isFormKey(key) || !message) return sendForm(svc, turn, key, data, submitted, null);
  const answered = await whileSendingSharedForm(svc.deps, turn.actor, key, message.messageId, async () => {
    // Read under the claim. None: not the sender's message of this form (forged, an old card).
    const state = await sharedFormState(svc.deps, turn.actor, key, message);
    const opened = state ? { key, messageId: message.messageId, title: await formTitle(svc, turn, key) } : null;
    if (opened && formSendFrom(key, state) === 'refuse') {
      // Sent before: said beside the form, and its message tried again.
      await closeOpenedForm(svc, turn, opened);
      return t(turn.lang, 'form.alreadySent');
    }
    return sendForm(svc, turn, key, data, submitted, opened);
  });
  return answered === 'busy' ? t(turn.lang, 'form.beingSent') : answered;
}

/**
 * The form sent, and what its sender is told; a refusal beside no input is a message, so Teams keeps what was typed. `opened`
 * is marked sent once the use case saved (a later failure, a refused post, must not let it be saved again).
 */
async function sendForm(svc: TeamsServices, turn: Turn, key: OwnViewKey, data: Record<string, unknown>, submitted: (turn: Turn, values: Values) => Promise<void>, opened: OpenedForm | null): Promise<AdaptiveCard | string> {
  const markSent = async (): Promise<void> => {
    if (opened) await markSharedFormSent(svc.deps, turn.actor, opened.key, opened.messageId);
  };
  const answer: PrivateAnswer = { cards: [], saved: markSent };
  try {
    await submitted({ ...turn, answer }, CardValues.parse(data));
  } catch (error) {
    if (!isAppError(error)) throw error;
    const reasons = errorView(svc, error, 'form_invoke');
    keepIfLate(turn, reasons);
    return teamsPlainErrorOf(turn.lang, reasons);
  }
  const { refusal, reasons } = answer;
  if (reasons) keepIfLate(turn, reasons);
  if (refusal !== undefined) return typeof refusal === 'string' ? refusal : oneCard([...answer.cards, refusal], key);
  // A flow that saved without saying so: sent all the same (a second mark changes nothing).
  await markSent();
  if (key.view !== 'start') return sentAnswer(svc, turn, answer.ownView ?? withoutSession(key), answer, opened);
  const inItsLang = { ...turn, lang: await langAfterStart(svc.deps, turn.actor.workspaceId, turn.channelId, turn.lang) };
  return sentAnswer(svc, inItsLang, key, answer, opened && { ...opened, title: await formTitle(svc, inItsLang, opened.key) });
}

/** The message the form was sent from, redrawn as everyone sees it now (sharedReplyNow). Best effort: the form is saved. */
async function redrawSentFrom(svc: TeamsServices, turn: Turn, key: OwnViewKey): Promise<void> {
  const message = messageOf(turn);
  if (!message) return;
  try {
    const shared = await sharedReplyNow(svc.deps, turn.actor, key, message.channelId);
    if (!shared) return;
    const card = await replyCard(svc, turn, shared.everyone);
    const drawn = shared.own ? withOwnView(card, shared.own, turn) : card;
    await redrawParts(svc, turn, message, drawn, 'leerlijnId' in key ? key.leerlijnId : null);
  } catch (error) {
    svc.log.warn({ err: error }, 'teams: the card a form was sent from not redrawn');
  }
}

/** What the flow said, then the card it was sent from as it is now (nothing where they may no longer read it). */
async function sentAnswer(svc: TeamsServices, turn: Turn, key: OwnViewKey, answer: PrivateAnswer, opened: OpenedForm | null): Promise<AdaptiveCard> {
  const [now] = await Promise.all([
    opened ? closeOpenedForm(svc, turn, opened) : isFormKey(key) ? null : unlessRefused(ownViewInvoke(svc, turn, key)),
    opened ? undefined : redrawSentFrom(svc, turn, key),
  ]);
  const cards = [...answer.cards, ...(now ? [now] : [])];
  return oneCard(cards.length > 0 ? cards : [await replyCard(svc, turn, text('form.sent', {}, { tone: 'good' }))], key);
}

/** Who was refused what, kept with the turn (TurnContext.turnState) for tellLateRefusal. */
type LateRefusal = Pick<Turn, 'actor' | 'lang'> & { reasons: ErrorView };
const LATE_REFUSAL = Symbol('lateRefusal');

const keepIfLate = (turn: Turn, reasons: ErrorView): void =>
  void turn.context.turnState.set(LATE_REFUSAL, { actor: turn.actor, lang: turn.lang, reasons } satisfies LateRefusal);

/** Refused after Teams was told "still working" (http-shim.ts): the answer is lost, so the reasons go to the sender's own chat. */
export async function tellLateRefusal(svc: Pick<TeamsServices, 'messenger' | 'log'>, context: TurnContext): Promise<void> {
  const late = context.turnState.get(LATE_REFUSAL) as LateRefusal | undefined;
  if (!late) return;
  const sent = await svc.messenger.activityToUser(late.actor.workspaceId, late.actor.userId, lateRefusalActivity(late.lang, late.reasons));
  if (!sent.ok) svc.log.warn({ error: sent.error }, 'teams: a late form refusal not told');
}

/** A card: its TextBlock shows escaped Markdown (Anna\_B) as typed; a text message's Markdown is "a subset" that may show the backslash. */
export function lateRefusalActivity(lang: Lang, reasons: ErrorView): Partial<Activity> {
  const words = t(lang, 'form.refusedLate', { reasons: refusalText(teamsMarkup([]), lang, reasons, true) });
  return cardActivity(messageCard(words, 'attention'));
}
