// One opened form (a Slack modal, by its view id) is saved once. Slack keeps a modal open with
// "try again" when our answer came after its 3 s, and the second press would save it again: an
// actieplan's actions twice, their owners told twice. Teams does this from the form's message (own-view.ts).
import { leerlijnInWorkspace, type Actor, type Deps } from '../context.js';
import { postedMessage, rememberPosted, whilePosting } from '../posted.js';
import { submittedForm } from './form-registry.js';
import type { Logger } from '../../logger.js';
import type { MessageKey } from '../../i18n/index.js';

export interface OpenedForm {
  /** The form's id (FormSpec.id). */
  form: string;
  /** The platform's id of this opening of it. */
  openedId: string;
  /** Null when only its save finds the leerlijn (a note names a round or an action): `saved` is given it then. */
  leerlijnId: string | null;
}

/** Called once the form's use case saved it; `leerlijnId`: the leerlijn it saved in, when the opening named none. */
export type SavedOnce = (leerlijnId?: string) => Promise<void>;

/** The record of one person's opening of a form ('opened': Teams only, own-view.ts), kept once its send was saved ('sent'). */
export const formOpeningKey = (state: 'opened' | 'sent', userId: string, form: string, openedId: string): string => `form_${state}:${userId}:${form}:${openedId}`;
/** The posting claim one send of that opening runs under. */
export const formSendClaim = (userId: string, form: string, openedId: string): string => `form:${userId}:${form}:${openedId}`;

/**
 * Runs `send` unless this opened form was saved before ('sent') or another send of it runs now ('busy'). `send` is given
 * `saved`, to call once the form's use case saved it; a refused send (a problem beside an input) may be sent again.
 * A form whose flow finds the work done and says so itself (FormSpec.flowAnswersResend: the stop) always runs.
 */
export async function sendOpenedFormOnce(
  by: { deps: Pick<Deps, 'db' | 'now'>; log: Logger }, actor: Actor, opened: OpenedForm, send: (saved: SavedOnce) => Promise<void>,
): Promise<'ran' | 'sent' | 'busy'> {
  const { deps, log } = by;
  if (submittedForm(opened.form)?.flowAnswersResend) return send(async () => undefined).then(() => 'ran');
  const key = formOpeningKey('sent', actor.userId, opened.form, opened.openedId);
  // Kept with its leerlijn, and gone with it; a leerlijn deleted by this very form (verwijder) keeps nothing to save again.
  const record = { workspaceId: actor.workspaceId, key, message: { channelId: '', messageId: opened.openedId } };
  // Not recorded, the form is saved all the same: a second send would save it again. Info, not a warning: after every
  // verwijder its leerlijn is gone by then, and the mark with it.
  const unrecorded = (error: unknown): void => log.info({ err: error, form: opened.form, openedId: opened.openedId }, 'form sent, not marked sent');
  const saved: SavedOnce = (leerlijnId) => rememberPosted(deps, { ...record, leerlijnId: leerlijnId ?? opened.leerlijnId }).catch(unrecorded);
  // The claim kept with the leerlijn where the opening names it: a crash mid-send leaves it to go with the leerlijn.
  let claimed = false;
  return whilePosting(deps, { workspaceId: actor.workspaceId, leerlijnId: opened.leerlijnId, what: formSendClaim(actor.userId, opened.form, opened.openedId) }, async () => {
    claimed = true;
    if (await postedMessage(deps, actor.workspaceId, key)) return 'sent' as const;
    await send(saved);
    return 'ran' as const;
  }).catch(async (error: unknown) => {
    // Its leerlijn deleted since the form opened (the delete form sent again), no claim can be kept with it: the flow
    // runs without, and tells the sender the leerlijn is gone; it saves nothing, so nothing is saved twice.
    if (claimed || !(await goneSince(deps, actor, opened.leerlijnId))) throw error;
    await send(async () => undefined);
    return 'ran' as const;
  });
}

/** The opening's leerlijn is no longer there; false where that could not be read. */
const goneSince = (deps: Pick<Deps, 'db'>, actor: Actor, leerlijnId: string | null): Promise<boolean> =>
  leerlijnId ? leerlijnInWorkspace(deps, actor.workspaceId, leerlijnId).then((l) => l === null, () => false) : Promise.resolve(false);

/** What a send of a form saved before ('sent') or being saved now ('busy') is answered, beside the form's input. */
export const sentBeforeKey = (sent: 'sent' | 'busy'): MessageKey => (sent === 'sent' ? 'form.alreadySent' : 'form.beingSent');
