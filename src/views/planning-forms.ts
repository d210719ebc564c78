// The planning's forms, written once for both platforms (drawn by Slack's toModal and Teams'
// toFormCard): the reminder settings, moving a meeting, and the meetings' roles. Their field ids are the use cases' field names;
// app/flows/meeting-forms.ts reads them back into the use cases' input.
import type { ReminderSettings } from '../app/meetings.js';
import { NO, NO_ROLE, YES } from '../app/flows/meeting-forms.js';
import type { Lang } from '../domain/instrument.js';
import { ALL_MEETING_KINDS, FOLLOW_UP_KIND, MEETING_KINDS, type MeetingKind } from '../domain/meetings.js';
import type { MeetingView } from '../app/views.js';
import { daysText, meetingName } from '../i18n/phrases.js';
import { t, type MessageKey } from '../i18n/index.js';
import { heading, text } from './doc.js';
import { filled, type Field, type Form, type Option } from './form.js';

/** The form names submits carry (Teams' cards have sent these since the start; Slack's modals said meeting_…). */
export const REMINDERS_FORM = 'reminders';

/** "geen", "1 dag vooraf", "7 dagen vooraf": the same words in the form and the confirmation. */
function dayOptions(lang: Lang, max: number): Option[] {
  return Array.from({ length: max + 1 }, (_, days) => ({ label: daysText(lang, days), value: String(days) }));
}

/** The reminder form's inputs; the day counts are the use case's bounds. */
export function remindersFields(lang: Lang): Field[] {
  // Yes and no both spelled out (Slack's radio buttons; Teams had a toggle): nothing is left unchosen by accident.
  const yesNo = [{ label: t(lang, 'common.yes'), value: YES }, { label: t(lang, 'common.no'), value: NO }];
  return [
    { kind: 'choice', id: 'inviteDays', label: t(lang, 'reminders.inviteDays'), style: 'select', options: dayOptions(lang, 28), hint: t(lang, 'reminders.inviteDaysHint') },
    { kind: 'choice', id: 'dayBefore', label: t(lang, 'reminders.dayBefore'), style: 'select', options: dayOptions(lang, 6), hint: t(lang, 'reminders.dayBeforeHint') },
    { kind: 'choice', id: 'atStart', label: t(lang, 'reminders.atStart'), style: 'radio', options: yesNo },
    { kind: 'choice', id: 'notifyChannel', label: t(lang, 'reminders.notifyChannel'), style: 'radio', options: yesNo },
  ];
}

const yesNoOf = (on: boolean): string => (on ? YES : NO);

/** `sent`: the values of a refused submit, shown again; otherwise the form opens with the current settings. */
export function remindersForm(lang: Lang, leerlijnId: string, settings: ReminderSettings, sent: Readonly<Record<string, string>> = {}): Form {
  const saved = { inviteDays: String(settings.inviteDays), dayBefore: String(settings.dayBefore), atStart: yesNoOf(settings.atStart), notifyChannel: yesNoOf(settings.notifyChannel) };
  return {
    id: REMINDERS_FORM,
    lang,
    title: t(lang, 'reminders.title'),
    submit: t(lang, 'reminders.submit'),
    close: t(lang, 'reminders.close'),
    intro: [text(t(lang, 'reminders.intro'))],
    fields: remindersFields(lang),
    values: { ...saved, ...sent },
    data: { leerlijnId },
  };
}

export const MOVE_FORM = 'move';

/** `withFollowUp`: the new evaluation meeting is listed too (it is read from a submit either way). */
export function moveFields(lang: Lang, withFollowUp = true): Field[] {
  const meetings = (withFollowUp ? ALL_MEETING_KINDS : MEETING_KINDS).map((k) => ({ label: t(lang, `meeting.${k}`), value: k }));
  return [
    { kind: 'choice', id: 'kind', label: t(lang, 'schedule.meeting'), style: 'select', options: meetings },
    { kind: 'date', id: 'date', label: t(lang, 'schedule.date') },
    { kind: 'time', id: 'time', label: t(lang, 'schedule.time'), hint: t(lang, 'schedule.hint') },
  ];
}

