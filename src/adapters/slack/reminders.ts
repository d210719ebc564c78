// The coordinator's reminder settings, from the Herinneringen button on the timeline: when the
// invitation, the short reminder and the at-start message go out. The use case re-plans them.
import { z } from 'zod';
import { Uuid } from '../../app/validate.js';
import type { ReminderSettings } from '../../app/meetings.js';
import { remindersFormData } from '../../app/flows/open-forms.js';
import { remindersSubmitted } from '../../app/flows/meeting-forms.js';
import { t, type Lang } from '../../i18n/index.js';
import { errorText } from './context.js';
import { slackFormCtx } from './form-surface.js';
import { section } from './render/blocks.js';
import { modal, parseMeta, radioInput, read, selectInput } from './render/inputs.js';
import type { ActionCall, SubmitCall } from './types.js';
import { daysText } from '../../i18n/phrases.js';

export const REMINDERS_CALLBACK = 'meeting_reminders';
const Meta = z.object({ leerlijnId: z.uuid(), channelId: z.string().max(64), lang: z.enum(['nl', 'en']) });
const FIELDS = ['inviteDays', 'dayBefore', 'atStart', 'notifyChannel'];
const YES = 'yes';
const NO = 'no';

/** "geen", "1 dag vooraf", "7 dagen vooraf": the same words in the form and the confirmation. */
function dayOptions(lang: Lang, max: number): Array<{ text: string; value: string }> {
  return Array.from({ length: max + 1 }, (_, days) => ({ text: daysText(lang, days), value: String(days) }));
}

export function remindersModal(lang: Lang, settings: ReminderSettings, meta: z.infer<typeof Meta>) {
  const yesNo = [{ text: t(lang, 'common.yes'), value: YES }, { text: t(lang, 'common.no'), value: NO }];
  return modal(REMINDERS_CALLBACK, t(lang, 'reminders.title'), t(lang, 'reminders.submit'), t(lang, 'reminders.close'), [
    section(t(lang, 'reminders.intro'), { blockId: 'intro' }),
    selectInput('inviteDays', t(lang, 'reminders.inviteDays'), dayOptions(lang, 28), { initial: String(settings.inviteDays) }),
    selectInput('dayBefore', t(lang, 'reminders.dayBefore'), dayOptions(lang, 6), { initial: String(settings.dayBefore) }),
    radioInput('atStart', t(lang, 'reminders.atStart'), yesNo, { initial: settings.atStart ? YES : NO }),
    radioInput('notifyChannel', t(lang, 'reminders.notifyChannel'), yesNo, { initial: settings.notifyChannel ? YES : NO }),
  ], meta);
}

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
  const meta = { leerlijnId: leerlijnId.data, channelId: timeline.channelId, lang: timeline.lang };
  await call.client.views.open({ trigger_id: call.triggerId, view: remindersModal(timeline.lang, settings, meta) });
}

export async function submitReminders(call: SubmitCall): Promise<void> {
  const meta = parseMeta(Meta, call.meta);
  if (!meta) return call.ack({ inviteDays: t('nl', 'field.invalid') });
  // An unselected day count is sent as undefined, which the use case refuses as 'invalid'.
  const days = (block: string): string | undefined => read.selected(call.values, block) ?? undefined;
  const yes = (block: string): boolean | undefined => {
    const chosen = read.selected(call.values, block);
    return chosen === null ? undefined : chosen === YES;
  };
  const input = { inviteDays: days('inviteDays'), dayBefore: days('dayBefore'), atStart: yes('atStart'), notifyChannel: yes('notifyChannel') };
  // A refusal that is no field's (not the coordinator) stays beside the first input, so nobody thinks it saved.
  const inputs = { blockFor: (f: string) => (FIELDS.includes(f) ? f : undefined), fallback: 'inviteDays', ack: call.ack };
  await remindersSubmitted(slackFormCtx(call, meta, inputs), input);
}
