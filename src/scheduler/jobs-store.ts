// Durable due work in `scheduled_jobs` (the reads for planning it are in scheduler-reads.ts).
// One row per (kind, subject, occurrence): a retry or a second replica never makes a second row.
import type { Db, Queryable } from '../store/db.js';

export const PLANNED_KINDS = [
  'meeting_invite',
  'meeting_day_before',
  'meeting_start',
  'prompt_actieplan_not_planned',
  'prompt_plan_going',
  'prompt_close_open',
  'action_before',
  'action_due',
  'action_overdue',
  'digest',
] as const;
export type PlannedKind = (typeof PLANNED_KINDS)[number];
/** job_failed is not planned from state: tick enqueues it when another job gives up. */
export type JobKind = PlannedKind | 'job_failed';

export interface JobKey {
  kind: JobKind;
  subject: string;
  occurrence: string;
}

export interface NewJob extends JobKey {
  leerlijnId: string;
  runAt: Date;
  payload?: Record<string, unknown>;
}

/** What a job carries between attempts: who already got it, so a retry skips them. */
export interface JobPayload {
  sentTo?: string[];
  outcome?: string;
  jobKind?: string;
  attempts?: number;
  error?: string;
  failedJobId?: string;
}

export interface ClaimedJob extends JobKey {
  id: string;
  leerlijnId: string | null;
  runAt: Date;
  payload: JobPayload;
  attempts: number;
}

/**
 * Inserts new jobs; revives cancelled ones (a meeting moved back) and moves untried pending ones
 * whose time changed (other reminder offsets). Returns how many rows it wrote: 0 when nothing changed.
 */
export async function upsertJobs(tx: Queryable, jobs: readonly NewJob[]): Promise<number> {
  if (jobs.length === 0) return 0;
  const { rowCount } = await tx.query(
    `insert into scheduled_jobs (kind, subject, occurrence, leerlijn_id, run_at, payload)
     select j.kind, j.subject, j.occurrence, j.leerlijn_id, j.run_at, j.payload
     from unnest($1::text[], $2::text[], $3::text[], $4::uuid[], $5::timestamptz[], $6::jsonb[])
       as j(kind, subject, occurrence, leerlijn_id, run_at, payload)
     on conflict (kind, subject, occurrence) do update
       set run_at = excluded.run_at, status = 'pending', locked_until = null, last_error = null, done_at = null,
           attempts = case when scheduled_jobs.status = 'cancelled' then 0 else scheduled_jobs.attempts end,
           payload = case when scheduled_jobs.status = 'cancelled' then excluded.payload else scheduled_jobs.payload end
       where scheduled_jobs.status = 'cancelled'
          or (scheduled_jobs.status = 'pending' and scheduled_jobs.attempts = 0 and scheduled_jobs.run_at <> excluded.run_at)`,
    [
      jobs.map((j) => j.kind),
      jobs.map((j) => j.subject),
      jobs.map((j) => j.occurrence),
      jobs.map((j) => j.leerlijnId),
      jobs.map((j) => j.runAt.toISOString()),
      jobs.map((j) => JSON.stringify(j.payload ?? {})),
    ],
  );
  return rowCount;
}

/** Cancels this leerlijn's pending jobs of the planned kinds that are not in `keep`. */
export async function cancelJobsExcept(tx: Queryable, leerlijnId: string, keep: readonly JobKey[]): Promise<number> {
  const { rowCount } = await tx.query(
    `update scheduled_jobs s set status = 'cancelled', locked_until = null
     where s.leerlijn_id = $1::uuid and s.status = 'pending' and s.kind = any($2::text[])
       and not exists (
         select 1 from unnest($3::text[], $4::text[], $5::text[]) as k(kind, subject, occurrence)
         where k.kind = s.kind and k.subject = s.subject and k.occurrence = s.occurrence)`,
    [leerlijnId, [...PLANNED_KINDS], keep.map((k) => k.kind), keep.map((k) => k.subject), keep.map((k) => k.occurrence)],
  );
  return rowCount;
}

/** A job that must exist once, e.g. the coordinator's notice about a failed job. */
export async function enqueueOnce(db: Queryable, job: NewJob): Promise<boolean> {
  const { rowCount } = await db.query(
    `insert into scheduled_jobs (kind, subject, occurrence, leerlijn_id, run_at, payload)
     values ($1::text, $2::text, $3::text, $4::uuid, $5::timestamptz, $6::jsonb)
     on conflict (kind, subject, occurrence) do nothing`,
    [job.kind, job.subject, job.occurrence, job.leerlijnId, job.runAt.toISOString(), JSON.stringify(job.payload ?? {})],
  );
  return rowCount > 0;
}

