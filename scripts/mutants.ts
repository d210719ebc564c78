// The bugs `npm run mutate` plants, one at a time: each names the file, the exact text it
// replaces (found exactly once, or the mutant is reported stale), and the test files that
// must catch it. Kept to what a reviewer fears: the promises of issue 17, off-by-one fase
// bands, median rounding, bespreekpunt, permissions, overdue dates, claims and leases, DST.
export interface Mutant {
  name: string;
  file: string;
  from: string;
  to: string;
  tests: string[];
  /** Only real Postgres can show it (locking between connections): skipped without TEST_DATABASE_URL. */
  postgres?: boolean;
}

const T = {
  tally: 'tests/domain/tally.test.ts',
  compare: 'tests/domain/compare.test.ts',
  compareShown: 'tests/adapters/comparison-reached.test.ts',
  timeline: 'tests/domain/timeline.test.ts',
  schedule: 'tests/domain/schedule.test.ts',
  team: 'tests/domain/team.test.ts',
  rounds: 'tests/app/rounds.test.ts',
  leerlijn: 'tests/app/leerlijn.test.ts',
  actions: 'tests/app/actions.test.ts',
  evaluation: 'tests/app/evaluation.test.ts',
  voteWriter: 'tests/store/vote-writer.test.ts',
  concurrency: 'tests/store/concurrency.test.ts',
  jobs: 'tests/scheduler/jobs-store.test.ts',
  tick: 'tests/scheduler/tick.test.ts',
  tickLease: 'tests/scheduler/tick-lease.test.ts',
  catchUp: 'tests/scheduler/catch-up.test.ts',
  planJobs: 'tests/scheduler/plan-jobs.test.ts',
  config: 'tests/config.test.ts',
  voteAck: 'tests/adapters/slack/vote-ack.test.ts',
} as const;

