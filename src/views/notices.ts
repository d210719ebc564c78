// Everything the bot says on its own (the Notice union), written once for both platforms. Each
// names the leerlijn first, so someone in several teams knows which one it is about. The forms a
// coordinator's prompt offers differ per platform (Slack: a button that opens a modal; Teams: a
// form that unfolds in the card): `promptForm` says which one, each adapter adds its own.
import { meetingStartStep } from '../app/flows/next-step.js';
import type { FollowupWhen, Notice } from '../app/notices.js';
import type { PlanGoingActions } from '../domain/plan-going.js';
import type { TeamNewsKind } from '../app/team-news.js';
import type { ActionView, MeetingView } from '../app/views.js';
import type { DocumentKind } from '../documents/links.js';
import type { Lang } from '../domain/instrument.js';
import { countText } from '../i18n/counts.js';
import { formatDate } from '../i18n/format.js';
import { localParts } from '../domain/timeline.js';
import { SCORING_MOMENT, type MeetingKind } from '../domain/meetings.js';
import { meetingStartText } from '../i18n/meeting-text.js';
import { t, type MessageKey } from '../i18n/index.js';
import { actieplanLateText, assignRolesText, closeOpenText, digestChangesText, digestText, dueDateText, invitationText, jobFailedText, meetingSentenceName, previousStatusText, programmeText } from '../i18n/phrases.js';
import { closeRoundConfirm } from './close-confirm.js';
import { button, buttons, note, ownAction, text, type Block, type Doc } from './doc.js';
import { leerlijnName, moreActions, ownActionsDoc } from './home.js';
import type { Markup } from './markup.js';
import { actionLine } from './plan.js';
import { MOVE_FORM, ROLES_FORM } from './planning-forms.js';
import { nextStepButton } from './reply.js';

/** Per status in the weekly digest: enough to see what moved, short enough to read. */
const DIGEST_LISTED = 15;

type Of<T extends Notice['type']> = Extract<Notice, { type: T }>;

/** The leerlijn first, then what is said: the sentence is also what a notification shows. */
function said(m: Markup, n: Notice, sentence: string, opts: { id: string; tone?: 'attention' }): Doc {
  return { fallback: sentence, blocks: [note(leerlijnName(m, n.leerlijn)), text(sentence, opts)] };
}

function ownerActions(m: Markup, n: Of<'owner_actions'>): Doc {
  const { lang } = n.leerlijn;
  const school = leerlijnName(m, n.leerlijn);
  // Handed over: they did not plan these themselves, so they hear who gave them.
  const intro = n.handedOverBy ? m.t(lang, 'action.handedOverIntro', { name: m.person(lang, n.handedOverBy), school }) : m.t(lang, 'action.ownerIntro', { school });
  return ownActionsDoc(m, lang, n.actions, intro, n.leerlijn.id);
}

/** Who changed it: a Slack mention or the team member's name; someone no longer on the team by the name the platform gave (Teams). */
function changedBy(m: Markup, n: Of<'action_changed'>): string {
  const onTeam = n.leerlijn.members.some((member) => member.userId === n.byUserId);
  return !onTeam && n.byName ? m.user(n.byName, 100) : m.person(n.leerlijn.lang, n.byUserId);
}

function actionChanged(m: Markup, n: Of<'action_changed'>): Doc {
  const { lang } = n.leerlijn;
  const line = t(lang, 'action.updated', { name: changedBy(m, n), action: m.user(n.action.description, 500), status: t(lang, `action.status.${n.action.status}`) });
  const why = n.note ? [text(m.italic(t(lang, 'action.lastNote', { note: m.user(n.note, 500) })))] : [];
  return { fallback: line, blocks: [note(leerlijnName(m, n.leerlijn)), text(line, { id: 'changed' }), ...why, note(previousStatusText(lang, n.previousStatus))] };
}

/** Taken off: the sentence that says what they stop doing (team-news.ts says what they did). */
function removedKey(news: Of<'team_news'>['news']): MessageKey {
  if (news.wasCoordinator) return news.wasVoting === false ? 'teamNews.removedCoordinator' : 'teamNews.removedVotingCoordinator';
  return news.wasVoting === false ? 'teamNews.removedNotVoting' : 'teamNews.removed';
}

const TEAM_NEWS_KEYS: Record<Exclude<TeamNewsKind, 'removed'>, MessageKey> = {
  added: 'teamNews.added',
  coordinator: 'teamNews.coordinator',
  no_longer_coordinator: 'teamNews.noLongerCoordinator',
};

