// Phrases both adapters show, built in one place so Slack and Teams cannot drift apart.
// Platform-neutral: no markup, no escaping; each adapter escapes user text around these.
import { ONDERDELEN, SCALE, type Lang, type OnderdeelCode, type Score } from '../domain/instrument.js';
import type { MeetingKind } from '../domain/meetings.js';
import type { RoundMoment } from '../domain/progress-types.js';
import type { Randvoorwaarde } from '../domain/team.js';
import { formatDateTime, formatMinutes, formatShortDate } from './format.js';
import { t, tDynamic } from './index.js';
import { meetingInlineName, meetingStartText, meetingWhenText } from './meeting-text.js';
import { countText, sentenceStart } from './counts.js';
import type { Notice } from '../app/notices.js';

/**
 * A due date in lists and reminders: 'vr 20 feb 2026'. Short enough for a list line, and with
 * the year because actions made in one school year can fall due in the next.
 */
export function dueDateText(lang: Lang, isoDate: string): string {
  return `${formatShortDate(lang, isoDate)} ${isoDate.slice(0, 4)}`;
}

/** The programme's own name for a meeting, capitalised also mid-sentence: 'Terugkombijeenkomst'. */
export function meetingName(lang: Lang, kind: MeetingKind): string {
  return t(lang, `meeting.${kind}`);
}

/**
 * Where a meeting sits in the leerlijn: 'Stap 2' and 'Week 3' (a moved one 'Week 4 (in de leerlijn: week 3)'), or for the optional new evaluation
 * meeting (no step, no set week) 'Na de leerlijn' and 'optioneel'.
 */
export function meetingPlace(lang: Lang, m: { step: number; week: number | null; weekOfDate?: number | null }): { step: string; week: string } {
  if (m.week === null) return { step: t(lang, 'timeline.afterwards'), week: t(lang, 'timeline.optional') };
  const step = t(lang, 'timeline.step', { step: m.step });
  // Moved out of its week: the week its date is in now, and the leerlijn's, so no "Week 9" stands beside a date in week 10.
  // Before week 1: the signalering (week 1 itself) keeps its week; a later meeting moved there says it is before.
  if (m.weekOfDate === 0 && m.week !== 1) return { step, week: t(lang, 'timeline.weekBefore', { planned: m.week }) };
  if (m.weekOfDate && m.weekOfDate !== m.week) return { step, week: t(lang, 'timeline.weekMoved', { week: m.weekOfDate, planned: m.week }) };
  return { step, week: t(lang, 'timeline.week', { week: m.week }) };
}

/** '2 – enigszins': a score always with its label from the scale. */
export function scoreText(lang: Lang, score: Score): string {
  return `${score} – ${SCALE[score][lang]}`;
}

/** The evaluation question with its answer, or a dash while unanswered. */
export function bereiktText(lang: Lang, score: Score | null): string {
  return `${t(lang, 'evaluation.bereikt')} ${score === null ? '–' : scoreText(lang, score)}`;
}

export function week1ScoreText(lang: Lang, score: Score): string {
  return t(lang, 'plan.week1Score', { score: scoreText(lang, score) });
}

/** 'P1 · Samenwerkingsafspraken': code and label, as the instrument names an onderdeel. */
export function onderdeelTitle(lang: Lang, code: OnderdeelCode): string {
  const o = ONDERDELEN.find((x) => x.code === code);
  return `${code} · ${o?.label[lang] ?? code}`;
}

/** One programme item of a meeting: 'Stemronde (1 uur)'. */
export function programmeLine(lang: Lang, item: { label: Readonly<Record<Lang, string>>; minutes: number }): string {
  return `${item.label[lang]} (${formatMinutes(lang, item.minutes)})`;
}

/** 'Programma: Welkom heten (10 min) · …', as the timeline and the invitation show it. */
export function programmeText(lang: Lang, programme: ReadonlyArray<{ label: Readonly<Record<Lang, string>>; minutes: number }>): string {
  return `${t(lang, 'timeline.programme')}: ${programme.map((p) => programmeLine(lang, p)).join(' · ')}`;
}

/** The warning about randvoorwaarden that are not in place yet; null when all are. */
export function randvoorwaardenWarning(lang: Lang, missing: readonly Randvoorwaarde[]): string | null {
  if (missing.length === 0) return null;
  const list = missing.map((r) => t(lang, `randvoorwaarde.label.${r}`)).join(', ');
  return t(lang, 'randvoorwaarde.missingWarning', { list });
}

