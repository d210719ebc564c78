// The planning (written once in src/views/leerlijn.ts) with Teams' own controls: the forms to
// move a meeting, set the notulist and invuller, and the reminders unfold in the same card.
import type { Lang } from '../../../domain/instrument.js';
import { ALL_MEETING_KINDS, type MeetingKind } from '../../../domain/meetings.js';
import { t } from '../../../i18n/index.js';
import { meetingName } from '../../../i18n/phrases.js';
import { MOVE_TO, timelineDoc } from '../../../views/leerlijn.js';
import type { ReminderSettings } from '../../../app/meetings.js';
import type { MemberView, MeetingView, TimelineView } from '../../../app/views.js';
import { adaptiveCard, container, note, submit, subheading, text, type AdaptiveCard, type Element, type Json } from './common.js';
import { teamsMarkup, toAdaptiveCard } from './doc.js';
import { errorLine, type FormValues } from './plan.js';
import { remindersFormCard } from './reminders.js';

export const MOVE_FORM = 'move';
/** One click to a working day: `leerlijnId`, `kind` and `date` in its data. */
export const MOVE_TO_FORM = MOVE_TO;
export const ROLES_FORM = 'roles';

/** Two forms share the card, and ids must be unique in it: the roles form names its inputs per meeting. */
function meetingChoice(lang: Lang, id: string, value: string | undefined): Element {
  return {
    type: 'Input.ChoiceSet',
    id,
    label: t(lang, 'schedule.title'),
    choices: ALL_MEETING_KINDS.map((k) => ({ title: t(lang, `meeting.${k}`), value: k })),
    value: value || 'actieplan',
  };
}

/** The "nobody" choice; an empty value would mean "not sent" and keep the current person. */
export const NO_ROLE = 'none';

export const roleInput = (role: 'notulist' | 'invuller', kind: MeetingKind): string => `${role}.${kind}`;

function value(values: FormValues, id: string): Json {
  const v = values[id];
  return v ? { value: v } : {};
}

/**
 * Moving one meeting; a refused move comes back here with the values kept and the reason under
 * the date. Outside the team's channel (a prompt in a personal chat) the form names its leerlijn.
 */
export function moveFormCard(lang: Lang, values: FormValues = {}, errors: ReadonlyMap<string, string> = new Map(), leerlijnId?: string): AdaptiveCard {
  return adaptiveCard(
    [
      meetingChoice(lang, 'kind', values.kind),
      ...errorLine(errors, 'kind'),
      { type: 'Input.Date', id: 'date', label: t(lang, 'schedule.date'), ...value(values, 'date') },
      ...errorLine(errors, 'date'),
      { type: 'Input.Time', id: 'time', label: t(lang, 'schedule.time'), ...value(values, 'time') },
      ...errorLine(errors, 'time'),
      note(t(lang, 'schedule.hint')),
    ],
    [submit(t(lang, 'schedule.submit'), MOVE_FORM, leerlijnId ? { leerlijnId } : {})],
  );
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
    { type: 'Action.ShowCard', title: t(lang, 'timeline.button.move'), card: moveFormCard(lang) },
    ...(members.length > 0 ? [{ type: 'Action.ShowCard', title: t(lang, 'timeline.button.roles'), card: rolesFormCard(lang, view.meetings, members) }] : []),
    ...(reminders ? [{ type: 'Action.ShowCard', title: t(lang, 'reminders.button.open'), card: remindersFormCard(lang, view.leerlijnId, reminders) }] : []),
  ];
  return toAdaptiveCard(timelineDoc(teamsMarkup(members), view, canEdit), actions);
}
