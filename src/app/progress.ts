// Where a leerlijn stands and the one next action for the person asking, from what the store
// holds (the rules are in src/domain/progress.ts).
import { checkMeetingDays } from '../domain/holidays.js';
import { progressOf, type Progress, type RoundFacts } from '../domain/progress.js';
import { proposalsLeft } from '../domain/tally.js';
import { actionsOf, planItemsOf } from '../store/actions.js';
import type { Queryable } from '../store/db.js';
import { evaluationEntriesOf } from '../store/evaluations.js';
import { meetingsOf, membersOf } from '../store/leerlijnen.js';
import { agreedOf, roundsOf, votesOf, type RoundRow } from '../store/rounds.js';
import { localToday, toActionView } from './actions.js';
import { actionReminderDays } from './jobs/plan-jobs.js';
import { audited, readerOf, requireLeerlijn, type Actor, type Deps } from './context.js';
import { leerlijnView } from './present.js';
import { comparisonDone } from './compared.js';

export interface ProgressView {
  leerlijnId: string;
  progress: Progress;
  timezone: string;
  /** Where everyone reads the reply (a Teams channel): the four steps only; the asker's next action is in their own view. */
  stepsOnly?: boolean;
}

async function roundFacts(db: Queryable, round: RoundRow | undefined, userId: string): Promise<RoundFacts | null> {
  if (!round) return null;
  const [agreed, votes] = await Promise.all([agreedOf(db, round.id), votesOf(db, round.id)]);
  const left = proposalsLeft(votes.map((v) => v.onderdeel), agreed.map((a) => a.onderdeel));
  return { status: round.status, agreedCount: agreed.length, ownVotes: votes.filter((v) => v.userId === userId).length, proposalsLeft: left };
}

/** For someone on the team: the four steps, and their one next action as coordinator or member. */
export async function getProgress(deps: Deps, actor: Actor, leerlijnId: string): Promise<ProgressView> {
  const db = deps.db;
  const leerlijn = await requireLeerlijn(db, actor, leerlijnId);
  // The team is read once, before anything else: the asker's own row, which decides whether they may see it, is in it.
  const members = await membersOf(db, leerlijn.id);
  const me = await audited(deps, actor, 'progress', async () => readerOf(members.find((m) => m.userId === actor.userId) ?? null, leerlijn));
  const [meetings, rounds, items, actionRows, terugkom, eind, compared] = await Promise.all([
    meetingsOf(db, leerlijn.id), roundsOf(db, leerlijn.id), planItemsOf(db, leerlijn.id), actionsOf(db, leerlijn.id),
    evaluationEntriesOf(db, leerlijn.id, 'terugkom'), evaluationEntriesOf(db, leerlijn.id, 'eind'), comparisonDone(db, leerlijn.id),
  ]);
  const today = localToday(deps, leerlijn);
  const warnings = leerlijnView(leerlijn, members).teamWarnings;
  const actions = actionRows.map((r) => toActionView(r, today));
  const own = actions.filter((a) => a.ownerUserId === actor.userId && a.status !== 'klaar');
  // Due soon: from the day the owner is reminded before the due date, which moves back to a working
  // day (due on a Tuesday: the Friday before), so 'wat nu' then says what that reminder said.
  const dueSoon = (dueDate: string): boolean => actionReminderDays(dueDate).before <= today;
  const progress = progressOf({
    now: deps.now(),
    leerlijnStatus: leerlijn.status,
    timezone: leerlijn.timezone,
    teamWarnings: warnings.length,
    teamGaps: warnings,
    meetings,
    rounds: {
      week1: await roundFacts(db, rounds.find((r) => r.moment === 'week1'), actor.userId),
      week17: await roundFacts(db, rounds.find((r) => r.moment === 'week17'), actor.userId),
    },
    actieplan: { items: items.length, actions: actions.filter((a) => a.source === 'actieplan').length },
    evaluations: { terugkom: terugkom.length, eind: eind.length },
    actions: { looptVast: actions.filter((a) => a.status === 'loopt_vast').length, overdue: actions.filter((a) => a.overdue).length },
    ownActions: { open: own.length, overdue: own.filter((a) => a.overdue).length, dueSoon: own.filter((a) => dueSoon(a.dueDate)).length },
    comparisonDone: compared,
    askerUserId: actor.userId,
    meetingsOnDaysOff: checkMeetingDays(meetings.filter((m) => m.status === 'planned'), leerlijn.timezone, leerlijn.region)
      .filter((c) => c.holiday !== null)
      .map((c) => c.kind),
  }, me.isCoordinator ? 'coordinator' : 'member');
  return { leerlijnId: leerlijn.id, progress, timezone: leerlijn.timezone };
}