export function previousStatusText(lang: Lang, status: 'open' | 'bezig' | 'klaar' | 'loopt_vast'): string {
  return t(lang, 'action.previousStatus', { status: t(lang, `action.status.${status}`) });
}

/**
 * The coordinator's prompt after a scoring meeting: close the round, record the agreed scores, or both. It comes
 * in a private chat, where `sluit` cannot be typed: it names the channel, by its `leerlijn`'s name (written already).
 */
export function closeOpenText(lang: Lang, p: { meetingKind: MeetingKind | null; openRound: boolean; openMoment?: RoundMoment | null; unagreed: number; leerlijn: string }): string {
  // The round that is open is named; without one (only scores left to agree), the meeting's.
  const moment = t(lang, `moment.${p.openMoment ?? (p.meetingKind === 'eindevaluatie' ? 'week17' : 'week1')}`);
  const parts = [
    ...(p.openRound ? [t(lang, 'reminder.closeRound', { moment, leerlijn: p.leerlijn })] : []),
    ...(p.unagreed > 0 ? [t(lang, 'reminder.agreeScores', { onderdelen: countText(lang, 'onderdeel', p.unagreed) })] : []),
  ];
  return parts.length > 0 ? parts.join(' ') : t(lang, 'reminder.closeRound', { moment, leerlijn: p.leerlijn });
}

/** How a job failed, as recorded on its coordinators' notice (scheduler/job-turn.ts). */
type FailedHow = { throttled?: boolean; privately?: boolean; beforeBuilt?: boolean };

/**
 * Which message failed, how often it was tried, and what the coordinator can do about it. One given
 * up as the platform kept asking to wait (`throttled`) says so: nothing in the channel to fix; so
 * does one that went to people's private chats (`privately`), and one the bot's own database kept from
 * being built (`beforeBuilt`): a fault on the bot's side, not theirs.
 */
export function jobFailedText(lang: Lang, jobKind: string, attempts: number, how: FailedHow = {}): string {
  const job = tDynamic(lang, `reminder.job.${jobKind}`, 'reminder.job.unknown');
  if (how.beforeBuilt) return t(lang, 'reminder.jobFailedBeforeBuilt', { job });
  if (how.throttled) return t(lang, 'reminder.jobThrottled', { job });
  return t(lang, how.privately ? 'reminder.jobFailedPrivately' : 'reminder.jobFailed', { job, attempts: countText(lang, 'poging', attempts) });
}

/** A reminder offset: "geen", "1 dag vooraf", "3 dagen vooraf". */
export function daysText(lang: Lang, days: number): string {
  if (days === 0) return t(lang, 'reminders.none');
  return days === 1 ? t(lang, 'reminders.day') : t(lang, 'reminders.days', { count: days });
}

/**
 * The invitation as one sentence: the meeting, its date in full with the time span ('maandag 29
 * maart 2027, 15.30–18.30 uur'), and what to read; the team's own filled documents are named only
 * once they exist. Both platforms show this sentence.
 */
/**
 * `link`: how the platform writes a document with its URL (the label alone where there is none);
 * `echo`: how it writes a name as typed (escaped where markup is read).
 */
export function invitationText(n: Extract<Notice, { type: 'meeting_reminder' }>, link: (label: string, url: string) => string = (label) => label, echo: (name: string) => string = (name) => name): string {
  const lang = n.leerlijn.lang;
  const m = n.meeting;
  const named = (d: (typeof n.links)[number]): string => (d.notYet ? t(lang, 'reminder.notFilledYet', { document: d.label }) : d.label);
  const documents = n.links.map((d) => (d.url ? link(d.label, d.url) : named(d))).join(', ');
  // Mid-sentence the meeting is a common noun: 'de terugkombijeenkomst'.
  const invitation = t(lang, 'reminder.invitation', { meeting: meetingInlineName(lang, m.kind), when: meetingWhenText(lang, m.startsAt, m.durationMinutes, n.leerlijn.timezone), documents });
  return `${invitation} ${cantComeText(lang, n.leerlijn.members, echo)}`;
}

/**
 * Whom to tell when you cannot come: the coordinators by their names as the team list has them
 * when the invitation goes out (after a handover, the new one), not a mention that pings them in the channel.
 */
