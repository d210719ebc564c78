// Submitting a neutral form's modal (src/views/plan-forms.ts): its values read by field id and
// handed to the form's flow, which builds the use case's input; problems go back beside the
// input of their field. Modals opened before the ids were the fields' still submit.
import { z } from 'zod';
import type { FormCtx } from '../../app/flows/surface.js';
import type { SentValues } from '../../app/flows/forms.js';
import { t, type Lang } from '../../i18n/index.js';
import { fieldFor, type Field } from '../../views/form.js';
import { slackFormCtx } from './form-surface.js';
import { readModal, sameId, type BlockOf } from './render/form.js';
import { parseMeta, type StateValues } from './render/inputs.js';
import type { SubmitCall } from './types.js';

/** private_metadata: the form's data and where it was opened (the shape these modals have always had). */
const Meta = z.object({
  leerlijnId: z.uuid(),
  channelId: z.string().max(64),
  lang: z.enum(['nl', 'en']),
  onderdeel: z.string().max(10).optional(),
  moment: z.string().max(20).optional(),
});

const LEGACY_ROW = /^a(\d)_(desc|owner|due)$/;
const LEGACY_SUFFIX: Record<string, string> = { description: 'desc', ownerUserId: 'owner', dueDate: 'due' };

/** Action rows were `a0_desc`, `a0_owner`, `a0_due` until the ids became the use case's (`actions.0.description`). */
function legacyBlockOf(state: StateValues): BlockOf | undefined {
  if (!Object.keys(state).some((k) => LEGACY_ROW.test(k))) return undefined;
  return (id) => {
    const [, row, name] = id.split('.');
    const suffix = name === undefined ? undefined : LEGACY_SUFFIX[name];
    return row !== undefined && suffix ? `a${row}_${suffix}` : id;
  };
}

/**
 * `fields`: the form's inputs in the modal's language; `save`: its flow (app/flows/*-forms.ts);
 * `legacy`: where a modal opened before the shared form had a field's input, if it was one.
 */
export async function submitModalForm(
  call: SubmitCall,
  fields: (lang: Lang) => Field[],
  save: (ctx: FormCtx, values: SentValues) => Promise<void>,
  legacy: (state: StateValues) => BlockOf | undefined = legacyBlockOf,
): Promise<void> {
  const meta = parseMeta(Meta, call.meta);
  const list = fields(meta?.lang ?? 'nl');
  const blockOf = legacy(call.values) ?? sameId;
  const first = blockOf(list[0]?.id ?? '');
  if (!meta) return call.ack({ [first]: t('nl', 'field.invalid') });
  const values = { ...readModal(list, call.values, blockOf), leerlijnId: meta.leerlijnId, onderdeel: meta.onderdeel, moment: meta.moment };
  // A problem with no input of its own (the onderdeel) goes beside the first.
  const blockFor = (field: string): string => blockOf(fieldFor(list, field) ?? list[0]?.id ?? '');
  await save(slackFormCtx(call, meta, { blockFor, fallback: first, ack: call.ack }), values);
}
