// Where the Slack and Teams renderings used to disagree, with the wording both now use (mostly
// from src/i18n/phrases.ts): parity.test.ts finds each agreement's facts in both renderings.
import type { Notice } from '../../src/app/notices.js';
import type { ActionView } from '../../src/app/views.js';
import { meetingStartStep } from '../../src/app/flows/next-step.js';
import { t } from '../../src/i18n/index.js';
import { nextButtonLabel } from '../../src/i18n/progress-lines.js';
import {
  bereiktText, closeOpenText, dueDateText, invitationText, jobFailedText, meetingName, onderdeelTitle, previousStatusText, programmeLine, randvoorwaardenWarning, week1ScoreText,
} from '../../src/i18n/phrases.js';
import { school, when, type Fact } from '../support/view-facts.js';
import { INJECTION, type ViewFixtures } from '../support/view-fixtures.js';

/** A view where both adapters must show the same wording. */
export interface Agreement {
  name: string;
  pair: string;
  notice?: number;
  facts: (f: ViewFixtures) => Fact[];
}

const due = (f: ViewFixtures, list: readonly ActionView[]): Fact[] => list.map((a) => dueDateText(f.lang, a.dueDate));
const notice = <T extends Notice['type']>(f: ViewFixtures, index: number, type: T): Extract<Notice, { type: T }> => {
  const n = f.notices[index]!;
  if (n.type !== type) throw new Error(`notice ${index} is ${n.type}, not ${type}`);
  return n as Extract<Notice, { type: T }>;
};

/** Where the adapters used to disagree, with the wording both now use (mostly from src/i18n/phrases.ts). */
export const agreements: Agreement[] = [
  { name: 'actieplan due dates, short with the year ("vr 20 feb 2026")', pair: 'actieplan', facts: (f) => due(f, f.actions) },
  { name: 'action list due dates', pair: 'action list', facts: (f) => due(f, f.actions) },
  { name: 'my actions due dates', pair: 'my actions', facts: (f) => due(f, f.ownerActions) },
  { name: 'home due dates', pair: 'home', facts: (f) => due(f, f.ownerActions) },
  { name: 'overdue follow-up: the due date', pair: 'notice', notice: 10, facts: (f) => due(f, [f.overdueAction]) },
  { name: 'overdue follow-up: names the school', pair: 'notice', notice: 10, facts: (f) => [school(f)] },
  { name: 'timeline programme minutes as "(3 uur)" / "(30 min)"', pair: 'timeline', facts: (f) => f.timeline.meetings.flatMap((m) => m.programme.map((p) => programmeLine(f.lang, p))) },
  { name: 'status: a "Team" heading above the members', pair: 'status', facts: (f) => [t(f.lang, 'team.heading')] },
  { name: 'status: warns about missing randvoorwaarden', pair: 'status', facts: (f) => [randvoorwaardenWarning(f.lang, f.leerlijn.missingRandvoorwaarden)!] },
  {
    name: 'home next meeting: the capitalised meeting name',
    pair: 'home',
    facts: (f) => {
      const m = f.home.leerlijnen[0]!.nextMeeting!;
      return [t(f.lang, 'home.nextMeeting', { meeting: meetingName(f.lang, m.kind), when: when(f, m) })];
    },
  },
  {
    name: 'invitation: one sentence, the meeting named in lower case mid-sentence',
    pair: 'notice',
    notice: 2,
    facts: (f) => {
      const n = notice(f, 2, 'meeting_reminder');
      return [invitationText(n)];
    },
  },
  {
    name: 'close_open prompt: close the round and record the agreed scores',
    pair: 'notice',
    notice: 7,
    facts: (f) => {
      const n = notice(f, 7, 'coordinator_prompt');
      return [closeOpenText(f.lang, { meetingKind: n.meeting?.kind ?? null, openRound: n.openRound, openMoment: n.openMoment ?? null, unagreed: n.unagreed, leerlijn: school(f) })];
    },
  },
  { name: 'job_failed: which message, how many attempts, what to do', pair: 'notice', notice: 12, facts: (f) => [jobFailedText(f.lang, 'meeting_invite', 5)] },
  { name: 'action_changed: the previous status', pair: 'notice', notice: 1, facts: (f) => [previousStatusText(f.lang, 'open')] },
  { name: 'owner_actions: one sentence naming the school, then the actions', pair: 'notice', notice: 0, facts: (f) => [t(f.lang, 'action.ownerIntro', { school: school(f) })] },
  {
    name: 'action_changed: the note that came with it, labelled as the last note',
    pair: 'notice',
    notice: 1,
    facts: (f) => [t(f.lang, 'action.lastNote', { note: notice(f, 1, 'action_changed').note! })],
  },
  {
    name: 'meeting start: the button to the meeting\'s work',
    pair: 'notice',
    notice: 4,
    facts: (f) => [nextButtonLabel(f.lang, meetingStartStep(notice(f, 4, 'meeting_reminder').meeting.kind).next)],
  },
  { name: 'evaluation: bereikt as "2 – enigszins"', pair: 'evaluation', facts: (f) => [bereiktText(f.lang, 2)] },
  { name: 'evaluation: the open actions of an onderdeel', pair: 'evaluation', facts: (f) => f.evaluation.items.flatMap((i) => i.openActions.map((a) => a.description)) },
  { name: 'action list: each action under its onderdeel', pair: 'action list', facts: (f) => [...new Set(f.actions.map((a) => onderdeelTitle(f.lang, a.onderdeel)))] },
  { name: 'my actions: the onderdeel of each action', pair: 'my actions', facts: (f) => f.ownerActions.map((a) => onderdeelTitle(f.lang, a.onderdeel)) },
  { name: 'result: the fase range ("15–24 punten")', pair: 'complete round', facts: (f) => [t(f.lang, `fase.range.${f.completeRound.result!.fase}`)] },
  { name: 'result: bespreekpunt and notes', pair: 'complete round', facts: (f) => [t(f.lang, 'card.bespreekpunt'), INJECTION.note] },
  { name: 'result: the heading names the round ("Uitkomst: Signalering (week 1)")', pair: 'complete round', facts: (f) => [`${t(f.lang, 'result.heading')}: ${t(f.lang, `moment.${f.completeRound.moment}`)}`] },
  {
    name: 'result: each onderdeel with how the team voted, in numbers only, and where the agreed score differs from the proposal',
    pair: 'complete round',
    facts: (f) => {
      const closed = f.closedCard.closed!;
      const distributions = f.completeRound.cards.map((c) => c.closed!.tally.distribution).map((d) => t(f.lang, 'card.distribution', { ones: d[1], twos: d[2], threes: d[3] }));
      return [...distributions, t(f.lang, 'card.agreedDiffers', { agreed: closed.agreed!, proposed: closed.tally.proposed! })];
    },
  },
  { name: 'actieplan week-1 score with its scale label', pair: 'actieplan', facts: (f) => [week1ScoreText(f.lang, f.plan.week1Scores.P2!)] },
];
