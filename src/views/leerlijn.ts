// The planning, the team, a leerlijn's status, the start message and the welcome, written once
// for both platforms. The controls that differ per platform (Slack's buttons that open a modal,
// Teams' forms that unfold in the card) are added by each adapter below these.
import type { LeerlijnView, MeetingView, StartView, StatusView, TimelineView } from '../app/views.js';
import type { Lang } from '../domain/instrument.js';
import { formatDate, formatDateTime, formatMinutes, formatShortDate } from '../i18n/format.js';
import { meetingDayWarning } from '../i18n/holiday-text.js';
import { meetingInlineName } from '../i18n/meeting-text.js';
import { t, tScheduleIssue } from '../i18n/index.js';
import { tTeamWarning } from '../i18n/team-warning.js';
import { meetingName, meetingPlace, nextMeetingText, programmeText, randvoorwaardenWarning } from '../i18n/phrases.js';
import { button, buttons, facts, group, heading, note, text, type Block, type Doc } from './doc.js';
import type { Markup } from './markup.js';

/**
 * A click moves the meeting to that day at its own time (read when clicked): `leerlijnId`, `kind`
 * and `date` in its data (Slack's value: `<leerlijn id>|<meeting>|<date>`).
 */
export const MOVE_TO = 'move_to';

function roleHolder(m: Markup, lang: Lang, userId: string | null): string {
  return userId ? m.person(lang, userId) : t(lang, 'timeline.nobody');
}

function meetingBlock(m: Markup, lang: Lang, meeting: MeetingView, timezone: string): Block {
  const place = meetingPlace(lang, meeting);
  return group([
    text(m.bold(`${place.step} · ${meetingName(lang, meeting.kind)}`), { id: `meeting_${meeting.kind}` }),
    facts([
      [place.week, formatDateTime(lang, meeting.startsAt, timezone)],
      [t(lang, 'timeline.duration', { duration: '' }).replace(/[:\s]+$/, ''), formatMinutes(lang, meeting.durationMinutes)],
      [t(lang, 'timeline.notulist'), roleHolder(m, lang, meeting.notulistUserId)],
      [t(lang, 'timeline.invuller'), roleHolder(m, lang, meeting.invullerUserId)],
      ...(meeting.location ? [[t(lang, 'timeline.location'), m.user(meeting.location, 200)] as const] : []),
    ]),
    note(programmeText(lang, meeting.programme)),
    note(`${t(lang, 'timeline.readFirst')}: ${meeting.documents.map((d) => d.label[lang]).join(', ')}`),
  ]);
}

/** A meeting on a day off (or beyond the holiday data): the warning, and for a coordinator the nearest working days as one-click moves. */
function daysOffBlocks(m: Markup, view: TimelineView, canEdit: boolean): Block[] {
  const { lang } = view;
  return view.daysOff.flatMap((check) => {
    const said = text(`${m.icon('calendar')} ${meetingDayWarning(lang, check, view.region)}`, { id: `day_off_${check.kind}`, tone: 'warning' });
    if (!canEdit || !check.alternatives) return [said];
    const moveTo = (date: string) => button(t(lang, 'guide.holiday.moveTo', { date: formatShortDate(lang, date) }), MOVE_TO, { leerlijnId: view.leerlijnId, kind: check.kind, date });
    return [said, buttons(`day_off_${check.kind}_move`, [moveTo(check.alternatives.before), moveTo(check.alternatives.after)])];
  });
}

/** The meetings still on (a cancelled one is left out), what needs care, and the days off. */
export function timelineDoc(m: Markup, view: TimelineView, canEdit: boolean): Doc {
  const { lang } = view;
  const issues = view.issues.length === 0 ? [] : [text(`${m.icon('warning')} ${t(lang, 'schedule.warningIntro')}`, { id: 'issues', tone: 'strong' }), ...view.issues.map((i) => text(`• ${m.commands(tScheduleIssue(lang, i))}`, { tone: 'warning' }))];
  const meetings = view.meetings.filter((x) => x.status !== 'cancelled').map((x) => meetingBlock(m, lang, x, view.timezone));
  const moved = view.moved ? movedText(view, m.person(lang, view.moved.by)) : null;
  // The notification says what moved, not only that a planning came.
  return { fallback: moved ?? t(lang, 'timeline.heading'), blocks: [heading(t(lang, 'timeline.heading')), ...(moved ? [text(moved, { id: 'moved', tone: 'strong' })] : []), ...issues, ...daysOffBlocks(m, view, canEdit), ...meetings] };
}

/** Who moved which meeting from when to when: the team need not compare the planning with the one before. */
function movedText(view: TimelineView, person: string): string {
  const { lang, timezone } = view;
  const { kind, from, to } = view.moved!;
  return t(lang, 'schedule.moved', { person, meeting: meetingInlineName(lang, kind), from: formatDateTime(lang, from, timezone), to: formatDateTime(lang, to, timezone) });
}

/** What needs care in the team (a side without anyone, people without a side). */
export function teamWarningBlocks(m: Markup, lang: Lang, l: Pick<LeerlijnView, 'teamWarnings'>): Block[] {
  return l.teamWarnings.map((w, i) => text(`${m.icon('warning')} ${m.commands(tTeamWarning(lang, w))}`, { tone: 'warning', ...(i === 0 ? { id: 'team_warnings' } : {}) }));
}

