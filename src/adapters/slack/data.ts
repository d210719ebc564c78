// `/leerlijn export` (a JSON file in the coordinator's DM) and `/leerlijn verwijder`
// (a modal that asks for the school's name).
import { z } from 'zod';
import { deleteLeerlijn, exportLeerlijn } from '../../app/data.js';
import { ValidationError } from '../../app/errors.js';
import { t, tError } from '../../i18n/index.js';
import { errorText, ephemeral, formErrors, post } from './context.js';
import { section } from './render/blocks.js';
import { modal, parseMeta, read, textInput } from './render/inputs.js';
import type { CommandCall, SubmitCall } from './types.js';

export const DELETE_CALLBACK = 'delete';
const Meta = z.object({ leerlijnId: z.uuid(), channelId: z.string().max(64), lang: z.enum(['nl', 'en']) });

export async function exportCommand(call: CommandCall): Promise<void> {
  await call.ack();
  if (!call.leerlijn) return ephemeral(call.client, call.channelId, call.userId, tError(call.lang, 'no_leerlijn'));
  try {
    const data = await exportLeerlijn(call.cx.deps, { workspaceId: call.workspaceId, userId: call.userId }, call.leerlijn.id);
    const dm = await call.client.conversations.open({ users: call.userId });
    const channel = dm.channel?.id;
    if (!channel) throw new Error('no_dm_channel');
    await call.client.filesUploadV2({
      channel_id: channel,
      filename: `leerlijn-${call.leerlijn.id}.json`,
      title: t(call.lang, 'export.ready'),
      content: JSON.stringify(data, null, 2),
      initial_comment: t(call.lang, 'export.ready'),
    });
  } catch (error) {
    await ephemeral(call.client, call.channelId, call.userId, errorText(call.cx, call.lang, error, 'export'));
  }
}

export async function deleteCommand(call: CommandCall): Promise<void> {
  await call.ack();
  if (!call.leerlijn) return ephemeral(call.client, call.channelId, call.userId, tError(call.lang, 'no_leerlijn'));
  const lang = call.lang;
  const blocks = [section(`:warning: ${t(lang, 'export.confirmWarning')}`), textInput('confirm', t(lang, 'export.confirmLabel'), { max: 200 })];
  const meta = { leerlijnId: call.leerlijn.id, channelId: call.channelId, lang };
  await call.client.views.open({ trigger_id: call.triggerId, view: modal(DELETE_CALLBACK, t(lang, 'export.title'), t(lang, 'export.submit'), t(lang, 'export.close'), blocks, meta) });
}

export async function submitDelete(call: SubmitCall): Promise<void> {
  const meta = parseMeta(Meta, call.meta);
  if (!meta) return call.ack({ confirm: t('nl', 'field.invalid') });
  try {
    await deleteLeerlijn(call.cx.deps, { workspaceId: call.workspaceId, userId: call.userId }, meta.leerlijnId, read.text(call.values, 'confirm'));
  } catch (error) {
    if (error instanceof ValidationError) return call.ack(formErrors(meta.lang, error, () => 'confirm', 'confirm'));
    return call.ack({ confirm: errorText(call.cx, meta.lang, error, 'delete') });
  }
  await call.ack();
  await post(call.client, meta.channelId, { text: t(meta.lang, 'export.deleted'), blocks: [section(t(meta.lang, 'export.deleted'))] });
}
