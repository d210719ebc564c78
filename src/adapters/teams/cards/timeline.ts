// The planning (written once in src/views/leerlijn.ts) with Teams' own controls: the forms to
// move a meeting, set the notulist and invuller, and the reminders (each written once in
// src/views/planning-forms.ts) unfold in the same card.
import type { Lang } from '../../../domain/instrument.js';
import { t } from '../../../i18n/index.js';
import { MOVE_TO, timelineDoc } from '../../../views/leerlijn.js';
import type { ReminderSettings } from '../../../app/meetings.js';
import type { MemberView, MeetingView, TimelineView } from '../../../app/views.js';
import type { AdaptiveCard } from './common.js';
import { teamsMarkup, toAdaptiveCard } from './doc.js';
import { remindersFormCard } from './reminders.js';
import { toFormCard } from './form.js';
import { MOVE_FORM, moveForm, ROLES_FORM, rolesForm } from '../../../views/planning-forms.js';

export { MOVE_FORM };
/** One click to a working day: `leerlijnId`, `kind` and `date` in its data. */
export const MOVE_TO_FORM = MOVE_TO;
export { ROLES_FORM };

/**
 * Moving one meeting (src/views/planning-forms.ts); a refused move comes back here with the values
 * kept and the reason beside its input. The form names its leerlijn, so it also works from a
 * prompt in a personal chat.
 */
export function moveFormCard(lang: Lang, leerlijnId: string, values: Readonly<Record<string, string>> = {}, errors: ReadonlyMap<string, string> = new Map()): AdaptiveCard {
  return toFormCard(moveForm(lang, leerlijnId, values), [], errors);
}

/** Notulist, invuller and location of the meetings at once (src/views/planning-forms.ts): one submit, saved all or nothing. */
export function rolesFormCard(
  lang: Lang,
  leerlijnId: string,
  meetings: readonly MeetingView[],
  members: readonly MemberView[],
  values: Readonly<Record<string, string>> = {},
  errors: ReadonlyMap<string, string> = new Map(),
): AdaptiveCard {
  return toFormCard(rolesForm(lang, leerlijnId, meetings, values), members, errors);
}

/** `reminders` only for a coordinator's view: the form shows the current settings. Without `canEdit` no form is offered. */
export function timelineCard(view: TimelineView, members: readonly MemberView[] = [], reminders?: ReminderSettings, canEdit = true): AdaptiveCard {
  const { lang } = view;
  const actions = !canEdit ? [] : [
    { type: 'Action.ShowCard', title: t(lang, 'timeline.button.move'), card: moveFormCard(lang, view.leerlijnId) },
    ...(members.length > 0 ? [{ type: 'Action.ShowCard', title: t(lang, 'timeline.button.roles'), card: rolesFormCard(lang, view.leerlijnId, view.meetings, members) }] : []),
    ...(reminders ? [{ type: 'Action.ShowCard', title: t(lang, 'reminders.button.open'), card: remindersFormCard(lang, view.leerlijnId, reminders) }] : []),
  ];
  return toAdaptiveCard(timelineDoc(teamsMarkup(members), view, canEdit), actions);
}
