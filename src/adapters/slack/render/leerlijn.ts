// The timeline, the team and a leerlijn's status.
import { meetingDayWarning } from '../../../i18n/holiday-text.js';
import type { LeerlijnView, MeetingView, StatusView, TimelineView } from '../../../app/views.js';
import { formatDateTime, formatMinutes, formatShortDate } from '../../../i18n/format.js';
import { t, tScheduleIssue, tTeamWarning, type Lang } from '../../../i18n/index.js';
import { meetingName, meetingPlace, programmeText, randvoorwaardenWarning } from '../../../i18n/phrases.js';
import { safeText, userMention } from '../mrkdwn.js';
import { actions, button, context, divider, header, linesToSections, section, type Block, type Rendered } from './blocks.js';

export const MOVE_ACTION = 'meeting_move';
export const ROLES_ACTION = 'meeting_roles';
export const REMINDERS_ACTION = 'meeting_reminders';

export function meetingWhen(lang: Lang, m: MeetingView, timezone: string): string {
  return formatDateTime(lang, m.startsAt, timezone);
}

function meetingBlock(lang: Lang, m: MeetingView, timezone: string): Block {
  const place = meetingPlace(lang, m);
  const lines = [
    `*${place.step} · ${meetingName(lang, m.kind)}* (${place.week})`,
    `${meetingWhen(lang, m, timezone)} · ${t(lang, 'timeline.duration', { duration: formatMinutes(lang, m.durationMinutes) })}`,
    programmeText(lang, m.programme),
    `${t(lang, 'timeline.readFirst')}: ${m.documents.map((d) => d.label[lang]).join(', ')}`,
    `${t(lang, 'timeline.notulist')}: ${m.notulistUserId ? userMention(m.notulistUserId) : t(lang, 'timeline.nobody')} · ${t(lang, 'timeline.invuller')}: ${m.invullerUserId ? userMention(m.invullerUserId) : t(lang, 'timeline.nobody')}`,
    ...(m.location ? [`${t(lang, 'timeline.location')}: ${safeText(m.location, 200)}`] : []),
  ];
  return section(lines.join('\n'), { blockId: `meeting_${m.kind}` });
}

export function renderTimeline(view: TimelineView, withButtons: boolean): Rendered {
  const lang = view.lang;
  const blocks: Block[] = [header(t(lang, 'timeline.heading'))];
  for (const m of view.meetings) blocks.push(meetingBlock(lang, m, view.timezone));
  if (view.issues.length > 0) {
    blocks.push(section(`:warning: ${t(lang, 'schedule.warningIntro')}\n${view.issues.map((i) => `• ${tScheduleIssue(lang, i)}`).join('\n')}`, { blockId: 'issues' }));
  }
  blocks.push(...daysOffBlocks(view, withButtons));
  if (withButtons) {
    blocks.push(actions('timeline', [
      button(t(lang, 'timeline.button.move'), MOVE_ACTION, view.leerlijnId),
      button(t(lang, 'timeline.button.roles'), ROLES_ACTION, view.leerlijnId),
      button(t(lang, 'reminders.button.open'), REMINDERS_ACTION, view.leerlijnId),
    ]));
  }
  return { text: t(lang, 'timeline.heading'), blocks };
}

/** A click moves the meeting to that day at its own time: `<leerlijn id>|<meeting>|<date>`. */
export const MOVE_TO_ACTION = 'move_to';

/** A meeting on a day off (or beyond the holiday data): the warning, and the nearest working days as buttons. */
function daysOffBlocks(view: TimelineView, withButtons: boolean): Block[] {
  const lang = view.lang;
  return view.daysOff.flatMap((check) => {
    const warning = section(`:calendar: ${meetingDayWarning(lang, check, view.region)}`, { blockId: `day_off_${check.kind}` });
    if (!withButtons || !check.alternatives) return [warning];
    const { before, after } = check.alternatives;
    const moveTo = (date: string) => button(t(lang, 'guide.holiday.moveTo', { date: formatShortDate(lang, date) }), MOVE_TO_ACTION, `${view.leerlijnId}|${check.kind}|${date}`);
    return [warning, actions(`day_off_${check.kind}_move`, [moveTo(before), moveTo(after)])];
  });
}