/** Each member with side, level and role (all of them: the team is at most 200, which fits both platforms); then what needs care. */
export function teamBlocks(m: Markup, l: LeerlijnView): Block[] {
  const { lang } = l;
  const people = l.members.map((member) => {
    const parts = [member.side ? t(lang, `side.${member.side}`) : '', member.level ? t(lang, `level.${member.level}`) : '', member.isCoordinator ? t(lang, 'team.coordinator') : ''];
    return [m.person(lang, member.userId), parts.filter(Boolean).join(' · ') || '–'] as const;
  });
  return [heading(t(lang, 'team.heading')), facts(people), ...teamWarningBlocks(m, lang, l)];
}

export const teamDoc = (m: Markup, l: LeerlijnView): Doc => ({ fallback: t(l.lang, 'team.heading'), blocks: teamBlocks(m, l) });

/** After a start: who started it for which school, and what still needs care. `starter` is already in the platform's markup. */
export function startedDoc(m: Markup, l: LeerlijnView, starter: string, firstMeeting: string): Doc {
  const { lang } = l;
  const posted = t(lang, 'start.posted', { name: starter, school: m.user(l.schoolName, 150), youthOrg: m.user(l.youthOrgName, 150), when: firstMeeting });
  const randvoorwaarden = randvoorwaardenWarning(lang, l.missingRandvoorwaarden);
  return {
    fallback: posted,
    blocks: [
      text(posted, { id: 'started', tone: 'good' }),
      ...(randvoorwaarden ? [text(`${m.icon('warning')} ${randvoorwaarden}`, { id: 'randvoorwaarden', tone: 'warning' })] : []),
      ...teamWarningBlocks(m, lang, l),
      note(m.t(lang, 'privacy.notice')),
    ],
  };
}

/**
 * What a start posts in the channel, as two messages: who started it (`starter`, as the platform
 * names them) with the first meeting, then the planning without its controls.
 */
export function startedPost(m: Markup, started: StartView, starter: string): [Doc, Doc] {
  const { leerlijn, timeline } = started;
  const first = timeline.meetings[0];
  const when = first ? formatDateTime(leerlijn.lang, first.startsAt, timeline.timezone) : '';
  return [startedDoc(m, leerlijn, starter, when), timelineDoc(m, timeline, false)];
}

/** Whether it runs (its next meeting), or since when it no longer does, and what can still be done. */
function runningLines(lang: Lang, view: StatusView): string[] {
  const l = view.leerlijn;
  const state = t(lang, `status.${l.status}`);
  const kind = t(lang, `kind.${l.kind}`);
  if (view.endedAt) {
    const ended = t(lang, 'status.endedOn', { status: state, when: formatDateTime(lang, view.endedAt, l.timezone) });
    const next = view.deleteOn ? t(lang, 'retention.statusEnded', { date: formatDate(lang, view.deleteOn) }) : t(lang, 'status.endedNext');
    return [`${ended} · ${kind}`, next];
  }
  const next = view.nextMeeting;
  const when = next ? nextMeetingText(lang, 'status', next, view.meetingUnderway, l.timezone) : t(lang, 'status.noNextMeeting');
  return [`${state} · ${kind}`, when];
}

function statusLines(lang: Lang, view: StatusView): string[] {
  const lines = runningLines(lang, view);
  for (const r of view.rounds) {
    // A round left open by a stop takes no more votes: it is not said to run on.
    if (r.status === 'open' && !view.endedAt) lines.push(t(lang, 'status.roundOpen', { moment: t(lang, `moment.${r.moment}`) }));
    else if (r.status === 'closed' && r.result) lines.push(`${t(lang, `moment.${r.moment}`)}: ${t(lang, 'result.total', { total: r.result.total, fase: t(lang, `fase.${r.result.fase}`) })}`);
  }
  const a = view.actions;
  lines.push(t(lang, 'status.actions', { open: a.open, bezig: a.bezig, klaar: a.klaar, looptVast: a.looptVast }));
  return lines;
}

/** Where the leerlijn stands: meeting, rounds and actions, what needs care, and the team. */
export function statusDoc(m: Markup, view: StatusView): Doc {
  const l = view.leerlijn;
  const { lang } = l;
  const title = t(lang, 'status.heading', { school: m.user(l.schoolName, 150), youthOrg: m.user(l.youthOrgName, 150) });
  // A stopped leerlijn follows nothing up and its team no longer changes (`team` is refused): an action past its date,
  // a randvoorwaarde to discuss at the first meeting or a gap in the team is no longer a care.
  const ended = view.endedAt !== undefined;
  const randvoorwaarden = ended ? null : randvoorwaardenWarning(lang, l.missingRandvoorwaarden);
  const cares = [
    ...(view.actions.overdue > 0 && !ended ? [t(lang, 'status.overdue', { count: view.actions.overdue })] : []),
    ...(randvoorwaarden ? [`${m.icon('warning')} ${randvoorwaarden}`] : []),
  ];
  const team = teamBlocks(m, ended ? { ...l, teamWarnings: [] } : l);
  return {
    fallback: title,
    blocks: [heading(title), text(m.commands(statusLines(lang, view).join('\n')), { id: 'status' }), ...(cares.length > 0 ? [text(cares.join('\n'), { tone: 'warning' })] : []), group(team)],
  };
}

/** Said once when the bot joins a channel: who it is, how to start, and its privacy promise. */
export function welcomeDoc(m: Markup, lang: Lang, kept = false): Doc {
  const welcome = m.t(lang, 'onboarding.welcome');
  const next = m.t(lang, kept ? 'onboarding.nextKept' : 'onboarding.next');
  return { fallback: welcome, blocks: [text(welcome, { tone: 'strong' }), text(next), note(m.t(lang, 'privacy.notice'))] };
}
