// Realistic neutral views, produced by the real use cases on an embedded database, so the
// adapter tests render what a team would really see. User text carries injection attempts.
// What a user must see in each of them is view-facts.ts's.
import type { Actor } from '../../src/app/context.js';
import { listActions, myActions, savePlanItem, updateActionStatus, getActionPlan } from '../../src/app/actions.js';
import { getEvaluation, saveEvaluationEntry } from '../../src/app/evaluation.js';
import { assignMeetingRoles, rescheduleMeeting } from '../../src/app/meetings.js';
import type { Notice } from '../../src/app/notices.js';
import { compareRounds, getHome, getStatus } from '../../src/app/overview.js';
import { addNote, agreeAllProposed, castVote, closeRound, openRound, setAgreedScore } from '../../src/app/rounds.js';
import { getCard } from '../../src/app/round-views.js';
import type {
  ActionPlanView, ActionView, ComparisonView, EvaluationView, HomeView, LeerlijnView, MeetingView, RoundView, ScoreCardView, StatusView, TimelineView,
} from '../../src/app/views.js';
import { ONDERDEEL_CODES, type Lang, type OnderdeelCode, type Score } from '../../src/domain/instrument.js';
import { pgliteTestDb } from './db.js';
import { noticesFor } from './notice-fixtures.js';

export { DOCUMENT_LINKS } from './notice-fixtures.js';
import { makeDeps, startFixture } from './fixtures.js';

export const INJECTION = {
  schoolName: '<!channel> & Co',
  note: '<https://evil|klik> voor de agenda',
  action: 'Rooster *bold* delen met <@U123>',
  statusNote: 'Eerste datum staat <!here>',
  /** Markdown that Teams would render as a link and italics. */
  youthOrg: '[JoU](https://evil.example) _Noord_ #1',
} as const;

export interface ViewFixtures {
  lang: Lang;
  leerlijn: LeerlijnView;
  /** The leerlijn as it was just after the start (financiering missing), and who started it. */
  started: LeerlijnView;
  /** The planning as the start posted it. */
  startedTimeline: TimelineView;
  starter: Actor;
  firstMeeting: MeetingView;
  /** P1 while voting: 3 of 6 voted. */
  openCard: ScoreCardView;
  openRound: RoundView;
  /** Week 1 closed, nothing agreed yet. */
  closedRound: RoundView;
  /** Week 1 with all ten agreed: P1 agreed 3 where the bot proposed 2 (a bespreekpunt, with a note). */
  completeRound: RoundView;
  closedCard: ScoreCardView;
  /** The actieplan meeting moved to a Saturday 19 days after the signalering: two warnings. */
  timeline: TimelineView;
  plan: ActionPlanView;
  actions: ActionView[];
  overdueAction: ActionView;
  /** The owner of the overdue action, and their own open actions. */
  owner: Actor;
  ownerActions: ActionView[];
  evaluation: EvaluationView;
  comparison: ComparisonView;
  status: StatusView;
  home: HomeView;
  notices: Notice[];
}

const WEEK1_P1: readonly Score[] = [1, 3, 2, 2, 1, 3]; // median (lower) 2, a 1 and a 3: bespreekpunt
const WEEK17: Partial<Record<OnderdeelCode, Score>> = { P1: 3, P2: 3, A1: 1 };

function week1Vote(member: number, code: OnderdeelCode): Score {
  if (code === 'P1') return WEEK1_P1[member] ?? 2;
  return member === 0 ? 1 : 2;
}

