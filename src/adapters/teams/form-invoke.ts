// A form sent from someone's own view of a channel card (reply.ts privateSubmits). Teams shows an
// invoke's answer to the sender's client only, so what they are told comes back that way: a
// refused form with what they typed and why, or what they see now. What the form saves for the
// team is still posted in the channel. A form someone opened where everyone saw whose it was
// then says it is filled in: for everyone, and for the opener, whose client stops asking for it.
import { AppError, isAppError, unlessRefused } from '../../app/errors.js';
import { submittedForm } from '../../app/flows/form-registry.js';
import { text } from '../../app/flows/surface.js';
import { filledForm, forgetSharedForm, formOf, isFormKey, isOwnSharedForm, OwnViewKey } from '../../app/flows/own-view.js';
import { t, tError } from '../../i18n/index.js';
import { actionSet, forTeams, type AdaptiveCard } from './cards/common.js';
import { drawnForm } from './form-card.js';
import { cardActivity } from './messenger.js';
import { withRetry } from './retry.js';
import { CardValues, type Values } from './payloads.js';
import { isSentForm, privateSubmits } from './reply.js';
import type { TeamsServices } from './services.js';
import { ownViewInvoke, replyCard } from './surface.js';
import type { PrivateAnswer, Turn } from './turn.js';

type FormOwnKey = Extract<OwnViewKey, { view: 'form' | 'start' }>;

/** The cards said to the sender, as the one card an invoke answers with: each one's buttons kept under it, its forms sent the same way. */
function oneCard(cards: readonly AdaptiveCard[], key: OwnViewKey): AdaptiveCard {
  const last = cards.at(-1)!;
  const before = cards.slice(0, -1).flatMap((card) => (Array.isArray(card.actions) && card.actions.length > 0 ? [...card.body, actionSet(card.actions)] : card.body));
  return privateSubmits({ ...last, body: [...before, ...last.body] }, key);
}

interface OpenedForm {
  key: FormOwnKey;
  messageId: string;
  title: string;
}

/**
 * The message that told everyone whose form this is, read before the form is sent (a delete
 * takes the record with it); null when the invoke names none of the sender's for this form
 * (forged, an old card), or its title cannot be drawn now: the form is sent all the same.
 */
async function openedForm(svc: TeamsServices, turn: Turn, key: FormOwnKey): Promise<OpenedForm | null> {
  const messageId = turn.context.activity.replyToId;
  if (!messageId || !(await isOwnSharedForm(svc.deps, turn.actor, key, messageId))) return null;
  if (key.view === 'start') return { key, messageId, title: t(turn.lang, 'start.title') };
  const spec = submittedForm(key.form);
  try {
    return spec ? { key, messageId, title: (await drawnForm(svc, turn, spec, { named: key })).title } : null;
  } catch (error) {
    svc.log.info({ err: error }, 'teams: a shared form’s title not drawn');
    return null;
  }
}

/**
 * That message, now saying the form is filled in: for everyone, and for the opener, whose client
 * no longer asks for the form. Null when Teams will not change it now (logged, the record kept
 * for the next send): the sender is then not told it reads so.
 */
async function closeOpenedForm(svc: TeamsServices, turn: Turn, opened: OpenedForm): Promise<AdaptiveCard | null> {
  const card = await replyCard(svc, turn, filledForm(opened.title, turn.userId));
  try {
    await withRetry(() => turn.context.updateActivity({ ...cardActivity(card), id: opened.messageId }));
  } catch (error) {
    svc.log.warn({ err: error }, 'teams: a sent form’s message not changed');
    return null;
  }
  await forgetSharedForm(svc.deps, turn.actor, opened.key, opened.messageId);
  return card;
}

/**
 * The invoke's answer to a form sent from an own view; `submitted` runs it as a sent form (bot.ts).
 * A refusal that stands beside no input is a message, which Teams shows while it leaves the card
 * (with what was typed) as it is.
 */
export async function formInvoke(svc: TeamsServices, turn: Turn, data: Record<string, unknown>, submitted: (turn: Turn, values: Values) => Promise<void>): Promise<AdaptiveCard | string> {
  const parsed = OwnViewKey.safeParse(data.ownView);
  if (!parsed.success || !isSentForm(data.form) || (isFormKey(parsed.data) && formOf(parsed.data) !== data.form)) throw new AppError('invalid_input');
  const key = parsed.data;
  const opened = isFormKey(key) ? await openedForm(svc, turn, key) : null;
  const answer: PrivateAnswer = { cards: [] };
  try {
    await submitted({ ...turn, answer }, CardValues.parse(data));
  } catch (error) {
    if (!isAppError(error)) throw error;
    return forTeams(tError(error.lang ?? turn.lang, error.code, error.params));
  }
  const { refusal } = answer;
  if (refusal !== undefined) return typeof refusal === 'string' ? refusal : oneCard([...answer.cards, refusal], key);
  // Then what they see now of the card they sent it from; nothing where they may no longer read it (a coordinator who left the team).
  const now = opened ? await closeOpenedForm(svc, turn, opened) : isFormKey(key) ? null : await unlessRefused(ownViewInvoke(svc, turn, key));
  const cards = [...answer.cards, ...(now ? [now] : [])];
  return oneCard(cards.length > 0 ? cards : [await replyCard(svc, turn, text('form.sent', {}, { tone: 'good' }))], key);
}
