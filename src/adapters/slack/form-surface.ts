// A submitted modal (or a click that acts like a form) in Slack, for the shared form flows
// (src/app/flows/*-forms.ts): the ack closes the modal or keeps it open with the reasons beside
// the inputs. Which block shows a field's problem is each form's own.
import type { ErrorView, FormCtx, FormSurface, StartFormCtx } from '../../app/flows/surface.js';
import type { Lang } from '../../i18n/index.js';
import { channelLeerlijn, placeLang } from '../../app/places.js';
import { problemsByInput } from '../../views/form.js';
import { errorTextOf } from './render/reply.js';
import { slackActCtx } from './surface.js';
import type { ActionCall, SlackCaller, SubmitCall } from './types.js';

/** A submitted modal: the block that shows a field's problem (by the use case's field name), where the rest goes, and its ack. */
export interface ModalInputs {
  blockFor(field: string): string | undefined;
  /** '' for a modal without inputs. */
  fallback: string;
  ack: SubmitCall['ack'];
}

type FormPlace = { channelId: string; openedIn?: string | undefined; lang: Lang };
type FormCall = SlackCaller & { botUserId?: string };

/** A refusal as `response_action: errors`: each problem beside its input, so the user keeps what they typed. */
function modalErrors(lang: Lang, refusal: ErrorView, inputs: ModalInputs): Record<string, string> {
  const fields = refusal.fields ?? [];
  if (fields.length > 0) return Object.fromEntries(problemsByInput(refusal.lang ?? lang, fields, (f) => inputs.blockFor(f) ?? inputs.fallback));
  return { [(refusal.at && inputs.blockFor(refusal.at)) || inputs.fallback]: errorTextOf(lang, refusal) };
}

/**
 * The flows' context for a form submitted in Slack: a modal (its `ack` closes it or keeps it
 * open with the reasons), or, without `modal`, a click acked already (a refusal is then told
 * privately). `channelId`: the team's channel the form belongs to; `openedIn`: where its sender
 * acted, when elsewhere (a prompt in their personal chat with the bot).
 */
export function slackFormCtx(call: FormCall, form: FormPlace & { leerlijnId: string }, modal?: ModalInputs): FormCtx {
  return { ...slackStartCtx(call, form, modal), leerlijnId: form.leerlijnId };
}

/** The start form's context: there is no leerlijn yet. */
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
 * A button in the team's channel acting on the leerlijn it names (forgeable: the use case
 * checks who may). Only the language comes from the channel's leerlijn, so the cached row will
 * do (app/places.ts); unread (the database is down), the default, and the flow's own read then
 * has the clicker told to try again.
 */
export async function channelButtonCtx(call: ActionCall, channelId: string, leerlijnId: string): Promise<FormCtx> {
  const lang = placeLang(call.cx.deps, await channelLeerlijn(call.cx.deps, call.workspaceId, channelId, 'cached').catch(() => null));
  return slackFormCtx(call, { leerlijnId, channelId, lang });
}