/**
 * Claims up to `batchSize` due jobs for `leaseSeconds`. SKIP LOCKED lets replicas claim
 * disjoint rows at once; the lease (locked_until) makes a job claimable again when its
 * claimer died before finishing it.
 *
 * The claim commits without waiting for its WAL flush (about half of its time on a plain
 * disk). Other sessions see it at commit either way; a claim lost in a server crash only
 * leaves the job unclaimed, which is what a crash just before claiming does too. Marking a
 * job done stays a normal, durable commit.
 */
export async function claimDueJobs(db: Db, now: Date, batchSize: number, leaseSeconds: number): Promise<ClaimedJob[]> {
  return db.transaction(async (tx) => {
    await tx.query('set local synchronous_commit = off');
    return claimStatement(tx, now, batchSize, leaseSeconds);
  });
}

/** The claim itself, in the caller's transaction. */
export async function claimStatement(tx: Queryable, now: Date, batchSize: number, leaseSeconds: number): Promise<ClaimedJob[]> {
  const { rows } = await tx.query<ClaimedJob>(
    `update scheduled_jobs set locked_until = $1::timestamptz + make_interval(secs => $3::int), attempts = attempts + 1
     where id in (
       select id from scheduled_jobs
       where status = 'pending' and run_at <= $1::timestamptz and (locked_until is null or locked_until < $1::timestamptz)
       order by run_at
       limit $2::int
       for update skip locked)
     returning id::text as id, kind, subject, occurrence, leerlijn_id as "leerlijnId", run_at as "runAt", payload, attempts`,
    [now.toISOString(), batchSize, leaseSeconds],
  );
  return rows
    .map((r) => ({ ...r, runAt: new Date(r.runAt) }))
    .sort((a, b) => a.runAt.getTime() - b.runAt.getTime());
}

export type FinalStatus = 'done' | 'dropped' | 'failed';

/**
 * Ends a claimed job. Guarded by the attempt number it was claimed with: if the lease ran out
 * and another scheduler claimed it again, this claimer's late answer changes nothing.
 */
export async function finishJob(
  db: Queryable,
  job: ClaimedJob,
  status: FinalStatus,
  now: Date,
  lastError: string | null,
  payload: JobPayload,
): Promise<boolean> {
  const { rowCount } = await db.query(
    `update scheduled_jobs set status = $3::text, done_at = $4::timestamptz, locked_until = null,
       last_error = $5::text, payload = $6::jsonb
     where id = $1::bigint and attempts = $2::int and status = 'pending'`,
    [job.id, job.attempts, status, now.toISOString(), lastError, JSON.stringify(payload)],
  );
  return rowCount > 0;
}

/**
 * Hands claimed jobs back untouched (a tick that ran out of time): no attempt is counted, and
 * the next tick in any replica can claim them at once. Only jobs still held by this claim.
 */
export async function releaseJobs(db: Queryable, jobs: readonly ClaimedJob[]): Promise<number> {
  if (jobs.length === 0) return 0;
  const { rowCount } = await db.query(
    `update scheduled_jobs s set locked_until = null, attempts = s.attempts - 1
     from unnest($1::bigint[], $2::int[]) as j(id, attempts)
     where s.id = j.id and s.attempts = j.attempts and s.status = 'pending'`,
    [jobs.map((j) => j.id), jobs.map((j) => j.attempts)],
  );
  return rowCount;
}

/**
 * Moves a claimed job's lease forward while its send is still under way. Only this claim's
 * (same attempt, still pending, still leased): a job another scheduler took over, or one
 * already handed back for a later retry, is left alone.
 */
export async function renewLease(db: Queryable, job: ClaimedJob, now: Date, leaseSeconds: number): Promise<boolean> {
  const { rowCount } = await db.query(
    `update scheduled_jobs set locked_until = $3::timestamptz + make_interval(secs => $4::int)
     where id = $1::bigint and attempts = $2::int and status = 'pending' and locked_until is not null`,
    [job.id, job.attempts, now.toISOString(), leaseSeconds],
  );
  return rowCount > 0;
}

/** Puts a claimed job back for a later attempt and releases its lease. */
export async function retryJobLater(db: Queryable, job: ClaimedJob, runAt: Date, lastError: string, payload: JobPayload): Promise<boolean> {
  const { rowCount } = await db.query(
    `update scheduled_jobs set run_at = $3::timestamptz, locked_until = null, last_error = $4::text, payload = $5::jsonb
     where id = $1::bigint and attempts = $2::int and status = 'pending'`,
    [job.id, job.attempts, runAt.toISOString(), lastError, JSON.stringify(payload)],
  );
  return rowCount > 0;
}