/**
 * Moving one meeting: `preset` chosen when a button names it (a prompt, `planning nieuw`); no
 * meeting is chosen otherwise, so nobody moves one they did not pick. `values`: those, or a refused submit's.
 * `plansNew`: it plans the new evaluation meeting, not planned yet: there is nothing to move, so it says so.
 * `followUp`: the new evaluation meeting is listed (app: planned, or after the eindevaluatie); it is also where chosen.
 */
export function moveForm(lang: Lang, leerlijnId: string, values: Readonly<Record<string, string>> = {}, opts: { plansNew?: boolean; followUp?: boolean } = {}): Form {
  const plansNew = opts.plansNew === true;
  return {
    id: MOVE_FORM,
    lang,
    title: t(lang, plansNew ? 'schedule.newTitle' : 'schedule.title'),
    submit: t(lang, plansNew ? 'schedule.newSubmit' : 'schedule.submit'),
    close: t(lang, 'schedule.close'),
    intro: [],
    fields: moveFields(lang, opts.followUp === true || values.kind === FOLLOW_UP_KIND),
    values: filled(values),
    data: { leerlijnId },
  };
}

export const ROLES_FORM = 'roles';

/** Notulist, invuller and location of each of `kinds`, under the meeting's name; ids `<index in ALL_MEETING_KINDS>.<field>`. */
export function rolesFields(lang: Lang, kinds: readonly MeetingKind[]): Field[] {
  const nobody = { label: t(lang, 'schedule.noRole'), value: NO_ROLE };
  return kinds.flatMap((kind): Field[] => {
    const row = ALL_MEETING_KINDS.indexOf(kind);
    return [
      { kind: 'person', id: `${row}.notulistUserId`, label: t(lang, 'timeline.notulist'), optional: true, nobody, row, before: [heading(meetingName(lang, kind))] },
      { kind: 'person', id: `${row}.invullerUserId`, label: t(lang, 'timeline.invuller'), optional: true, nobody, row },
      { kind: 'text', id: `${row}.location`, label: t(lang, 'timeline.location'), optional: true, max: 200, row },
    ];
  });
}

/**
 * The roles of the meetings shown (a cancelled meeting gets none; a prompt shows one meeting):
 * one submit, saved all or nothing. `sent`: a refused submit's values, shown again.
 */
export function rolesForm(lang: Lang, leerlijnId: string, meetings: readonly MeetingView[], sent: Readonly<Record<string, string>> = {}): Form {
  const shown = meetings.filter((m) => m.status !== 'cancelled');
  const saved = shown.map((m) => {
    const row = ALL_MEETING_KINDS.indexOf(m.kind);
    return { [`${row}.notulistUserId`]: m.notulistUserId ?? '', [`${row}.invullerUserId`]: m.invullerUserId ?? '', [`${row}.location`]: m.location ?? '' };
  });
  return {
    id: ROLES_FORM,
    lang,
    title: t(lang, 'timeline.title'),
    submit: t(lang, 'timeline.submit'),
    close: t(lang, 'timeline.close'),
    intro: [],
    fields: rolesFields(lang, shown.map((m) => m.kind)),
    values: { ...filled(Object.assign({}, ...saved)), ...sent },
    data: { leerlijnId },
  };
}

export type PlanningForm = typeof MOVE_FORM | typeof ROLES_FORM | typeof REMINDERS_FORM;

/**
 * The planning forms a timeline offers and their labels, in the order shown: none to who may not edit,
 * moving a meeting, the roles where offered (a team to pick from), the reminders where given.
 */
export function timelineOffers(lang: Lang, canEdit: boolean, withRoles: boolean, withReminders: boolean): { form: PlanningForm; label: string }[] {
  const offered: [PlanningForm, MessageKey, boolean][] = [
    [MOVE_FORM, 'timeline.button.move', true],
    [ROLES_FORM, 'timeline.button.roles', withRoles],
    [REMINDERS_FORM, 'reminders.button.open', withReminders],
  ];
  return canEdit ? offered.filter(([, , shown]) => shown).map(([form, key]) => ({ form, label: t(lang, key) })) : [];
}