/** Who changed it is on the team (a coordinator): a mention in Slack, their name in Teams. */
function teamNewsSentence(m: Markup, n: Of<'team_news'>): string {
  const { lang } = n.leerlijn;
  const name = m.person(lang, n.byUserId);
  const { kind, openActions } = n.news;
  if (kind !== 'removed') {
    const said = m.t(lang, TEAM_NEWS_KEYS[kind], { name });
    const round = n.news.roundOpen ? [m.t(lang, 'teamNews.roundOpen')] : [];
    const back = openActions === 0 ? [] : [m.t(lang, openActions === 1 ? 'teamNews.actionBack' : 'teamNews.actionsBack', { count: openActions })];
    return [said, ...round, ...back].join(' ');
  }
  const removed = m.t(lang, removedKey(n.news), { name });
  if (openActions === 0) return removed;
  return `${removed} ${m.t(lang, openActions === 1 ? 'teamNews.actionStays' : 'teamNews.actionsStay', { count: openActions })}`;
}

/** 'tomorrow' only when it is: the short reminder can be set days ahead, or go out late, on the day itself. */
function shortReminder(m: Markup, n: Extract<Of<'meeting_reminder'>, { when: 'day_before' }>, meeting: string): string {
  const { lang, timezone } = n.leerlijn;
  const time = meetingStartText(lang, n.meeting.startsAt, timezone);
  if (n.daysAhead === 1) return m.t(lang, 'reminder.dayBefore', { meeting, time });
  if (n.daysAhead <= 0) return m.t(lang, 'reminder.today', { meeting, time });
  return m.t(lang, 'reminder.onDay', { meeting, time, date: formatDate(lang, localParts(new Date(n.meeting.startsAt), timezone).date) });
}

function reminderSentence(m: Markup, n: Of<'meeting_reminder'>): string {
  const { lang } = n.leerlijn;
  const meeting = meetingSentenceName(lang, n.meeting.kind);
  if (n.when === 'invite') return invitationText(n, m.link, (name) => m.user(name, 200));
  const role = (id: string | null): string => (id ? m.person(lang, id) : t(lang, 'timeline.nobody'));
  const roles = { notulist: role(n.meeting.notulistUserId), invuller: role(n.meeting.invullerUserId) };
  if (n.when !== 'day_before') return m.t(lang, 'reminder.starting', { meeting, ...roles });
  const reminder = shortReminder(m, n, meeting);
  // Whoever takes a role reads it before the day, to prepare; with none chosen the coordinator was asked in private.
  const anyRole = n.meeting.notulistUserId !== null || n.meeting.invullerUserId !== null;
  return anyRole ? `${reminder} ${m.t(lang, 'reminder.roles', roles)}` : reminder;
}

/**
 * The invitation says where and what the meeting will do, so people can prepare; its start says
 * it again, with the meeting's work one click away for the coordinator (anyone else is refused).
 */
function meetingReminder(m: Markup, n: Of<'meeting_reminder'>): Doc {
  const { lang } = n.leerlijn;
  const meeting = n.meeting;
  const full = n.when !== 'day_before';
  const where = full && meeting.location ? [text(t(lang, 'reminder.where', { location: m.user(meeting.location, 200) }), { id: 'where' })] : [];
  // The whole channel reads "nog niemand": it says who picks them and how, so nobody waits to be asked.
  const rolesMissing = n.when === 'start' && (meeting.notulistUserId === null || meeting.invullerUserId === null);
  const rolesHow = rolesMissing ? [text(m.t(lang, 'reminder.rolesHow'), { id: 'roles_how' })] : [];
  const programme = full ? [note(programmeText(lang, meeting.programme), 'programme')] : [];
  const step = meetingStartStep(meeting.kind, n.week1Agreed ?? true);
  const first = n.when === 'start' && step.week1First ? [text(m.t(lang, 'reminder.week1First', { moment: t(lang, 'moment.week1') }), { id: 'week1_first' })] : [];
  const start = n.when === 'start' ? [...first, buttons('meeting_start', [nextStepButton(lang, step.next, step.command)])] : [];
  const doc = said(m, n, reminderSentence(m, n), { id: 'reminder' });
  return { ...doc, blocks: [...doc.blocks, ...rolesHow, ...where, ...programme, ...start] };
}

