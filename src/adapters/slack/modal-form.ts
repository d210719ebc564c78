// Every neutral form (app/flows/form-registry.ts) as a Slack modal: a button opens it, its submit is read by
// field id and handed to the form's flow, and problems go back beside their field's input.
import { z } from 'zod';
import { formRequest, loadForm, oldInputs, partsOf, submitFormFlow, type FormSpec } from '../../app/flows/form-registry.js';
import { t } from '../../i18n/index.js';
import { fieldFor } from '../../views/form.js';
import { openModal } from './context.js';
import { slackFormCtx } from './form-surface.js';
import { formModal, isPersonalChat } from './surface.js';
import { slackMarkup } from './render/doc.js';
import { readModal } from './render/form.js';
import { parseMeta } from './render/inputs.js';
import { actorOf, type ActionCall, type SubmitCall } from './types.js';

/** private_metadata, the shape these modals have always had (`openedIn` absent: opened in the team's channel). */
const Meta = z.object({
  leerlijnId: z.uuid(),
  channelId: z.string().max(64),
  openedIn: z.string().max(64).optional(),
  lang: z.enum(['nl', 'en']),
  onderdeel: z.string().max(10).optional(),
  moment: z.string().max(20).optional(),
});

/** A button whose value names what the form is for (`<a>|<b>`); refused before it opens, the clicker is told why. */
export async function openModalForm(spec: FormSpec, call: ActionCall): Promise<void> {
  const req = formRequest(spec, partsOf(spec, call.value));
  const channelId = call.channelId ?? '';
  if (!req) return;
  // No channel (the App Home) or a DM: not in the team's channel.
  const open = { open: true, personal: !channelId || isPersonalChat(channelId) };
  await openModal(call, `${spec.id}_form`, async () => {
    const form = await loadForm(call.cx.deps, actorOf(call), spec, req, open);
    return { lang: form.lang, view: formModal(form, channelId) };
  });
}

export async function submitModalForm(spec: FormSpec, call: SubmitCall): Promise<void> {
  const meta = parseMeta(Meta, call.meta);
  const list = spec.fields(slackMarkup, meta?.lang ?? 'nl');
  // A modal opened before the ids were the fields' still submits its inputs under their old names.
  const was = new Map([...oldInputs(spec, Object.keys(call.values))].map(([input, field]) => [field, input]));
  const blockOf = (id: string): string => was.get(id) ?? id;
  const first = blockOf(list[0]?.id ?? '');
  if (!meta) return first ? call.ack({ [first]: t('nl', 'field.invalid') }) : call.ack();
  const shown = spec.partial ? list.filter((f) => blockOf(f.id) in call.values) : list;
  const values = { ...readModal(shown, call.values, blockOf), leerlijnId: meta.leerlijnId, onderdeel: meta.onderdeel, moment: meta.moment };
  // A problem with no input of its own (the onderdeel) goes beside the first.
  const blockFor = (field: string): string => blockOf(fieldFor(list, field) ?? list[0]?.id ?? '');
  await submitFormFlow(spec, slackFormCtx(call, meta, { blockFor, fallback: first, ack: call.ack }), values);
}