function memberLine(lang: Lang, m: LeerlijnView['members'][number]): string {
  const side = m.side ? t(lang, `side.${m.side}`) : '–';
  const level = m.level ? t(lang, `level.${m.level}`) : '–';
  const coord = m.isCoordinator ? ` (${t(lang, 'team.coordinator')})` : '';
  return `• ${userMention(m.userId)}${coord}: ${side} · ${level}`;
}

export function renderTeam(view: LeerlijnView, withEditButton: boolean): Rendered {
  const lang = view.lang;
  const blocks: Block[] = [header(t(lang, 'team.heading')), ...linesToSections(view.members.map((m) => memberLine(lang, m)))];
  const warnings = view.teamWarnings.map((w) => `:warning: ${tTeamWarning(lang, w)}`);
  if (warnings.length > 0) blocks.push(section(warnings.join('\n'), { blockId: 'team_warnings' }));
  if (withEditButton) blocks.push(actions('team', [button(t(lang, 'team.title'), TEAM_EDIT_ACTION, view.id)]));
  return { text: t(lang, 'team.heading'), blocks: blocks.slice(0, 50) };
}
export const TEAM_EDIT_ACTION = 'team_edit';

export function renderStarted(view: LeerlijnView, starterId: string, firstMeeting: string): Rendered {
  const lang = view.lang;
  const text = t(lang, 'start.posted', { name: userMention(starterId), school: safeText(view.schoolName, 150), youthOrg: safeText(view.youthOrgName, 150), when: firstMeeting });
  const blocks: Block[] = [section(text, { blockId: 'started' })];
  const randvoorwaarden = randvoorwaardenWarning(lang, view.missingRandvoorwaarden);
  if (randvoorwaarden) blocks.push(section(`:warning: ${randvoorwaarden}`, { blockId: 'randvoorwaarden' }));
  const warnings = view.teamWarnings.map((w) => `:warning: ${tTeamWarning(lang, w)}`);
  if (warnings.length > 0) blocks.push(section(warnings.join('\n'), { blockId: 'team_warnings' }));
  blocks.push(context(t(lang, 'privacy.notice')));
  return { text, blocks };
}

export function renderStatus(view: StatusView): Rendered {
  const l = view.leerlijn;
  const lang = l.lang;
  // The header is plain_text (shown as typed); the fallback text is mrkdwn in notifications, so escaped.
  const title = t(lang, 'status.heading', { school: l.schoolName, youthOrg: l.youthOrgName });
  const fallback = t(lang, 'status.heading', { school: safeText(l.schoolName, 150), youthOrg: safeText(l.youthOrgName, 150) });
  const lines = [`${t(lang, `kind.${l.kind}`)} · ${t(lang, `status.${l.status}`)}`];
  lines.push(
    view.nextMeeting
      ? t(lang, 'status.nextMeeting', { meeting: meetingName(lang, view.nextMeeting.kind), when: meetingWhen(lang, view.nextMeeting, l.timezone) })
      : t(lang, 'status.noNextMeeting'),
  );
  for (const r of view.rounds) {
    if (r.status === 'open') lines.push(t(lang, 'status.roundOpen', { moment: t(lang, `moment.${r.moment}`) }));
    else if (r.result) lines.push(`${t(lang, `moment.${r.moment}`)}: ${t(lang, 'result.total', { total: r.result.total, fase: t(lang, `fase.${r.result.fase}`) })}`);
  }
  const a = view.actions;
  lines.push(t(lang, 'status.actions', { open: a.open, bezig: a.bezig, klaar: a.klaar, looptVast: a.looptVast }));
  if (a.overdue > 0) lines.push(t(lang, 'status.overdue', { count: a.overdue }));
  const randvoorwaarden = randvoorwaardenWarning(lang, l.missingRandvoorwaarden);
  if (randvoorwaarden) lines.push(`:warning: ${randvoorwaarden}`);
  const team = renderTeam(l, false).blocks.slice(1);
  return { text: fallback, blocks: [header(title), section(lines.join('\n'), { blockId: 'status' }), divider(), section(`*${t(lang, 'team.heading')}*`), ...team] };
}
