// `/leerlijn verwijder`'s modal (render/modals.ts) submitted: the school's name typed again.
import { z } from 'zod';
import { deleteSubmitted } from '../../app/flows/data.js';
import { t } from '../../i18n/index.js';
import { parseMeta, read } from './render/inputs.js';
import { slackFormCtx } from './form-surface.js';
import type { SubmitCall } from './types.js';

const Meta = z.object({ leerlijnId: z.uuid(), channelId: z.string().max(64), lang: z.enum(['nl', 'en']) });

export async function submitDelete(call: SubmitCall): Promise<void> {
  const meta = parseMeta(Meta, call.meta);
  if (!meta) return call.ack({ confirm: t('nl', 'field.invalid') });
  await deleteSubmitted(slackFormCtx(call, meta, { blockFor: () => 'confirm', fallback: 'confirm', ack: call.ack }), read.text(call.values, 'confirm'));
}