const PLAN_GOING_KEYS: Record<PlanGoingActions, MessageKey> = {
  none: 'reminder.planGoingNoActions',
  open: 'reminder.planGoing',
  all_done: 'reminder.planGoingAllDone',
};

function promptSentence(m: Markup, n: Of<'coordinator_prompt'>): string {
  const { lang } = n.leerlijn;
  if (n.prompt === 'actieplan_not_planned') return m.commands(actieplanLateText(lang, n.meeting, n.leerlijn.timezone));
  if (n.prompt === 'plan_going') return m.t(lang, PLAN_GOING_KEYS[n.actions ?? 'open']);
  if (n.prompt === 'assign_roles') return m.commands(assignRolesText(lang, n.meeting, n.leerlijn.timezone, n.daysAhead));
  const leerlijn = leerlijnName(m, n.leerlijn);
  if (n.prompt === 'round_not_held') {
    // Named by the round its meeting holds (domain SCORING_MOMENT): week 17 at the eindevaluatie, otherwise week 1.
    const week17 = n.meeting !== null && SCORING_MOMENT[n.meeting.kind] === 'week17';
    const moment = t(lang, week17 ? 'moment.week17' : 'moment.week1');
    return m.commands(t(lang, week17 ? 'reminder.roundNotHeldWeek17' : 'reminder.roundNotHeld', { moment, leerlijn }));
  }
  return m.commands(closeOpenText(lang, { meetingKind: n.meeting?.kind ?? null, openRound: n.openRound, openMoment: n.openMoment ?? null, unagreed: n.unagreed, leerlijn }));
}

/** The close button of the reminder that a round is still open; its click: app/flows/prompt-close.ts. */
export const PROMPT_CLOSE = 'prompt_close_round';

/** A prompt to close a round names it: its button closes that round and no other, answered in the prompt's place. */
function promptDoc(m: Markup, n: Of<'coordinator_prompt'>): Doc {
  const doc = said(m, n, promptSentence(m, n), { id: 'prompt' });
  if (n.prompt !== 'close_open' || !n.openRoundId) return doc;
  const { lang } = n.leerlijn;
  const close = { ...button(t(lang, 'reminder.button.closeRound'), PROMPT_CLOSE, { roundId: n.openRoundId }, 'primary'), inPlace: true as const, confirm: closeRoundConfirm(lang) };
  return { ...doc, blocks: [...doc.blocks, buttons('prompt_close', [close])] };
}

/**
 * The planning form a coordinator's prompt offers, its button's label and the meeting it opens on: "is the
 * plan getting going?" (if not, the terugkom may come earlier) and "a notulist and invuller are missing".
 */
export function promptForm(n: Of<'coordinator_prompt'>):
  | { form: typeof MOVE_FORM; label: string; kind: MeetingKind; style?: undefined }
  | { form: typeof ROLES_FORM; label: string; kind: MeetingKind; meeting: MeetingView; style: 'primary' }
  | null {
  const { lang } = n.leerlijn;
  if (n.prompt === 'plan_going') return { form: MOVE_FORM, label: t(lang, 'reminder.button.moveTerugkom'), kind: 'terugkom' };
  // The roles are what the meeting still lacks, so its button stands out; moving the terugkom is only offered.
  if (n.prompt === 'assign_roles') return { form: ROLES_FORM, label: t(lang, 'guide.button.coordinator.assign_roles'), kind: n.meeting.kind, meeting: n.meeting, style: 'primary' };
  return null;
}

const FOLLOWUP_KEYS: Record<FollowupWhen, MessageKey> = {
  before: 'reminder.actionSoon',
  due: 'reminder.actionDue',
  due_day_off: 'reminder.actionDueOnDayOff',
  overdue: 'reminder.actionOverdue',
};

function followup(m: Markup, n: Of<'action_followup'>): Doc {
  const { lang } = n.leerlijn;
  const key = FOLLOWUP_KEYS[n.when];
  const doc = said(m, n, m.t(lang, key, { action: m.user(n.action.description, 500), due: dueDateText(lang, n.action.dueDate) }), { id: 'followup' });
  // Its buttons say it is this reminder, so a click redraws it as this reminder (app/flows/status.ts).
  return { ...doc, blocks: [...doc.blocks, ownAction(lang, n.action, { leerlijnId: n.leerlijn.id, reminder: n.when })] };
}

