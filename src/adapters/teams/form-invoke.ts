// A form sent from someone's own view of a channel card (reply.ts privateSubmits). Teams shows an
// invoke's answer to the sender's client only, so what they are told comes back that way: a
// refused form with what they typed and why, or what they see now. What the form saves for the
// team is still posted in the channel. A form someone opened where everyone saw whose it was
// then says it is filled in: for everyone, and for the opener, whose client stops asking for it.
import { AppError } from '../../app/errors.js';
import { submittedForm } from '../../app/flows/form-registry.js';
import { text } from '../../app/flows/surface.js';
import { filledForm, forgetSharedForm, isFormKey, isOwnSharedForm, OwnViewKey } from '../../app/flows/own-view.js';
import { t } from '../../i18n/index.js';
import { actionSet, type AdaptiveCard } from './cards/common.js';
import { drawnForm } from './form-card.js';
import { cardActivity } from './messenger.js';
import { withRetry } from './retry.js';
import { CardValues, type Values } from './payloads.js';
import { isSentForm, privateSubmits } from './reply.js';
import type { TeamsServices } from './services.js';
import { ownViewInvoke, replyCard } from './surface.js';
import type { PrivateAnswer, Turn } from './turn.js';

/** The cards said to the sender, as the one card an invoke answers with: each one's buttons kept under it, its forms sent the same way. */
function oneCard(cards: readonly AdaptiveCard[], key: OwnViewKey): AdaptiveCard {
  const last = cards.at(-1)!;
  const before = cards.slice(0, -1).flatMap((card) => (Array.isArray(card.actions) && card.actions.length > 0 ? [...card.body, actionSet(card.actions)] : card.body));
  return privateSubmits({ ...last, body: [...before, ...last.body] }, key);
}

interface OpenedForm {
  messageId: string;
  title: string;
}

/**
 * The message that told everyone whose form this is, read before the form is sent (a delete
 * takes the record with it); null when the invoke names none of the sender's (forged, an old card).
 */
async function openedForm(svc: TeamsServices, turn: Turn, key: OwnViewKey): Promise<OpenedForm | null> {
  const messageId = turn.context.activity.replyToId;
  if (!isFormKey(key) || !messageId || !(await isOwnSharedForm(svc.deps, turn.actor, messageId))) return null;
  if (key.view === 'start') return { messageId, title: t(turn.lang, 'start.title') };
  const spec = submittedForm(key.form);
  return spec ? { messageId, title: (await drawnForm(svc, turn, spec, { named: key })).title } : null;
}

/** That message, now saying the form is filled in: for everyone, and for the opener, whose client no longer asks for the form. */
async function closeOpenedForm(svc: TeamsServices, turn: Turn, opened: OpenedForm): Promise<AdaptiveCard> {
  const card = await replyCard(svc, turn, filledForm(opened.title, turn.userId));
  try {
    await withRetry(() => turn.context.updateActivity({ ...cardActivity(card), id: opened.messageId }));
    await forgetSharedForm(svc.deps, turn.actor, opened.messageId);
  } catch (error) {
    // The form is saved: a message Teams will not change now is logged (and kept, for the next send), its sender still told.
    svc.log.warn({ err: error }, 'teams: a sent form’s message not changed');
  }
  return card;
}

/** The invoke's answer to a form sent from an own view; `submitted` runs it as a sent form (bot.ts). */
export async function formInvoke(svc: TeamsServices, turn: Turn, data: Record<string, unknown>, submitted: (turn: Turn, values: Values) => Promise<void>): Promise<AdaptiveCard> {
  const key = OwnViewKey.safeParse(data.ownView);
  if (!key.success || !isSentForm(data.form)) throw new AppError('invalid_input');
  const opened = await openedForm(svc, turn, key.data);
  const answer: PrivateAnswer = { cards: [], refused: false };
  await submitted({ ...turn, answer }, CardValues.parse(data));
  if (answer.refused) return oneCard(answer.cards, key.data);
  const now = opened ? await closeOpenedForm(svc, turn, opened) : isFormKey(key.data) ? null : await ownViewInvoke(svc, turn, key.data);
  const cards = [...answer.cards, ...(now ? [now] : [])];
  return oneCard(cards.length > 0 ? cards : [await replyCard(svc, turn, text('form.sent', {}, { tone: 'good' }))], key.data);
}
