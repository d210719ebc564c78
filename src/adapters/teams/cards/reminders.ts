// The coordinator's reminder settings: how many days before a meeting the invitation and the
// short reminder go out, and whether a message goes out at the start. Shown on the timeline.
import type { ReminderSettings } from '../../../app/meetings.js';
import { t, type Lang } from '../../../i18n/index.js';
import { adaptiveCard, messageCard, note, submit, text, type AdaptiveCard, type Element } from './common.js';
import { errorLine, type FormValues } from './plan.js';
import { daysText } from '../../../i18n/phrases.js';

export const REMINDERS_FORM = 'reminders';

/** "geen", "1 dag vooraf", "7 dagen vooraf": the same words in the form and the confirmation. */
function daysChoice(lang: Lang, id: 'inviteDays' | 'dayBefore', max: number, value: string): Element {
  const choices = Array.from({ length: max + 1 }, (_, days) => ({ title: daysText(lang, days), value: String(days) }));
  return { type: 'Input.ChoiceSet', id, label: t(lang, `reminders.${id}`), choices, value };
}

const toggle = (id: string, title: string, value: string): Element =>
  ({ type: 'Input.Toggle', id, title, value: value === 'true' ? 'true' : 'false', valueOn: 'true', valueOff: 'false', wrap: true });

/** Prefilled with the current settings; a refused submit comes back with the user's values and the reason. */
export function remindersFormCard(lang: Lang, current: ReminderSettings, values: FormValues = {}, errors: ReadonlyMap<string, string> = new Map()): AdaptiveCard {
  const atStart = values.atStart ?? String(current.atStart);
  return adaptiveCard(
    [
      note(t(lang, 'reminders.intro')),
      ...(errors.has('form') ? [text(errors.get('form') ?? '', { color: 'Attention', wrap: true })] : []),
      daysChoice(lang, 'inviteDays', 28, values.inviteDays || String(current.inviteDays)),
      ...errorLine(errors, 'inviteDays'),
      daysChoice(lang, 'dayBefore', 6, values.dayBefore || String(current.dayBefore)),
      ...errorLine(errors, 'dayBefore'),
      toggle('atStart', t(lang, 'reminders.atStart'), atStart),
      ...errorLine(errors, 'atStart'),
      toggle('notifyChannel', t(lang, 'reminders.notifyChannel'), values.notifyChannel ?? String(current.notifyChannel)),
    ],
    [submit(t(lang, 'reminders.submit'), REMINDERS_FORM)],
  );
}

export function remindersSavedCard(lang: Lang, s: ReminderSettings): AdaptiveCard {
  const atStart = t(lang, s.atStart ? 'common.yes' : 'common.no');
  const saved = t(lang, 'reminders.saved', { inviteDays: daysText(lang, s.inviteDays), dayBefore: daysText(lang, s.dayBefore), atStart });
  return messageCard(s.notifyChannel ? `${saved} ${t(lang, 'reminders.savedNotify')}` : saved, { tone: 'good' });
}
