// The four meetings with date, programme, documents and roles; the coordinator moves a
// meeting or assigns the notulist and invuller from the same card.
import type { Lang } from '../../../domain/instrument.js';
import { MEETING_KINDS } from '../../../domain/meetings.js';
import { formatDateTime, formatMinutes } from '../../../i18n/format.js';
import { t, tScheduleIssue } from '../../../i18n/index.js';
import { meetingName, programmeText } from '../../../i18n/phrases.js';
import type { MemberView, MeetingView, TimelineView } from '../../../app/views.js';
import { adaptiveCard, container, facts, heading, note, submit, subheading, text, userText, warning, type AdaptiveCard, type Element } from './common.js';

export const MOVE_FORM = 'move';
export const ROLES_FORM = 'roles';

function nameOf(members: readonly MemberView[], userId: string | null, lang: Lang): string {
  if (!userId) return t(lang, 'timeline.nobody');
  return userText(members.find((m) => m.userId === userId)?.displayName ?? userId, 100);
}

function meetingBlock(lang: Lang, m: MeetingView, timezone: string, members: readonly MemberView[]): Element {
  const documents = m.documents.map((d) => d.label[lang]).join(', ');
  return container(
    [
      subheading(`${t(lang, 'timeline.step', { step: m.step })} · ${meetingName(lang, m.kind)}`),
      facts([
        [t(lang, 'timeline.week', { week: m.week }), formatDateTime(lang, m.startsAt, timezone)],
        [t(lang, 'timeline.duration', { duration: '' }).replace(/[:\s]+$/, ''), formatMinutes(lang, m.durationMinutes)],
        [t(lang, 'timeline.notulist'), nameOf(members, m.notulistUserId, lang)],
        [t(lang, 'timeline.invuller'), nameOf(members, m.invullerUserId, lang)],
      ]),
      note(programmeText(lang, m.programme)),
      note(`${t(lang, 'timeline.readFirst')}: ${documents}`),
    ],
    { separator: true, spacing: 'Medium' },
  );
}

/** Two forms share the card, and ids must be unique in it: hence `id`. */
function meetingChoice(lang: Lang, id: string): Element {
  return {
    type: 'Input.ChoiceSet',
    id,
    label: t(lang, 'schedule.title'),
    choices: MEETING_KINDS.map((k) => ({ title: t(lang, `meeting.${k}`), value: k })),
    value: 'actieplan',
  };
}

function moveCard(lang: Lang): Element {
  return adaptiveCard(
    [
      meetingChoice(lang, 'kind'),
      { type: 'Input.Date', id: 'date', label: t(lang, 'schedule.date') },
      { type: 'Input.Time', id: 'time', label: t(lang, 'schedule.time') },
      note(t(lang, 'schedule.hint')),
    ],
    [submit(t(lang, 'schedule.submit'), MOVE_FORM)],
  );
}

function rolesCard(lang: Lang, members: readonly MemberView[]): Element {
  const people = members.map((m) => ({ title: m.displayName, value: m.userId }));
  return adaptiveCard(
    [
      meetingChoice(lang, 'roleKind'),
      { type: 'Input.ChoiceSet', id: 'notulistUserId', label: t(lang, 'timeline.notulist'), choices: people },
      { type: 'Input.ChoiceSet', id: 'invullerUserId', label: t(lang, 'timeline.invuller'), choices: people },
    ],
    [submit(t(lang, 'timeline.submit'), ROLES_FORM)],
  );
}

export function timelineCard(view: TimelineView, members: readonly MemberView[] = []): AdaptiveCard {
  const lang = view.lang;
  const issues = view.issues.map((i) => warning(tScheduleIssue(lang, i)));
  const body = [
    heading(t(lang, 'timeline.heading')),
    ...(issues.length > 0 ? [text(t(lang, 'schedule.warningIntro'), { weight: 'Bolder' }), ...issues] : []),
    ...view.meetings.filter((m) => m.status !== 'cancelled').map((m) => meetingBlock(lang, m, view.timezone, members)),
  ];
  const actions = [
    { type: 'Action.ShowCard', title: t(lang, 'timeline.button.move'), card: moveCard(lang) },
    ...(members.length > 0 ? [{ type: 'Action.ShowCard', title: t(lang, 'timeline.button.roles'), card: rolesCard(lang, members) }] : []),
  ];
  return adaptiveCard(body, actions);
}