export const MUTANTS: Mutant[] = [
  // ---- the five promises of issue 17, and the last click ----
  {
    name: 'ack before the vote is stored', file: 'src/adapters/slack/scoring.ts', postgres: true, tests: [T.voteAck],
    from: `  let receipt;\n  try {\n    receipt = await castVote(`,
    to: `  let receipt;\n  await call.ack();\n  call.ack = async () => undefined;\n  try {\n    receipt = await castVote(`,
  },
  {
    name: 'close outside its transaction', file: 'src/app/rounds.ts', tests: [T.rounds],
    from: `export async function closeRound(deps: Deps, actor: Actor, roundId: string): Promise<RoundView> {\n  return inTransaction(deps, actor, 'closeRound', async (tx) => {`,
    to: `export async function closeRound(deps: Deps, actor: Actor, roundId: string): Promise<RoundView> {\n  return ((run: (tx: Queryable) => Promise<RoundView>) => run(deps.db))(async (tx) => {`,
  },
  {
    name: 'finish ignores the claim', file: 'src/scheduler/jobs-store.ts', tests: [T.jobs, T.tick, T.tickLease],
    from: `     where id = $1::bigint and claim_token = $2::uuid and status in ('pending', 'cancelled')\n     returning s.status\`,\n    [job.id, job.claimToken, status,`,
    to: `     where id = $1::bigint and $2::uuid is not null and status in ('pending', 'cancelled')\n     returning s.status\`,\n    [job.id, job.claimToken, status,`,
  },
  { name: 'equal is not reached (onderdeel)', file: 'src/domain/compare.ts', tests: [T.compare, T.compareShown], from: 'reached: after[code] >= before[code]', to: 'reached: after[code] > before[code]' },
  { name: 'equal is not reached (count)', file: 'src/domain/compare.ts', tests: [T.compare, T.compareShown], from: 'if (actual[code] >= desired[code]) reachedCount', to: 'if (actual[code] > desired[code]) reachedCount' },
  { name: 'pool size 0 accepted', file: 'src/config.ts', tests: [T.config], from: 'DATABASE_POOL_SIZE: z.coerce.number().int().min(1)', to: 'DATABASE_POOL_SIZE: z.coerce.number().int().min(0)' },
  { name: 'first click kept (one vote)', file: 'migrations/0005_vote_slim.sql', tests: [T.rounds], from: 'where votes.clicked_at <= excluded.clicked_at', to: 'where votes.clicked_at >= excluded.clicked_at' },
  { name: 'first click kept (batch)', file: 'migrations/0007_vote_batch.sql', tests: [T.voteWriter], from: 'where t.clicked_at <= excluded.clicked_at', to: 'where t.clicked_at >= excluded.clicked_at' },

  // ---- domain: tally, fase, comparison, timeline, team ----
  { name: 'median takes the upper middle', file: 'src/domain/tally.ts', tests: [T.tally, T.rounds], from: 'sorted[Math.floor((sorted.length - 1) / 2)]', to: 'sorted[Math.ceil((sorted.length - 1) / 2)]' },
  { name: 'bespreekpunt on a 1 or a 3', file: 'src/domain/tally.ts', tests: [T.tally, T.rounds], from: 'distribution[1] > 0 && distribution[3] > 0', to: 'distribution[1] > 0 || distribution[3] > 0' },
  { name: 'bespreekpunt on a 1 and a 2', file: 'src/domain/tally.ts', tests: [T.tally, T.rounds], from: 'distribution[1] > 0 && distribution[3] > 0', to: 'distribution[1] > 0 && distribution[2] > 0' },
  { name: 'opstart band one short', file: 'src/domain/tally.ts', tests: [T.tally], from: `if (total <= 14) return 'opstart';`, to: `if (total < 14) return 'opstart';` },
  { name: 'opbouw band one long', file: 'src/domain/tally.ts', tests: [T.tally], from: `if (total <= 24) return 'opbouw';`, to: `if (total <= 25) return 'opbouw';` },
  { name: 'total with an onderdeel missing', file: 'src/domain/tally.ts', tests: [T.tally, T.rounds], from: 'if (score === undefined) return null;', to: 'if (score === undefined) continue;' },
  { name: 'overshoot counts extra', file: 'src/domain/compare.ts', tests: [T.compare], from: 'achieved += Math.min(actual[code], desired[code]);', to: 'achieved += actual[code];' },
  { name: 'week n is n weeks in', file: 'src/domain/timeline.ts', tests: [T.timeline], from: 'plus({ days: 7 * (week - 1) })', to: 'plus({ days: 7 * week })' },
  { name: 'actieplan late a day later', file: 'src/domain/timeline.ts', tests: [T.schedule], from: 'breaks: (d) => d > 14', to: 'breaks: (d) => d > 15' },
  { name: 'eindevaluatie early on its earliest day', file: 'src/domain/timeline.ts', tests: [T.schedule], from: 'breaks: (d) => d < EINDEVALUATIE_EARLIEST_DAYS', to: 'breaks: (d) => d <= EINDEVALUATIE_EARLIEST_DAYS' },
  { name: 'sunday is no weekend', file: 'src/domain/timeline.ts', tests: [T.schedule], from: 'weekday >= 6', to: 'weekday === 6' },
  {
    name: 'DST: days counted in hours', file: 'src/domain/timeline.ts', tests: [T.schedule],
    from: `return Math.round(toUtcDate(b).diff(toUtcDate(a), 'days').days);`, to: `return Math.floor((b.toMillis() - a.toMillis()) / 86_400_000);`,
    // (Luxon's own diff in 'days' already counts calendar days, so the bug is 24-hour blocks.)
  },
  {
    name: 'DST: winter offset all year', file: 'src/domain/timeline.ts', tests: [T.timeline, T.planJobs],
    from: `const dt = DateTime.fromObject({ ...parseDate(date), ...parseTime(time) }, { zone: timezone });`,
    to: `const dt = DateTime.fromObject({ ...parseDate(date), ...parseTime(time) }, { zone: timezone === 'Europe/Amsterdam' ? 'UTC+1' : timezone });`,
  },
  { name: 'missing level not warned', file: 'src/domain/team.ts', tests: [T.team], from: 'if (!members.some((m) => m.level === level))', to: 'if (members.length === 0)' },

  // ---- app: permissions, rounds, actions ----
  { name: 'any member coordinates', file: 'src/app/context.ts', tests: [T.rounds, T.leerlijn, T.actions], from: 'if (!member?.isCoordinator)', to: 'if (!member?.isMember)' },
  { name: 'removed member still a member', file: 'src/app/context.ts', tests: [T.rounds, T.leerlijn, T.actions, T.evaluation], from: 'if (!member?.isMember)', to: 'if (!member)' },
  { name: 'leerlijn of another workspace', file: 'src/app/context.ts', tests: [T.leerlijn, T.rounds, T.actions], from: 'if (!leerlijn || leerlijn.workspaceId !== actor.workspaceId) throw', to: 'if (!leerlijn) throw' },
  { name: 'anyone updates an action', file: 'src/app/actions.ts', tests: [T.actions], from: 'before.ownerUserId !== actor.userId && !isCoordinator', to: 'before.ownerUserId !== actor.userId && isCoordinator' },
  { name: 'overdue on its due day', file: 'src/app/actions.ts', tests: [T.actions], from: `overdue: row.status !== 'klaar' && row.dueDate < today`, to: `overdue: row.status !== 'klaar' && row.dueDate <= today` },
  { name: 'klaar action overdue', file: 'src/app/actions.ts', tests: [T.actions], from: `overdue: row.status !== 'klaar' && row.dueDate < today`, to: 'overdue: row.dueDate < today' },
  { name: 'due today refused', file: 'src/app/actions.ts', tests: [T.actions], from: 'if (a.dueDate < today) errors.push', to: 'if (a.dueDate <= today) errors.push' },
  { name: 'week 17 before week 1 is agreed', file: 'src/app/rounds.ts', tests: [T.rounds, T.evaluation], from: `if (moment === 'week17') await requireWeek1Agreed(tx, leerlijn);`, to: '' },
  { name: 'agree while open', file: 'src/app/rounds.ts', tests: [T.rounds], from: `if (found.round.status === 'open') throw new AppError('round_still_open');`, to: '' },
  { name: 'note after close', file: 'src/app/rounds.ts', tests: [T.rounds], from: 'if (!(await holdRoundOpen(tx, round.id)))', to: 'if (!(await holdRoundOpen(tx, round.id)) && false)' },
  { name: 'proposal not kept beside agreed', file: 'src/app/rounds.ts', tests: [T.rounds], from: 'score: input.score as Score, proposed, setBy', to: 'score: input.score as Score, proposed: input.score as Score, setBy' },
  { name: 'agree all overwrites agreed', file: 'src/app/rounds.ts', tests: [T.rounds], from: 'if (card.closed?.agreed == null && proposed !== null)', to: 'if (proposed !== null)' },

  // ---- store: votes and the close ----
  { name: 'vote on closed round not refused', file: 'src/store/vote-writer.ts', tests: [T.rounds, T.voteWriter], from: `row.status !== 'open' ? 'round_not_open'`, to: `false ? 'round_not_open'` },
  {
    name: 'one bad vote fails its batch', file: 'src/store/vote-writer.ts', tests: [T.voteWriter],
    from: '      } catch {\n', to: '      } catch (error) {\n        batch.forEach((w) => w.reject(error));\n        return;\n',
  },
  { name: 'close takes the lock shared', file: 'src/store/rounds.ts', postgres: true, tests: [T.concurrency], from: 'select pg_advisory_xact_lock(hashtextextended', to: 'select pg_advisory_xact_lock_shared(hashtextextended' },

  // ---- scheduler: claims, leases, follow-ups ----
  { name: 'claim waits for locked jobs', file: 'src/scheduler/job-claims.ts', postgres: true, tests: [T.jobs], from: 'from meeting_picked)\n       for update skip locked', to: 'from meeting_picked)\n       for update' },
  { name: 'claim ignores the lease', file: 'src/scheduler/job-claims.ts', tests: [T.jobs, T.tick, T.tickLease], from: `(locked_until is null or locked_until < clock_timestamp())\n       and (retry_not_before`, to: `true\n       and (retry_not_before` },
  { name: 'lease never renewed', file: 'src/scheduler/tick.ts', tests: [T.tickLease], from: 'const renewed = await renewLease(deps.db, job, o.leaseSeconds);', to: 'const renewed = true;' },
  { name: 'renewal revives a handed-back job', file: 'src/scheduler/jobs-store.ts', tests: [T.tickLease, T.jobs], from: ` and status in ('pending', 'cancelled') and locked_until is not null\``, to: ` and status in ('pending', 'cancelled')\`` },
  { name: 'tick hands back only past the lease', file: 'src/scheduler/tick.ts', tests: [T.tickLease], from: 'if (o.elapsedMs() - started > (o.leaseSeconds * 1000) / 2)', to: 'if (o.elapsedMs() - started > o.leaseSeconds * 1000)' },
  { name: 'four overdue reminders', file: 'src/app/jobs/plan-jobs.ts', tests: [T.planJobs, T.tick], from: 'export const OVERDUE_REMINDERS = 3;', to: 'export const OVERDUE_REMINDERS = 4;' },
  { name: 'reminded 2 days before', file: 'src/app/jobs/plan-jobs.ts', tests: [T.planJobs, T.tick], from: 'export const BEFORE_DUE_DAYS = 3;', to: 'export const BEFORE_DUE_DAYS = 2;' },
  { name: 'late "before" reminder sent on the due day', file: 'src/scheduler/notices-for.ts', tests: [T.tick, T.catchUp], from: `if (when === 'before' && today >= a.dueDate)`, to: `if (when === 'before' && today > a.dueDate)` },
];
