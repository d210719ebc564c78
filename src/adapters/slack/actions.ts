// Action status from a DM, `mijn-acties` or the App Home: klaar / bezig / loopt vast (with an
// optional note); the coordinators are told what changed, and the message or home clicked in
// shows the new status.
import { z } from 'zod';
import { Uuid } from '../../app/validate.js';
import { ACTION_STATUSES, getAction, leerlijnOfAction, type StatusChange } from '../../app/actions.js';
import { ValidationError } from '../../app/errors.js';
import { ownerListAfter, saveActionStatus, tellStatusChange } from '../../app/flows/actions.js';
import { ownerDmActions } from '../../app/posted.js';
import { t, type Lang } from '../../i18n/index.js';
import { statusNoteFields, statusNoteForm } from '../../views/action-forms.js';
import { dmChannel, errorText, ephemeral, formErrors, langOf, type SlackCtx, type WebClient } from './context.js';
import { slackSurface } from './surface.js';
import { publishHome } from './home.js';
import { parseMeta } from './render/inputs.js';
import { readModal, toModal } from './render/form.js';
import { renderNotice } from './render/notices.js';
import { soonestFirst } from '../../app/present.js';
import type { ActionCall, SubmitCall } from './types.js';

const StatusValue = z.string().max(100).transform((s) => s.split('|')).pipe(z.tuple([z.uuid(), z.enum(ACTION_STATUSES)]));
// messageTs: the message the note button was in, so the note's status shows there too.
// home: opened from the App Home, which is published again once the note is saved.
const NoteMeta = z.object({ actionId: z.uuid(), channelId: z.string().max(64), messageTs: z.string().max(32).nullish(), lang: z.enum(['nl', 'en']), home: z.boolean().optional() });

/**
 * Where a click is answered: its channel, or for a click in the App Home (which has none) the
 * bot's direct messages with the user. Null when neither: nothing to answer.
 */
async function answerChannel(call: Pick<ActionCall, 'client' | 'channelId' | 'inHome' | 'userId'>): Promise<string | null> {
  if (call.channelId) return call.channelId;
  return call.inHome ? dmChannel(call.client, call.userId) : null;
}

/**
 * Redraws the message the button was in: an owner DM with the actions it lists, a reminder with
 * the leerlijn's open actions (app/flows/actions.ts ownerListAfter, as Teams redraws its card).
 * mijn-acties is an ephemeral answer Slack gives no message for: it is left as it is.
 */
async function refreshClicked(cx: SlackCtx, client: WebClient, actor: { workspaceId: string; userId: string }, where: { channelId: string; ts: string }, change: StatusChange): Promise<void> {
  try {
    const listed = (await ownerDmActions(cx.deps, actor.workspaceId, where.ts, change))?.sort(soonestFirst) ?? ownerListAfter(change);
    const r = renderNotice({ type: 'owner_actions', leerlijn: change.leerlijn, actions: listed });
    await client.chat.update({ channel: where.channelId, ts: where.ts, text: r.text, blocks: r.blocks });
  } catch (error) {
    // The change is saved and confirmed; a stale DM is the lesser problem.
    cx.log.warn({ err: error }, 'owner DM not refreshed');
  }
}

/** The App Home the click came from, with the new status; a stale home is the lesser problem (as above). */
async function refreshHome(call: Pick<ActionCall, 'cx' | 'client' | 'workspaceId' | 'userId'>, change: StatusChange): Promise<void> {
  try {
    await publishHome(call.cx, call.client, call.workspaceId, call.userId);
  } catch (error) {
    call.cx.log.warn({ err: error, actionId: change.action.id }, 'app home not refreshed');
  }
}

/** The language of the action's leerlijn: a DM, where these buttons live, has no leerlijn to take it from. */
async function langOfAction(call: Pick<ActionCall, 'cx' | 'workspaceId'>, actionId: string): Promise<Lang> {
  return langOf(call.cx, await leerlijnOfAction(call.cx.deps, call.workspaceId, actionId));
}

