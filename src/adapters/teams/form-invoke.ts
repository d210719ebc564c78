// A form sent from someone's own view of a channel card (reply.ts privateSubmits). Teams shows an
// invoke's answer to the sender's client only, so what they are told comes back that way: a
// refused form with what they typed and why, or what they see now. What the form saves for the
// team is still posted in the channel. A form someone opened where everyone saw whose it was
// then says it is filled in: for everyone, and for the opener, whose client stops asking for it.
import { AppError } from '../../app/errors.js';
import { submittedForm } from '../../app/flows/form-registry.js';
import { text } from '../../app/flows/surface.js';
import { filledForm, isOwnSharedForm, OwnViewKey } from '../../app/flows/own-view.js';
import { actionSet, type AdaptiveCard } from './cards/common.js';
import { drawnForm } from './form-card.js';
import { cardActivity } from './messenger.js';
import { withRetry } from './retry.js';
import { CardValues, type Values } from './payloads.js';
import { privateSubmits } from './reply.js';
import type { TeamsServices } from './services.js';
import { ownViewInvoke, replyCard } from './surface.js';
import type { PrivateAnswer, Turn } from './turn.js';

type FormKey = Extract<OwnViewKey, { view: 'form' }>;

/** The cards said to the sender, as the one card an invoke answers with: each one's buttons kept under it, its forms sent the same way. */
function oneCard(cards: readonly AdaptiveCard[], key: OwnViewKey): AdaptiveCard {
  const last = cards.at(-1)!;
  const before = cards.slice(0, -1).flatMap((card) => (Array.isArray(card.actions) && card.actions.length > 0 ? [...card.body, actionSet(card.actions)] : card.body));
  return privateSubmits({ ...last, body: [...before, ...last.body] }, key);
}

/** The opener's shared form, now saying it is filled in; null when the invoke names none of theirs (forged, or an old card). */
async function closeSharedForm(svc: TeamsServices, turn: Turn, key: FormKey): Promise<AdaptiveCard | null> {
  const messageId = turn.context.activity.replyToId;
  const spec = submittedForm(key.form);
  if (!spec || !messageId || !(await isOwnSharedForm(svc.deps, turn.actor, messageId))) return null;
  let title: string;
  try {
    ({ title } = await drawnForm(svc, turn, spec, { named: key }));
  } catch (error) {
    // What it was for is gone (a deleted leerlijn): the message stays as it was.
    svc.log.info({ err: error }, 'teams: a sent form could not be drawn again');
    return null;
  }
  const card = await replyCard(svc, turn, filledForm(title, turn.userId));
  // The form is saved: a message Teams will not change now is logged, and its sender still told.
  await withRetry(() => turn.context.updateActivity({ ...cardActivity(card), id: messageId })).catch((error: unknown) => svc.log.warn({ err: error }, 'teams: a sent form’s message not changed'));
  return card;
}

/** The invoke's answer to a form sent from an own view; `submitted` runs it as a sent form (bot.ts). */
export async function formInvoke(svc: TeamsServices, turn: Turn, data: Record<string, unknown>, submitted: (turn: Turn, values: Values) => Promise<void>): Promise<AdaptiveCard> {
  const key = OwnViewKey.safeParse(data.ownView);
  if (!key.success) throw new AppError('invalid_input');
  const answer: PrivateAnswer = { cards: [], refused: false };
  await submitted({ ...turn, answer }, CardValues.parse(data));
  if (answer.refused) return oneCard(answer.cards, key.data);
  const now = key.data.view === 'form' ? await closeSharedForm(svc, turn, key.data) : await ownViewInvoke(svc, turn, key.data);
  const cards = [...answer.cards, ...(now ? [now] : [])];
  return oneCard(cards.length > 0 ? cards : [await replyCard(svc, turn, text('form.sent', {}, { tone: 'good' }))], key.data);
}
