// The planning (written once in src/views/leerlijn.ts) with Teams' own controls: the forms to
// move a meeting, set the notulist and invuller, and the reminders unfold in the same card.
import type { Lang } from '../../../domain/instrument.js';
import type { MeetingKind } from '../../../domain/meetings.js';
import { t } from '../../../i18n/index.js';
import { meetingName } from '../../../i18n/phrases.js';
import { MOVE_TO, timelineDoc } from '../../../views/leerlijn.js';
import type { ReminderSettings } from '../../../app/meetings.js';
import type { MemberView, MeetingView, TimelineView } from '../../../app/views.js';
import { adaptiveCard, container, submit, subheading, text, type AdaptiveCard, type Element } from './common.js';
import { teamsMarkup, toAdaptiveCard } from './doc.js';
import { errorLine, type FormValues } from './plan.js';
import { remindersFormCard } from './reminders.js';
import { toFormCard } from './form.js';
import { MOVE_FORM, moveForm } from '../../../views/planning-forms.js';

export { MOVE_FORM };
/** One click to a working day: `leerlijnId`, `kind` and `date` in its data. */
export const MOVE_TO_FORM = MOVE_TO;
export const ROLES_FORM = 'roles';

/** The "nobody" choice; an empty value would mean "not sent" and keep the current person. */
export const NO_ROLE = 'none';

export const roleInput = (role: 'notulist' | 'invuller', kind: MeetingKind): string => `${role}.${kind}`;

/**
 * Moving one meeting (src/views/planning-forms.ts); a refused move comes back here with the values
 * kept and the reason beside its input. The form names its leerlijn, so it also works from a
 * prompt in a personal chat.
 */
export function moveFormCard(lang: Lang, leerlijnId: string, values: Readonly<Record<string, string>> = {}, errors: ReadonlyMap<string, string> = new Map()): AdaptiveCard {
  return toFormCard(moveForm(lang, leerlijnId, values), [], errors);
}

/** Notulist and invuller for all four meetings at once: one submit, saved all or nothing. */
export function rolesFormCard(
  lang: Lang,
  meetings: readonly MeetingView[],
  members: readonly MemberView[],
  values: FormValues = {},
  errors: ReadonlyMap<string, string> = new Map(),
  /** Sent from a personal chat, the form names its leerlijn (the use case checks who may save it). */
  leerlijnId?: string,
): AdaptiveCard {
  const people = [...members.map((m) => ({ title: m.displayName, value: m.userId })), { title: t(lang, 'teams.noRole'), value: NO_ROLE }];
  const select = (role: 'notulist' | 'invuller', m: MeetingView): Element[] => {
    const id = roleInput(role, m.kind);
    const current = role === 'notulist' ? m.notulistUserId : m.invullerUserId;
    const chosen = values[id] || current;
    return [{ type: 'Input.ChoiceSet', id, label: t(lang, `timeline.${role}`), choices: people, ...(chosen ? { value: chosen } : {}) }, ...errorLine(errors, id)];
  };
  const locationInput = (m: MeetingView): Element[] => {
    const id = `location.${m.kind}`;
    const value = values[id] ?? m.location ?? '';
    return [{ type: 'Input.Text', id, label: t(lang, 'timeline.location'), maxLength: 200, ...(value ? { value } : {}) }, ...errorLine(errors, id)];
  };
  const body: Element[] = [
    ...(errors.size > 0 ? [text(t(lang, 'error.invalid_input'), { color: 'Attention' }), ...errorLine(errors, 'form')] : []),
    ...meetings.filter((m) => m.status !== 'cancelled').map((m) =>
      container([subheading(meetingName(lang, m.kind)), ...select('notulist', m), ...select('invuller', m), ...locationInput(m)], { separator: true }),
    ),
  ];
  return adaptiveCard(body, [submit(t(lang, 'timeline.submit'), ROLES_FORM, leerlijnId ? { leerlijnId } : {})]);
}

/** `reminders` only for a coordinator's view: the form shows the current settings. Without `canEdit` no form is offered. */
export function timelineCard(view: TimelineView, members: readonly MemberView[] = [], reminders?: ReminderSettings, canEdit = true): AdaptiveCard {
  const { lang } = view;
  const actions = !canEdit ? [] : [
    { type: 'Action.ShowCard', title: t(lang, 'timeline.button.move'), card: moveFormCard(lang, view.leerlijnId) },
    ...(members.length > 0 ? [{ type: 'Action.ShowCard', title: t(lang, 'timeline.button.roles'), card: rolesFormCard(lang, view.meetings, members) }] : []),
    ...(reminders ? [{ type: 'Action.ShowCard', title: t(lang, 'reminders.button.open'), card: remindersFormCard(lang, view.leerlijnId, reminders) }] : []),
  ];
  return toAdaptiveCard(timelineDoc(teamsMarkup(members), view, canEdit), actions);
}
