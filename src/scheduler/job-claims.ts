// Which due jobs a pass takes: the claim itself, and the same selection read without claiming
// for `tick --dry-run`. What happens to a claimed job afterwards (held, finished, retried,
// handed back) is in jobs-store.ts.
import type { Db, Queryable } from '../store/db.js';
import type { ClaimedJob, DueJob } from './jobs-store.js';

/**
 * Not waiting out the night (jobs-store holdJob) at the pass's moment $1: judged by `now`, not the database's
 * clock, as it is about the leerlijn's morning, like run_at. A held job takes no place in a batch.
 */
const NOT_HELD = `(payload->>'heldUntil' is null or (payload->>'heldUntil')::timestamptz <= $1::timestamptz)`;

/** Due at the pass's moment $1 and free to claim: not leased, not waiting out a retry's backoff nor the night. */
const CLAIMABLE = `status = 'pending' and run_at <= $1::timestamptz and (locked_until is null or locked_until < clock_timestamp())
       and (retry_not_before is null or retry_not_before <= clock_timestamp()) and ${NOT_HELD}`;

/**
 * Kinds of no use once their meeting has begun (notices-for drops them), whose occurrence is that
 * meeting's start as an ISO instant (plan-jobs meetingReminders).
 */
const MEETING_BOUND_KINDS: readonly string[] = ['meeting_invite', 'meeting_day_before', 'meeting_start', 'prompt_assign_roles'];

/**
 * The order due jobs are taken in: first those bound to a meeting, soonest meeting first, then the
 * rest by their time. After a night of held messages the 07:30 pass takes one batch and the passes
 * after it the rest, minutes later: a reminder for a 07:35 meeting left to those would find the
 * meeting begun and be dropped. The ISO instants in UTC sort as time byte by byte (collate "C").
 */
const MEETING_BOUND = `kind = any('{${MEETING_BOUND_KINDS.join(',')}}'::text[])`;
const CLAIM_ORDER = `case when ${MEETING_BOUND} then occurrence collate "C" end nulls last, run_at`;

/** The same order for the jobs one claim took, which the pass runs in this order. */
function inClaimOrder(a: DueJob, b: DueJob): number {
  const meetingOf = (j: DueJob) => (MEETING_BOUND_KINDS.includes(j.kind) ? j.occurrence : null);
  const [ma, mb] = [meetingOf(a), meetingOf(b)];
  if (ma !== mb) return ma === null ? 1 : mb === null ? -1 : ma < mb ? -1 : 1;
  return a.runAt.getTime() - b.runAt.getTime();
}

/** A row as a job, its moments as dates whatever the driver gave. */
function withDates<T extends DueJob>(r: T): T {
  return { ...r, runAt: new Date(r.runAt), plannedAt: r.plannedAt ? new Date(r.plannedAt) : null };
}

/** What one claim took: the jobs to run now, and the follow-ups it recorded as superseded instead. */
export interface Claim {
  jobs: ClaimedJob[];
  supersededIds: string[];
}

/**
 * Claims up to `batchSize` due jobs for `leaseSeconds`. SKIP LOCKED lets replicas claim
 * disjoint rows at once; the lease (locked_until) makes a job claimable again when its
 * claimer died before finishing it.
 *
 * Two clocks, two questions: `now` (the pass's moment, which an operator may set) only decides
 * what is due; the lease is set and judged by the database's clock, which every replica and
 * every hand-run pass share. A pass run with a `now` an hour ahead therefore cannot take over a
 * job another pass is still sending.
 *
 * The claim commits without waiting for its WAL flush (about half of its time on a plain
 * disk). Other sessions see it at commit either way; a claim lost in a server crash only
 * leaves the job unclaimed, which is what a crash just before claiming does too. Marking a
 * job done stays a normal, durable commit.
 */
export async function claimDueJobs(db: Db, now: Date, batchSize: number, leaseSeconds: number): Promise<Claim> {
  return db.transaction(async (tx) => {
    await tx.query('set local synchronous_commit = off');
    return claimStatement(tx, now, batchSize, leaseSeconds);
  });
}

interface ClaimRow extends ClaimedJob {
  superseded: boolean;
}