/** The flows' context for a click or form in Slack: answers go only to the person who acted. */
function flowCtx(call: Pick<ActionCall, 'cx' | 'client' | 'workspaceId' | 'userId'>, channelId: string, lang: Lang) {
  const surface = slackSurface({ cx: call.cx, client: call.client, workspaceId: call.workspaceId, userId: call.userId, channelId, triggerId: '', botUserId: undefined }, () => lang);
  return { deps: call.cx.deps, log: call.cx.log, actor: { workspaceId: call.workspaceId, userId: call.userId }, surface };
}

/** After the change is saved: tells the coordinators, redraws the owner's DM it came from, confirms to the person who acted. */
async function afterStatus(
  call: Pick<ActionCall, 'cx' | 'client' | 'workspaceId' | 'userId'>, where: { channelId: string; ts: string | null; home: boolean }, lang: Lang, change: StatusChange, withNote: boolean,
): Promise<void> {
  const ctx = flowCtx(call, where.channelId, lang);
  if (where.ts) await refreshClicked(call.cx, call.client, ctx.actor, { channelId: where.channelId, ts: where.ts }, change);
  if (where.home) await refreshHome(call, change);
  const told = await tellStatusChange(ctx, change, withNote);
  await ctx.surface.reply({ type: 'lines', lines: told.confirmation });
}

export async function setStatus(call: ActionCall): Promise<void> {
  await call.ack();
  const parsed = StatusValue.safeParse(call.value);
  const channelId = parsed.success ? await answerChannel(call) : null;
  if (!parsed.success || !channelId) return;
  const [actionId, status] = parsed.data;
  const lang = await langOfAction(call, actionId);
  try {
    const change = await saveActionStatus(flowCtx(call, channelId, lang), { actionId, status });
    await afterStatus(call, { channelId, ts: call.messageTs, home: call.inHome }, lang, change, false);
  } catch (error) {
    await ephemeral(call.client, channelId, call.userId, errorText(call.cx, lang, error, 'action_status'));
  }
}

export async function openStatusNote(call: ActionCall): Promise<void> {
  await call.ack();
  const actionId = Uuid.safeParse(call.value);
  const channelId = actionId.success ? await answerChannel(call) : null;
  if (!actionId.success || !channelId) return;
  const lang = await langOfAction(call, actionId.data);
  let action;
  try {
    action = await getAction(call.cx.deps, { workspaceId: call.workspaceId, userId: call.userId }, actionId.data);
  } catch (error) {
    return call.tellUser(errorText(call.cx, lang, error, 'action_note_open'));
  }
  const meta = { channelId, messageTs: call.messageTs, lang, ...(call.inHome ? { home: true } : {}) };
  await call.client.views.open({ trigger_id: call.triggerId, view: toModal(statusNoteForm(lang, action), meta) });
}

export async function submitStatusNote(call: SubmitCall): Promise<void> {
  const meta = parseMeta(NoteMeta, call.meta);
  if (!meta) return call.ack({ status: t('nl', 'field.invalid') });
  const sent = readModal(statusNoteFields(meta.lang), call.values);
  // An empty note box is no note: the coordinators are not shown an old one.
  const note = sent.note || null;
  let change: StatusChange;
  try {
    // Saved before the modal closes, so a refusal stays next to what was typed.
    change = await saveActionStatus(flowCtx(call, meta.channelId, meta.lang), { actionId: meta.actionId, status: sent.status ?? '', note });
  } catch (error) {
    if (error instanceof ValidationError) return call.ack(formErrors(meta.lang, error.fields, (f) => (f === 'note' ? 'note' : 'status'), 'status'));
    return call.ack({ status: errorText(call.cx, meta.lang, error, 'action_note') });
  }
  await call.ack();
  await afterStatus(call, { channelId: meta.channelId, ts: meta.messageTs ?? null, home: meta.home ?? false }, meta.lang, change, note !== null);
}
