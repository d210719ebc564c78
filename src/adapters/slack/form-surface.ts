// Forms in Slack: every neutral form (app/flows/form-registry.ts) as a modal that a button opens, its submit read by
// field id and handed to the form's flow; and the flows' surface for it (or for a click that acts like a form): the ack
// closes the modal or keeps it open with the reasons beside their inputs.
import { z } from 'zod';
import type { ErrorView, FormCtx, FormSurface, StartFormCtx } from '../../app/flows/surface.js';
import { formRequest, loadForm, partsOf, renamedInputs, submitFormFlow, type FormSpec } from '../../app/flows/form-registry.js';
import { sendOpenedFormOnce, sentBeforeKey } from '../../app/flows/form-once.js';
import { t, type Lang } from '../../i18n/index.js';
import { channelLeerlijn, placeLang } from '../../app/places.js';
import { fieldFor, problemsByInput } from '../../views/form.js';
import { openModal } from './context.js';
import { errorTextOf } from './render/reply.js';
import { slackMarkup } from './render/doc.js';
import { parseMeta, readModal } from './render/form.js';
import { formModal, isPersonalChat, slackActCtx } from './surface.js';
import { actorOf, type ActionCall, type SlackCaller, type SubmitCall } from './types.js';

/** Which block shows a field's problem is each form's own; `fallback` takes the rest ('' in a modal without inputs). */
export interface ModalInputs {
  blockFor(field: string): string | undefined;
  fallback: string;
  ack: SubmitCall['ack'];
}

/** `openedIn`: where the sender acted, when not the team's channel `channelId` (a prompt in their DM with the bot). */
type FormPlace = { channelId: string; openedIn?: string | undefined; lang: Lang };
type FormCall = SlackCaller & { botUserId?: string };

/** As `response_action: errors`, each problem beside its input, so the user keeps what they typed. */
function modalErrors(lang: Lang, refusal: ErrorView, inputs: ModalInputs): Record<string, string> {
  const fields = refusal.fields ?? [];
  if (fields.length > 0) return Object.fromEntries(problemsByInput(refusal.lang ?? lang, fields, (f) => inputs.blockFor(f) ?? inputs.fallback));
  return { [(refusal.at && inputs.blockFor(refusal.at)) || inputs.fallback]: errorTextOf(lang, refusal) };
}

/** Without `modal`: a click acked already, so a refusal is told privately. */
export function slackFormCtx(call: FormCall, form: FormPlace & { leerlijnId: string }, modal?: ModalInputs): FormCtx {
  return { ...slackStartCtx(call, form, modal), leerlijnId: form.leerlijnId };
}

export function slackStartCtx(call: FormCall, form: FormPlace, modal?: ModalInputs): StartFormCtx {
  const ctx = slackActCtx({ ...call, channelId: form.openedIn || form.channelId, triggerId: '' }, () => form.lang);
  const surface: FormSurface = {
    ...ctx.surface,
    formAccepted: async () => modal?.ack(),
    async formRefused(refusal) {
      if (modal?.fallback) return modal.ack(modalErrors(form.lang, refusal, modal));
      // A modal without inputs (the stop form) has nowhere to show a reason: it closes, and its sender is told.
      await modal?.ack();
      await ctx.surface.reply(refusal);
    },
  };
  return { ...ctx, lang: form.lang, surface };
}

/**
 * A button in the team's channel naming its leerlijn (forgeable: the use case checks who may). Only the
 * language is read here, so the cached row will do; unread, the default, and the flow's own read tells the clicker.
 */
export async function channelButtonCtx(call: ActionCall, channelId: string, leerlijnId: string): Promise<FormCtx> {
  const lang = placeLang(call.cx.deps, await channelLeerlijn(call.cx.deps, call.workspaceId, channelId, 'cached').catch(() => null));
  return slackFormCtx(call, { leerlijnId, channelId, lang });
}

/** private_metadata, the shape these modals have always had (`openedIn` absent: opened in the team's channel). */
const Meta = z.object({
  leerlijnId: z.uuid(), channelId: z.string().max(64), openedIn: z.string().max(64).optional(), lang: z.enum(['nl', 'en']),
  onderdeel: z.string().max(10).optional(), moment: z.string().max(20).optional(),
});

/** A button whose value names what the form is for (`<a>|<b>`); refused before it opens, the clicker is told why. */
export async function openModalForm(spec: FormSpec, call: ActionCall): Promise<void> {
  const req = formRequest(spec, partsOf(spec, call.value));
  const channelId = call.channelId ?? '';
  if (!req) return;
  // No channel (the App Home) or a DM: not in the team's channel.
  const open = { open: true, personal: !channelId || isPersonalChat(channelId), channelId };
  await openModal(call, `${spec.id}_form`, async () => {
    const form = await loadForm(call.cx.deps, actorOf(call), spec, req, open);
    return { lang: form.lang, view: formModal(form, channelId) };
  });
}

export async function submitModalForm(spec: FormSpec, call: SubmitCall): Promise<void> {
  const meta = parseMeta(Meta, call.meta);
  const list = spec.fields(slackMarkup, meta?.lang ?? 'nl');
  // A modal opened before the ids were the fields' still submits its inputs under their old names.
  const blockOf = renamedInputs(spec, call.values).inputOf;
  const first = blockOf(list[0]?.id ?? '');
  if (!meta) return first ? call.ack({ [first]: t('nl', 'field.invalid') }) : call.ack();
  const shown = spec.partial ? list.filter((f) => blockOf(f.id) in call.values) : list;
  const values = { ...readModal(shown, call.values, blockOf), leerlijnId: meta.leerlijnId, onderdeel: meta.onderdeel, moment: meta.moment };
  // A problem with no input of its own (the onderdeel) goes beside the first.
  const blockFor = (field: string): string => blockOf(fieldFor(list, field) ?? list[0]?.id ?? '');
  const ctx = slackFormCtx(call, meta, { blockFor, fallback: first, ack: call.ack });
  const opened = { form: spec.id, openedId: call.viewId, leerlijnId: meta.leerlijnId };
  const sent = await sendOpenedFormOnce(call.cx, actorOf(call), opened, (saved) => {
    const formAccepted = async (): Promise<void> => {
      await saved();
      await ctx.surface.formAccepted();
    };
    return submitFormFlow(spec, { ...ctx, surface: { ...ctx.surface, formAccepted } }, values);
  });
  // Saved before, or being sent now: said beside the first input of the modal Slack kept open.
  if (sent !== 'ran') await (first ? call.ack({ [first]: t(meta.lang, sentBeforeKey(sent)) }) : call.ack());
}
