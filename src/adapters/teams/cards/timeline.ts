// The four meetings with date, programme, documents and roles; the coordinator moves a
// meeting or assigns the notulist and invuller from the same card.
import type { Lang } from '../../../domain/instrument.js';
import { ALL_MEETING_KINDS, type MeetingKind } from '../../../domain/meetings.js';
import { formatDateTime, formatMinutes, formatShortDate } from '../../../i18n/format.js';
import { meetingDayWarning } from '../../../i18n/holiday-text.js';
import { t, tScheduleIssue } from '../../../i18n/index.js';
import { meetingName, meetingPlace, programmeText } from '../../../i18n/phrases.js';
import type { ReminderSettings } from '../../../app/meetings.js';
import type { MemberView, MeetingView, TimelineView } from '../../../app/views.js';
import { actionSet, adaptiveCard, container, facts, heading, note, submit, subheading, text, userText, warning, type AdaptiveCard, type Element, type Json } from './common.js';
import { errorLine, nameOf, type FormValues } from './plan.js';
import { remindersFormCard } from './reminders.js';

export const MOVE_FORM = 'move';
/** One click to a working day: `leerlijnId`, `kind` and `date` in its data. */
export const MOVE_TO_FORM = 'move_to';
export const ROLES_FORM = 'roles';

function roleHolder(members: readonly MemberView[], userId: string | null, lang: Lang): string {
  return userId ? nameOf(members, userId, lang) : t(lang, 'timeline.nobody');
}

function meetingBlock(lang: Lang, m: MeetingView, timezone: string, members: readonly MemberView[]): Element {
  const documents = m.documents.map((d) => d.label[lang]).join(', ');
  return container(
    [
      subheading(`${meetingPlace(lang, m).step} · ${meetingName(lang, m.kind)}`),
      facts([
        [meetingPlace(lang, m).week, formatDateTime(lang, m.startsAt, timezone)],
        [t(lang, 'timeline.duration', { duration: '' }).replace(/[:\s]+$/, ''), formatMinutes(lang, m.durationMinutes)],
        [t(lang, 'timeline.notulist'), roleHolder(members, m.notulistUserId, lang)],
        [t(lang, 'timeline.invuller'), roleHolder(members, m.invullerUserId, lang)],
        ...(m.location ? [[t(lang, 'timeline.location'), userText(m.location, 200)] as const] : []),
      ]),
      note(programmeText(lang, m.programme)),
      note(`${t(lang, 'timeline.readFirst')}: ${documents}`),
    ],
    { separator: true, spacing: 'Medium' },
  );
}

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

/** A meeting on a day off (or beyond the holiday data): the warning, and for a coordinator the nearest working days as one-click moves. */
function daysOffBlock(view: TimelineView, canEdit: boolean): Element[] {
  const lang = view.lang;
  return view.daysOff.flatMap((check) => {
    const said = warning(meetingDayWarning(lang, check, view.region));
    if (!canEdit || !check.alternatives) return [said];
    // The time is the meeting's when clicked (app/flows/meeting-forms.ts moveToDay), not when drawn.
    const moveTo = (date: string) => submit(t(lang, 'guide.holiday.moveTo', { date: formatShortDate(lang, date) }), MOVE_TO_FORM, { leerlijnId: view.leerlijnId, kind: check.kind, date });
    return [said, actionSet([moveTo(check.alternatives.before), moveTo(check.alternatives.after)])];
  });
}

/** `reminders` only for a coordinator's view: the form shows the current settings. Without `canEdit` no form is offered. */
export function timelineCard(view: TimelineView, members: readonly MemberView[] = [], reminders?: ReminderSettings, canEdit = true): AdaptiveCard {
  const lang = view.lang;
  const issues = view.issues.map((i) => warning(tScheduleIssue(lang, i)));
  const body = [
    heading(t(lang, 'timeline.heading')),
    ...(issues.length > 0 ? [text(t(lang, 'schedule.warningIntro'), { weight: 'Bolder' }), ...issues] : []),
    ...daysOffBlock(view, canEdit),
    ...view.meetings.filter((m) => m.status !== 'cancelled').map((m) => meetingBlock(lang, m, view.timezone, members)),
  ];
  if (!canEdit) return adaptiveCard(body);
  const actions = [
    { type: 'Action.ShowCard', title: t(lang, 'timeline.button.move'), card: moveFormCard(lang) },
    ...(members.length > 0 ? [{ type: 'Action.ShowCard', title: t(lang, 'timeline.button.roles'), card: rolesFormCard(lang, view.meetings, members) }] : []),
    ...(reminders ? [{ type: 'Action.ShowCard', title: t(lang, 'reminders.button.open'), card: remindersFormCard(lang, reminders) }] : []),
  ];
  return adaptiveCard(body, actions);
}
