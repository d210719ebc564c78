// Action status from a DM or `mijn-acties`: klaar / bezig / loopt vast (with an optional
// note); the coordinators are told what changed.
import { z } from 'zod';
import { Uuid } from '../../app/validate.js';
import { listActions, myActions, updateActionStatus, type StatusChange } from '../../app/actions.js';
import { ValidationError } from '../../app/errors.js';
import { getStatus } from '../../app/overview.js';
import { ACTION_STATUSES, actionById } from '../../store/actions.js';
import { leerlijnById } from '../../store/leerlijnen.js';
import { t, tError, type Lang } from '../../i18n/index.js';
import { safeText, userMention } from './mrkdwn.js';
import { errorText, ephemeral, formErrors, langOf, type SlackCtx } from './context.js';
import { modal, parseMeta, read, selectInput, textInput } from './render/inputs.js';
import { renderActionList, renderMyActions } from './render/plan.js';
import type { ActionCall, CommandCall, SubmitCall } from './types.js';

export const STATUS_NOTE_CALLBACK = 'action_note';
const StatusValue = z.string().max(100).transform((s) => s.split('|')).pipe(z.tuple([z.uuid(), z.enum(ACTION_STATUSES)]));
const NoteMeta = z.object({ actionId: z.uuid(), channelId: z.string().max(64), lang: z.enum(['nl', 'en']) });

async function tellCoordinators(cx: SlackCtx, workspaceId: string, userId: string, change: StatusChange, note: string | null): Promise<void> {
  if (!change.changed || change.coordinators.length === 0) return;
  const status = await getStatus(cx.deps, { workspaceId, userId }, change.leerlijnId);
  for (const coordinator of change.coordinators) {
    const notice = { type: 'action_changed' as const, leerlijn: status.leerlijn, action: change.action, previousStatus: change.previousStatus, byUserId: userId, note };
    const result = await cx.messenger.toUser({ workspaceId, userId: coordinator }, notice);
    if (!result.ok) cx.log.warn({ error: result.error }, 'coordinator not told of status change');
  }
}

/** The language of the action's leerlijn: a DM, where these buttons live, has no leerlijn to take it from. */
async function langOfAction(cx: SlackCtx, actionId: string): Promise<Lang> {
  const action = await actionById(cx.deps.db, actionId);
  return langOf(cx, action ? await leerlijnById(cx.deps.db, action.leerlijnId) : null);
}

function confirmation(lang: Lang, change: StatusChange, userId: string): string {
  return t(lang, 'action.updated', { name: userMention(userId), action: safeText(change.action.description, 300), status: t(lang, `action.status.${change.action.status}`) });
}

export async function setStatus(call: ActionCall): Promise<void> {
  await call.ack();
  const parsed = StatusValue.safeParse(call.value);
  if (!parsed.success || !call.channelId) return;
  const [actionId, status] = parsed.data;
  const lang = await langOfAction(call.cx, actionId);
  try {
    const change = await updateActionStatus(call.cx.deps, { workspaceId: call.workspaceId, userId: call.userId }, { actionId, status });
    await ephemeral(call.client, call.channelId, call.userId, confirmation(lang, change, call.userId));
    await tellCoordinators(call.cx, call.workspaceId, call.userId, change, null);
  } catch (error) {
    await ephemeral(call.client, call.channelId, call.userId, errorText(call.cx, lang, error, 'action_status'));
  }
}

export async function openStatusNote(call: ActionCall): Promise<void> {
  await call.ack();
  const actionId = Uuid.safeParse(call.value);
  if (!actionId.success || !call.channelId) return;
  const lang = await langOfAction(call.cx, actionId.data);
  const options = ACTION_STATUSES.map((s) => ({ text: t(lang, `action.status.${s}`), value: s }));
  const blocks = [selectInput('status', t(lang, 'action.title'), options, { initial: 'bezig' }), textInput('note', t(lang, 'action.noteLabel'), { multiline: true, max: 500, optional: true })];
  const meta = { actionId: actionId.data, channelId: call.channelId, lang };
  await call.client.views.open({ trigger_id: call.triggerId, view: modal(STATUS_NOTE_CALLBACK, t(lang, 'action.title'), t(lang, 'action.submit'), t(lang, 'action.close'), blocks, meta) });
}

export async function submitStatusNote(call: SubmitCall): Promise<void> {
  const meta = parseMeta(NoteMeta, call.meta);
  if (!meta) return call.ack({ status: t('nl', 'field.invalid') });
  const note = read.optionalText(call.values, 'note');
  let change: StatusChange;
  try {
    change = await updateActionStatus(call.cx.deps, { workspaceId: call.workspaceId, userId: call.userId }, { actionId: meta.actionId, status: read.selected(call.values, 'status') ?? '', note });
  } catch (error) {
    if (error instanceof ValidationError) return call.ack(formErrors(meta.lang, error, (f) => (f === 'note' ? 'note' : 'status'), 'status'));
    return call.ack({ status: errorText(call.cx, meta.lang, error, 'action_note') });
  }
  await call.ack();
  await ephemeral(call.client, meta.channelId, call.userId, confirmation(meta.lang, change, call.userId));
  await tellCoordinators(call.cx, call.workspaceId, call.userId, change, change.action.lastNote);
}

export async function myActionsCommand(call: CommandCall): Promise<void> {
  await call.ack();
  const list = await myActions(call.cx.deps, call.workspaceId, call.userId);
  await ephemeral(call.client, call.channelId, call.userId, renderMyActions(call.lang, list));
}

export async function actionsCommand(call: CommandCall): Promise<void> {
  await call.ack();
  if (!call.leerlijn) return ephemeral(call.client, call.channelId, call.userId, tError(call.lang, 'no_leerlijn'));
  try {
    const list = await listActions(call.cx.deps, { workspaceId: call.workspaceId, userId: call.userId }, call.leerlijn.id);
    await ephemeral(call.client, call.channelId, call.userId, renderActionList(call.lang, list));
  } catch (error) {
    await ephemeral(call.client, call.channelId, call.userId, errorText(call.cx, call.lang, error, 'acties'));
  }
}
