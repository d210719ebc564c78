// Action status from a DM or `mijn-acties`: klaar / bezig / loopt vast (with an optional
// note); the coordinators are told what changed, and the owner's DM shows the new status.
import { z } from 'zod';
import { Uuid } from '../../app/validate.js';
import { getAction, updateActionStatus, type StatusChange } from '../../app/actions.js';
import { ValidationError } from '../../app/errors.js';
import { ACTION_STATUSES, actionById } from '../../store/actions.js';
import { leerlijnById } from '../../store/leerlijnen.js';
import { findMessage, rememberMessage } from '../../store/posted-messages.js';
import { t, type Lang } from '../../i18n/index.js';
import { safeText, userMention } from './mrkdwn.js';
import { errorText, ephemeral, formErrors, langOf, type SlackCtx, type WebClient } from './context.js';
import { modal, parseMeta, read, selectInput, textInput } from './render/inputs.js';
import { renderNotice } from './render/notices.js';
import { mentionList, soonestFirst } from './render/plan.js';
import type { ActionCall, SubmitCall } from './types.js';

export const STATUS_NOTE_CALLBACK = 'action_note';
const StatusValue = z.string().max(100).transform((s) => s.split('|')).pipe(z.tuple([z.uuid(), z.enum(ACTION_STATUSES)]));
// messageTs: the message the note button was in, so the note's status shows there too.
const NoteMeta = z.object({ actionId: z.uuid(), channelId: z.string().max(64), messageTs: z.string().max(32).nullish(), lang: z.enum(['nl', 'en']) });

/** Tells the coordinators; returns those who could not be reached, so the actor can tell them. */
async function tellCoordinators(cx: SlackCtx, workspaceId: string, userId: string, change: StatusChange, note: string | null): Promise<string[]> {
  if (!change.changed || change.coordinators.length === 0) return [];
  const unreached: string[] = [];
  for (const coordinator of change.coordinators) {
    const notice = { type: 'action_changed' as const, leerlijn: change.leerlijn, action: change.action, previousStatus: change.previousStatus, byUserId: userId, note };
    const result = await cx.messenger.toUser({ workspaceId, userId: coordinator }, notice);
    if (!result.ok) {
      cx.log.warn({ error: result.error }, 'coordinator not told of status change');
      unreached.push(coordinator);
    }
  }
  return unreached;
}

// The owner DM (plan.ts) records, per action, which message lists it; a click in that
// message can then redraw it with the new status. Slack hands us the DM channel on the
// click, so the record keeps the owner in channel_id.
const ownerDmKey = (actionId: string): string => `owner_dm:${actionId}`;

export async function rememberOwnerDm(cx: SlackCtx, workspaceId: string, leerlijnId: string, ownerUserId: string, actionIds: readonly string[], ts: string): Promise<void> {
  for (const id of actionIds) await rememberMessage(cx.deps.db, workspaceId, leerlijnId, ownerDmKey(id), { channelId: ownerUserId, messageId: ts });
}

/** Redraws the owner DM the button was in; other messages (mijn-acties, reminders) are left alone. */
async function refreshOwnerDm(cx: SlackCtx, client: WebClient, actor: { workspaceId: string; userId: string }, where: { channelId: string; ts: string }, change: StatusChange): Promise<void> {
  try {
    const db = cx.deps.db;
    const mine = await findMessage(db, actor.workspaceId, ownerDmKey(change.action.id));
    if (mine?.messageId !== where.ts) return;
    const owners = change.ownerActions;
    const refs = await Promise.all(owners.map((a) => findMessage(db, actor.workspaceId, ownerDmKey(a.id))));
    const shown = owners.filter((_, i) => refs[i]?.messageId === where.ts).sort(soonestFirst);
    const r = renderNotice({ type: 'owner_actions', leerlijn: change.leerlijn, actions: shown });
    await client.chat.update({ channel: where.channelId, ts: where.ts, text: r.text, blocks: r.blocks });
  } catch (error) {
    // The change is saved and confirmed; a stale DM is the lesser problem.
    cx.log.warn({ err: error }, 'owner DM not refreshed');
  }
}

