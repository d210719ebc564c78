// The coordinator's reminder settings, from the Herinneringen button on the timeline: when the
// invitation, the short reminder and the at-start message go out. The form is written once in
// src/views/planning-forms.ts; the use case re-plans the reminders.
import { Uuid } from '../../app/validate.js';
import { remindersFormData } from '../../app/flows/open-forms.js';
import { NO, remindersFormSubmitted, YES } from '../../app/flows/meeting-forms.js';
import type { SentValues } from '../../app/flows/forms.js';
import { REMINDERS_FORM, remindersFields, remindersForm } from '../../views/planning-forms.js';
import { errorText } from './context.js';
import { submitModalForm } from './modal-form.js';
import { toModal } from './render/form.js';
import type { ActionCall, SubmitCall } from './types.js';

export const REMINDERS_CALLBACK = REMINDERS_FORM;
/** What this modal was called until both platforms shared one form: one still open submits. */
export const LEGACY_REMINDERS_CALLBACK = 'meeting_reminders';

export async function openReminders(call: ActionCall): Promise<void> {
  await call.ack();
  const leerlijnId = Uuid.safeParse(call.value);
  if (!leerlijnId.success) return;
  let timeline, settings;
  try {
    ({ timeline, settings } = await remindersFormData(call.cx.deps, { workspaceId: call.workspaceId, userId: call.userId }, leerlijnId.data));
  } catch (error) {
    return call.tellUser(errorText(call.cx, call.cx.deps.defaultLang, error, 'reminders_form'));
  }
  // The settings are the team's: what follows goes to the team's channel, also from a button in a direct message.
  const form = remindersForm(timeline.lang, leerlijnId.data, settings);
  await call.client.views.open({ trigger_id: call.triggerId, view: toModal(form, { channelId: timeline.channelId, lang: timeline.lang }) });
}

/** A modal opened before the shared form said yes/no as 'yes' and 'no'. */
const LEGACY_YES_NO: Readonly<Record<string, string>> = { yes: YES, no: NO };
const legacyYesNo = (v: string | undefined): string | undefined => (v === undefined ? v : (LEGACY_YES_NO[v] ?? v));

export async function submitReminders(call: SubmitCall): Promise<void> {
  await submitModalForm(call, remindersFields, (ctx, values: SentValues) =>
    remindersFormSubmitted(ctx, { ...values, atStart: legacyYesNo(values.atStart), notifyChannel: legacyYesNo(values.notifyChannel) }));
}
