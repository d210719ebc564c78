// The coordinator's reminder settings: how many days before a meeting the invitation and the
// short reminder go out, and whether a message goes out at the start. Shown on the timeline;
// the form is written once in src/views/planning-forms.ts.
import type { ReminderSettings } from '../../../app/meetings.js';
import { t, type Lang } from '../../../i18n/index.js';
import { daysText } from '../../../i18n/phrases.js';
import { remindersForm } from '../../../views/planning-forms.js';
import { messageCard, type AdaptiveCard } from './common.js';
import { toFormCard } from './form.js';

/** Prefilled with the current settings; a refused submit comes back with the user's values and the reasons beside them. */
export function remindersFormCard(
  lang: Lang,
  leerlijnId: string,
  current: ReminderSettings,
  values: Readonly<Record<string, string>> = {},
  errors: ReadonlyMap<string, string> = new Map(),
): AdaptiveCard {
  return toFormCard(remindersForm(lang, leerlijnId, current, values), [], errors);
}

export function remindersSavedCard(lang: Lang, s: ReminderSettings): AdaptiveCard {
  const atStart = t(lang, s.atStart ? 'common.yes' : 'common.no');
  const saved = t(lang, 'reminders.saved', { inviteDays: daysText(lang, s.inviteDays), dayBefore: daysText(lang, s.dayBefore), atStart });
  return messageCard(s.notifyChannel ? `${saved} ${t(lang, 'reminders.savedNotify')}` : saved, { tone: 'good' });
}