/** One status's actions in the digest, cut at DIGEST_LISTED with how many it leaves out. */
function digestList(m: Markup, lang: Lang, title: string, list: readonly ActionView[]): Block[] {
  if (list.length === 0) return [];
  const lines = list.slice(0, DIGEST_LISTED).map((a) => actionLine(m, lang, a));
  return [text(title, { tone: 'strong' }), text(lines.join('\n'), { tone: 'small' }), ...moreActions(m, lang, list.length, DIGEST_LISTED)];
}

function digest(m: Markup, n: Of<'digest'>): Doc {
  const { lang } = n.leerlijn;
  const summary = digestText(lang, n);
  const changed = [
    ...digestList(m, lang, t(lang, 'action.status.klaar'), n.done),
    ...digestList(m, lang, t(lang, 'action.status.bezig'), n.bezig),
    ...digestList(m, lang, t(lang, 'action.status.loopt_vast'), n.stuck),
  ];
  const moved = changed.length > 0 ? [text(digestChangesText(lang, n, true)), ...changed] : [note(digestChangesText(lang, n, false))];
  // An overdue action that changed is listed once, under its change: what moved is what the
  // digest is for, and its line says it is overdue. The list below holds the other overdue
  // ones ("verder"), so the count in the first line still adds up.
  const listed = new Set([...n.done, ...n.bezig, ...n.stuck].map((a) => a.id));
  const others = n.overdue.filter((a) => !listed.has(a.id));
  const overdueTitle = t(lang, others.length < n.overdue.length ? 'reminder.digestOverdueOthers' : 'action.overdue');
  return {
    fallback: summary,
    blocks: [text(`${m.bold(leerlijnName(m, n.leerlijn))}\n${summary}`, { id: 'digest' }), ...moved, ...digestList(m, lang, overdueTitle, others)],
  };
}

export function noticeDoc(m: Markup, n: Notice): Doc {
  const { lang } = n.leerlijn;
  switch (n.type) {
    case 'owner_actions':
      return ownerActions(m, n);
    case 'action_changed':
      return actionChanged(m, n);
    case 'meeting_reminder':
      return meetingReminder(m, n);
    case 'coordinator_prompt':
      return promptDoc(m, n);
    case 'action_followup':
      return followup(m, n);
    case 'digest':
      return digest(m, n);
    case 'job_failed':
      return said(m, n, m.commands(jobFailedText(lang, n.jobKind, n.attempts, n)), { id: 'job_failed', tone: 'attention' });
    case 'recipient_gone':
      return said(m, n, m.t(lang, n.inChannel ? 'reminder.recipientGoneChannel' : 'reminder.recipientGone', { name: m.user(n.name, 100) }), { id: 'recipient_gone', tone: 'attention' });
    case 'team_news':
      return said(m, n, teamNewsSentence(m, n), { id: 'team_news' });
    case 'retention_warning':
      return said(m, n, m.t(lang, 'retention.warning', { date: formatDate(lang, n.deleteOn) }), { id: 'retention_warning', tone: 'attention' });
    case 'step_document':
      // What is said with the document (Slack posts the file with it as its comment).
      return said(m, n, stepDocumentSaid(m, lang, n.document), { id: 'step_document' });
  }
}

/** What is said with a step's document (Slack posts the file with it as its comment). */
export const stepDocumentSaid = (m: Markup, lang: Lang, kind: DocumentKind): string => m.t(lang, `documents.posted.${kind}` as MessageKey);

/** How long a link works as people count it: whole days in days (the default 336 hours is 14 days), otherwise hours. */
const linkPeriodText = (lang: Lang, hours: number): string => (hours % 24 === 0 ? countText(lang, 'dag', hours / 24) : countText(lang, 'uur', hours));

/**
 * A step's document where the bot links to the PDF it serves itself (Teams: a bot cannot simply
 * post a file to a channel): what is said with it, then the signed, expiring link, or without
 * one (PUBLIC_URL not set) that there is none, and where the coordinator finds everything.
 */
export function stepDocumentDoc(m: Markup, lang: Lang, kind: DocumentKind, link: { url: string | null; ttlHours: number }): Doc {
  const said = stepDocumentSaid(m, lang, kind);
  const head = text(said, { id: 'step_document' });
  if (!link.url) return { fallback: said, blocks: [head, note(m.t(lang, 'documents.posted.noLink'))] };
  const open = { ...button(m.t(lang, 'documents.posted.open'), 'open_document', {}), url: link.url };
  return { fallback: said, blocks: [head, note(m.t(lang, 'documents.posted.linkValid', { period: linkPeriodText(lang, link.ttlHours) })), buttons('step_document_open', [open])] };
}
