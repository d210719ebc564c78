// `/leerlijn export` (a JSON file in the coordinator's DM) and `/leerlijn verwijder`
// (a modal that asks for the school's name).
import { z } from 'zod';
import { deleteLeerlijn } from '../../app/data.js';
import type { ExportFile } from '../../app/export-files.js';
import { ValidationError } from '../../app/errors.js';
import { t, type Lang } from '../../i18n/index.js';
import { errorText, formErrors, post, type WebClient } from './context.js';
import { section } from './render/blocks.js';
import { modal, parseMeta, read, textInput } from './render/inputs.js';
import type { SubmitCall } from './types.js';

export const DELETE_CALLBACK = 'delete';
const Meta = z.object({ leerlijnId: z.uuid(), channelId: z.string().max(64), lang: z.enum(['nl', 'en']) });

/** The export as a file in the coordinator's DM with the bot. */
export async function uploadExport(client: WebClient, userId: string, lang: Lang, file: ExportFile): Promise<void> {
  const dm = await client.conversations.open({ users: userId });
  const channel = dm.channel?.id;
  if (!channel) throw new Error('no_dm_channel');
  await client.filesUploadV2({ channel_id: channel, filename: file.name, title: t(lang, 'export.ready'), file: file.bytes, initial_comment: t(lang, 'export.ready') });
}

/** The confirmation modal; only a coordinator gets it (the command's runner checked). */
export async function openDeleteModal(client: WebClient, triggerId: string, meta: { leerlijnId: string; channelId: string; lang: Lang }): Promise<void> {
  const lang = meta.lang;
  const blocks = [section(`:warning: ${t(lang, 'export.confirmWarning')}`), textInput('confirm', t(lang, 'export.confirmLabel'), { max: 200 })];
  await client.views.open({ trigger_id: triggerId, view: modal(DELETE_CALLBACK, t(lang, 'export.title'), t(lang, 'export.submit'), t(lang, 'export.close'), blocks, meta) });
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
