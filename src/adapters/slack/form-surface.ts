// A submitted modal, or a click that acts like a form, for the shared form flows (src/app/flows/*-forms.ts):
// its ack closes the modal or keeps it open with the reasons beside the inputs.
import type { ErrorView, FormCtx, FormSurface, StartFormCtx } from '../../app/flows/surface.js';
import type { Lang } from '../../i18n/index.js';
import { channelLeerlijn, placeLang } from '../../app/places.js';
import { problemsByInput } from '../../views/form.js';
import { errorTextOf } from './render/reply.js';
import { slackActCtx } from './surface.js';
import type { ActionCall, SlackCaller, SubmitCall } from './types.js';

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