function cantComeText(lang: Lang, members: readonly { isCoordinator: boolean; displayName: string | null }[], echo: (name: string) => string): string {
  const names = members.filter((m) => m.isCoordinator && m.displayName).map((m) => echo(m.displayName!));
  if (names.length === 0) return t(lang, 'reminder.cantCome');
  if (names.length === 1) return t(lang, 'reminder.cantComeOne', { coordinator: names[0]! });
  return t(lang, 'reminder.cantComeMany', { coordinators: `${names.slice(0, -1).join(', ')} ${t(lang, 'common.and')} ${names.at(-1)!}` });
}

/**
 * The digest's first line: what changed in the past week (or since the Monday it counts from,
 * after a missed one) per status, and how many are overdue now ("1 actie", "2 acties"); in a
 * week without changes only the overdue ones.
 */
export function digestText(lang: Lang, n: Extract<Notice, { type: 'digest' }>): string {
  const count = (list: readonly unknown[]): string => countText(lang, 'actie', list.length);
  // A week without changes says so once, in the line below: this one says only what is overdue.
  const noneOverdue = n.overdue.length === 0;
  if (n.done.length + n.bezig.length + n.stuck.length === 0) {
    return noneOverdue ? t(lang, 'reminder.digestQuietNone') : t(lang, 'reminder.digestQuiet', { overdue: count(n.overdue) });
  }
  const overdue = noneOverdue ? t(lang, 'reminder.digestNoneOverdue') : t(lang, 'reminder.digestOverdue', { overdue: count(n.overdue) });
  const counts = { klaar: count(n.done), bezig: count(n.bezig), looptVast: count(n.stuck), overdue };
  return n.since ? t(lang, 'reminder.digestSince', { ...counts, since: formatShortDate(lang, n.since) }) : t(lang, 'reminder.digest', counts);
}

/** The line over what changed, or that nothing did, in the digest's time: the past week, or since a date. */
export function digestChangesText(lang: Lang, n: Extract<Notice, { type: 'digest' }>, changed: boolean): string {
  if (!n.since) return t(lang, changed ? 'reminder.digestChanged' : 'reminder.digestNothing');
  return t(lang, changed ? 'reminder.digestChangedSince' : 'reminder.digestNothingSince', { since: formatShortDate(lang, n.since) });
}

/**
 * Two working days before a meeting without a notulist or invuller: which meeting, and when. Sent on the
 * meeting's own day (late, or a meeting planned for today; `daysAhead` 0) it says "today", not the date.
 */
export function assignRolesText(lang: Lang, meeting: { kind: MeetingKind; startsAt: string; durationMinutes: number }, timezone: string, daysAhead: number): string {
  const name = sentenceStart(meetingInlineName(lang, meeting.kind));
  if (daysAhead <= 0) return t(lang, 'reminder.assignRolesToday', { meeting: name, time: meetingStartText(lang, meeting.startsAt, timezone) });
  return t(lang, 'reminder.assignRoles', { meeting: name, when: meetingWhenText(lang, meeting.startsAt, meeting.durationMinutes, timezone) });
}

/** After the signalering: the actieplan meeting is more than 2 weeks later, on the day it is planned for (none planned: that it is not). */
export function actieplanLateText(lang: Lang, meeting: { startsAt: string; durationMinutes: number } | null, timezone: string): string {
  if (!meeting) return t(lang, 'reminder.actieplanNotPlanned');
  return t(lang, 'reminder.actieplanLate', { when: meetingWhenText(lang, meeting.startsAt, meeting.durationMinutes, timezone) });
}

/**
 * The meeting line of status ('status') and the own overview ('home'): the next meeting with its
 * start, or, once it has begun, the one on now with its span (it is not the next while the team sits in it).
 */
export function nextMeetingText(lang: Lang, where: 'status' | 'home', next: { kind: MeetingKind; startsAt: string; durationMinutes: number }, underway: boolean, timezone: string): string {
  const meeting = meetingName(lang, next.kind);
  if (underway) return t(lang, `${where}.meetingNow`, { meeting, when: meetingWhenText(lang, next.startsAt, next.durationMinutes, timezone) });
  return t(lang, `${where}.nextMeeting`, { meeting, when: formatDateTime(lang, next.startsAt, timezone) });
}

/** A meeting's name where it opens a sentence: 'De terugkombijeenkomst', 'The follow-up meeting'. */
export function meetingSentenceName(lang: Lang, kind: MeetingKind): string {
  return sentenceStart(meetingInlineName(lang, kind));
}