/** The language of the action's leerlijn: a DM, where these buttons live, has no leerlijn to take it from. */
async function langOfAction(cx: SlackCtx, actionId: string): Promise<Lang> {
  const action = await actionById(cx.deps.db, actionId);
  return langOf(cx, action ? await leerlijnById(cx.deps.db, action.leerlijnId) : null);
}

function confirmation(lang: Lang, change: StatusChange, userId: string, unreached: readonly string[]): string {
  const text = t(lang, 'action.updated', { name: userMention(userId), action: safeText(change.action.description, 300), status: t(lang, `action.status.${change.action.status}`) });
  return unreached.length === 0 ? text : `${text}\n${t(lang, 'action.coordinatorsUnreached', { names: mentionList(lang, unreached) })}`;
}

export async function setStatus(call: ActionCall): Promise<void> {
  await call.ack();
  const parsed = StatusValue.safeParse(call.value);
  if (!parsed.success || !call.channelId) return;
  const [actionId, status] = parsed.data;
  const lang = await langOfAction(call.cx, actionId);
  try {
    const actor = { workspaceId: call.workspaceId, userId: call.userId };
    const change = await updateActionStatus(call.cx.deps, actor, { actionId, status });
    if (call.messageTs) await refreshOwnerDm(call.cx, call.client, actor, { channelId: call.channelId, ts: call.messageTs }, change);
    const unreached = await tellCoordinators(call.cx, call.workspaceId, call.userId, change, null);
    await ephemeral(call.client, call.channelId, call.userId, confirmation(lang, change, call.userId, unreached));
  } catch (error) {
    await ephemeral(call.client, call.channelId, call.userId, errorText(call.cx, lang, error, 'action_status'));
  }
}

export async function openStatusNote(call: ActionCall): Promise<void> {
  await call.ack();
  const actionId = Uuid.safeParse(call.value);
  if (!actionId.success || !call.channelId) return;
  const lang = await langOfAction(call.cx, actionId.data);
  let action;
  try {
    action = await getAction(call.cx.deps, { workspaceId: call.workspaceId, userId: call.userId }, actionId.data);
  } catch (error) {
    return call.tellUser(errorText(call.cx, lang, error, 'action_note_open'));
  }
  const options = ACTION_STATUSES.map((s) => ({ text: t(lang, `action.status.${s}`), value: s }));
  // Starts at the current status: adding a note to a stuck action must not quietly set it to bezig.
  const blocks = [selectInput('status', t(lang, 'action.title'), options, { initial: action.status }), textInput('note', t(lang, 'action.noteLabel'), { multiline: true, max: 500, optional: true })];
  const meta = { actionId: actionId.data, channelId: call.channelId, messageTs: call.messageTs, lang };
  await call.client.views.open({ trigger_id: call.triggerId, view: modal(STATUS_NOTE_CALLBACK, t(lang, 'action.title'), t(lang, 'action.submit'), t(lang, 'action.close'), blocks, meta) });
}

export async function submitStatusNote(call: SubmitCall): Promise<void> {
  const meta = parseMeta(NoteMeta, call.meta);
  if (!meta) return call.ack({ status: t('nl', 'field.invalid') });
  const note = read.optionalText(call.values, 'note');
  const actor = { workspaceId: call.workspaceId, userId: call.userId };
  let change: StatusChange;
  try {
    change = await updateActionStatus(call.cx.deps, actor, { actionId: meta.actionId, status: read.selected(call.values, 'status') ?? '', note });
  } catch (error) {
    if (error instanceof ValidationError) return call.ack(formErrors(meta.lang, error, (f) => (f === 'note' ? 'note' : 'status'), 'status'));
    return call.ack({ status: errorText(call.cx, meta.lang, error, 'action_note') });
  }
  await call.ack();
  if (meta.messageTs) await refreshOwnerDm(call.cx, call.client, actor, { channelId: meta.channelId, ts: meta.messageTs }, change);
  const unreached = await tellCoordinators(call.cx, call.workspaceId, call.userId, change, change.action.lastNote);
  await ephemeral(call.client, meta.channelId, call.userId, confirmation(meta.lang, change, call.userId, unreached));
}