/** One leerlijn taken from start to comparison through the use cases, in `lang`. */
export async function buildViewFixtures(lang: Lang): Promise<ViewFixtures> {
  const { db, drop } = await pgliteTestDb();
  try {
    const deps = makeDeps(db);
    const s = await startFixture(deps, {
      members: 6,
      overrides: { kind: 'nieuw', schoolName: INJECTION.schoolName, youthOrgName: INJECTION.youthOrg, lang, randvoorwaarden: { draagvlak: true, financiering: false, facilitering: true } },
    });
    const coord = s.coordinator;
    const [, owner, second, noter] = s.members as [Actor, Actor, Actor, Actor, ...Actor[]];
    await assignMeetingRoles(deps, coord, s.leerlijnId, { kind: 'signalering', notulistUserId: owner.userId, invullerUserId: second.userId });
    const timeline = await rescheduleMeeting(deps, coord, s.leerlijnId, { kind: 'actieplan', date: '2026-02-21', time: '10:00' });

    const openRoundView = await openRound(deps, coord, s.leerlijnId, 'week1');
    let openCard: ScoreCardView | null = null;
    for (const [i, m] of s.members.entries()) {
      for (const code of ONDERDEEL_CODES) {
        await castVote(deps, m, { roundId: openRoundView.roundId, onderdeel: code, score: week1Vote(i, code) });
        if (code === 'P1' && i === 2) openCard = await getCard(deps, m, openRoundView.roundId, code);
      }
    }
    await addNote(deps, noter, { roundId: openRoundView.roundId, onderdeel: 'P1', body: INJECTION.note });
    const closedRound = await closeRound(deps, coord, openRoundView.roundId);
    await setAgreedScore(deps, coord, { roundId: openRoundView.roundId, onderdeel: 'P1', score: 3 });
    const completeRound = await agreeAllProposed(deps, coord, openRoundView.roundId);

    const saved = await savePlanItem(deps, coord, s.leerlijnId, {
      onderdeel: 'P1',
      watKanBeter: 'Overleg is te vrijblijvend',
      gewensteEindsituatie: 'Elke maand een vast overleg',
      actions: [
        { description: INJECTION.action, ownerUserId: owner.userId, dueDate: '2026-02-20' },
        { description: 'Vast overleg plannen', ownerUserId: second.userId, dueDate: '2026-04-15' },
      ],
    });
    const later = saved.newActions[1]!;
    const change = await updateActionStatus(deps, second, { actionId: later.id, status: 'bezig', note: INJECTION.statusNote });

    deps.setNow(new Date('2026-03-02T09:00:00Z')); // the first action is now past its date
    const plan = await getActionPlan(deps, coord, s.leerlijnId);
    const actions = await listActions(deps, coord, s.leerlijnId);
    const overdueAction = actions.find((a) => a.overdue)!;
    await saveEvaluationEntry(deps, coord, s.leerlijnId, { moment: 'terugkom', onderdeel: 'P1', bereikt: 2, toelichting: 'Gaat beter', ondernomen: 'Overleg gepland' });
    const evaluation = await getEvaluation(deps, coord, s.leerlijnId, 'terugkom');

    const week17 = await openRound(deps, coord, s.leerlijnId, 'week17', { early: true });
    for (const m of s.members) for (const code of ONDERDEEL_CODES) await castVote(deps, m, { roundId: week17.roundId, onderdeel: code, score: WEEK17[code] ?? 3 });
    await closeRound(deps, coord, week17.roundId);
    await agreeAllProposed(deps, coord, week17.roundId);
    const comparison = await compareRounds(deps, coord, s.leerlijnId);

    const status = await getStatus(deps, coord, s.leerlijnId);
    const home = await getHome(deps, s.workspaceId, owner.userId);
    const ownerActions = await myActions(deps, s.workspaceId, owner.userId);
    const notices = noticesFor(status.leerlijn, timeline, overdueAction, change.action, ownerActions, INJECTION.statusNote);
    return {
      lang, leerlijn: status.leerlijn, started: s.view.leerlijn, startedTimeline: s.view.timeline, starter: coord, firstMeeting: s.view.timeline.meetings[0]!, openCard: openCard!, openRound: openRoundView, closedRound, completeRound,
      closedCard: completeRound.cards.find((c) => c.onderdeel === 'P1')!, timeline, plan, actions, overdueAction,
      owner, ownerActions, evaluation, comparison, status, home, notices,
    };
  } finally {
    await drop();
  }
}