/**
 * The claim itself, in the caller's transaction. It picks in CLAIM_ORDER without sorting the whole
 * due backlog: the due jobs bound to a meeting (their own index, migration 0017; few, as they are
 * sent when due) sorted by their meeting's start, then the rest by their time, an index scan that
 * stops at the batch. The kinds in MEETING_BOUND must stay those of that index. Of the picked jobs, an
 * action follow-up that a later due follow-up of the same action replaces (after a gap) is recorded
 * as superseded in the same statement instead of claimed (follow_up_superseded, migration 0008): the
 * owner gets the latest only, and the check costs a few index probes per picked job.
 */
export async function claimStatement(tx: Queryable, now: Date, batchSize: number, leaseSeconds: number): Promise<Claim> {
  const { rows } = await tx.query<ClaimRow>(
    `with meeting_picked as (
       select id from scheduled_jobs where ${CLAIMABLE} and ${MEETING_BOUND}
       order by occurrence collate "C" limit $2::int
       for update skip locked
     ), rest_picked as (
       select id from scheduled_jobs where ${CLAIMABLE} and id not in (select id from meeting_picked)
       order by run_at limit $2::int - (select count(*)::int from meeting_picked)
       for update skip locked
     ), picked as (
       select id from meeting_picked union all select id from rest_picked
     ), superseded as (
       update scheduled_jobs s set status = 'superseded', done_at = clock_timestamp(), locked_until = null, claim_token = null,
         payload = s.payload || jsonb_build_object('outcome', 'superseded'::text)
       from picked p
       where s.id = p.id and follow_up_superseded(s.kind, s.subject, s.run_at, $1::timestamptz)
       returning s.id::text as id, s.kind, s.subject, s.occurrence, s.leerlijn_id as "leerlijnId", s.run_at as "runAt", s.planned_at as "plannedAt",
         s.payload, s.attempts, null::text as "claimToken", true as superseded
     ), claimed as (
       update scheduled_jobs s set locked_until = clock_timestamp() + make_interval(secs => $3::int), attempts = s.attempts + 1,
         claim_token = gen_random_uuid()
       from picked p
       where s.id = p.id and not exists (select 1 from superseded x where x.id = s.id::text)
       returning s.id::text as id, s.kind, s.subject, s.occurrence, s.leerlijn_id as "leerlijnId", s.run_at as "runAt", s.planned_at as "plannedAt",
         s.payload, s.attempts, s.claim_token::text as "claimToken", false as superseded
     )
     select * from claimed union all select * from superseded`,
    [now.toISOString(), batchSize, leaseSeconds],
  );
  const jobs = rows
    .filter((r) => !r.superseded)
    .map(({ superseded: _, ...r }) => withDates(r))
    .sort(inClaimOrder);
  return { jobs, supersededIds: rows.filter((r) => r.superseded).map((r) => r.id) };
}

/**
 * The jobs a pass at `now` would claim, without claiming them: for `tick --dry-run`. Same
 * conditions and order as the claim; no row is written or locked. `superseded`: the pass would
 * record it as such instead of claiming it (claimStatement).
 */
export async function peekDueJobs(db: Queryable, now: Date, limit: number): Promise<Array<DueJob & { superseded: boolean }>> {
  const { rows } = await db.query<DueJob & { superseded: boolean }>(
    `select id::text as id, kind, subject, occurrence, leerlijn_id as "leerlijnId", run_at as "runAt", planned_at as "plannedAt", payload, attempts + 1 as attempts,
       follow_up_superseded(kind, subject, run_at, $1::timestamptz) as superseded
     from scheduled_jobs where ${CLAIMABLE}
     order by ${CLAIM_ORDER}, id
     limit $2::int`,
    [now.toISOString(), limit],
  );
  return rows.map(withDates);
}

/** The due jobs a pass at `now` leaves waiting out the night (jobs-store holdJob), for `tick --dry-run`. */
export async function peekHeldJobs(db: Queryable, now: Date, limit: number): Promise<DueJob[]> {
  const { rows } = await db.query<DueJob>(
    `select id::text as id, kind, subject, occurrence, leerlijn_id as "leerlijnId", run_at as "runAt", planned_at as "plannedAt", payload, attempts + 1 as attempts
     from scheduled_jobs
     where status = 'pending' and run_at <= $1::timestamptz and not ${NOT_HELD}
     order by ${CLAIM_ORDER}, id
     limit $2::int`,
    [now.toISOString(), limit],
  );
  return rows.map(withDates);
}
