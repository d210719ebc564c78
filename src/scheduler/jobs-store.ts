// Finishing the durable due work in `scheduled_jobs`: a claimed job held, ended, retried or
// handed back, and the reads of what earlier jobs said. Planning writes the rows
// (store/scheduled-jobs.ts, from app/jobs/plan-jobs.ts); claiming them is job-claims.ts.
import type { Queryable } from '../store/db.js';
import type { JobKey, NewJob } from '../store/scheduled-jobs.js';

export { PLANNED_KINDS, type JobKey, type JobKind, type NewJob, type PlannedKind } from '../store/scheduled-jobs.js';

/** What a job carries between attempts: who already got it, so a retry skips them. */
export interface JobPayload {
  sentTo?: string[];
  /** Whom it did not reach (not counting anyone gone for good): while retried, and when given up (failed or dropped). */
  missed?: string[];
  outcome?: string;
  /** The moment the pass that sent it was run for (done_at is the database's clock). */
  sentAt?: string;
  /** Given up: the moment of the pass that did (a retention warning's channel copy is tried again the next working day). */
  failedAt?: string;
  jobKind?: string;
  attempts?: number;
  error?: string;
  failedJobId?: string;
  /** job_failed: the job was given up as the platform kept asking to wait (app/jobs/throttled.ts). */
  throttled?: boolean;
  /** job_failed: the failed job went to people's private chats only, not the channel (job-turn.ts). */
  privately?: boolean;
  /** job_failed: the failed job was given up before its message was built (the bot's own database did not answer; job-turn.ts). */
  beforeBuilt?: boolean;
  /** Asked to wait (a 429) on every try since this moment (the pass's `now`), none reaching anyone more: given up after a while (app/jobs/throttled.ts). */
  throttledSince?: string;
  /** How many 429s in a row: each waits longer when the platform names no wait (job-turn.ts). */
  throttledTries?: number;
  /** Whom the last try was asked to wait for (a 429): the next try sends to the others first (job-turn.ts orderedTargets). */
  askedToWait?: string[];
  /** Late and found at night: not claimed before this moment (the pass's `now`; holdJob). */
  heldUntil?: string;
  /** recipient_gone: who, by the name the team had for them, and the team they were last tried with (unreachable.ts). */
  userId?: string;
  name?: string;
  team?: string;
}

/** A due job as a pass judges it: claimed (ClaimedJob), or read without claiming for `tick --dry-run`. */
export interface DueJob extends JobKey {
  id: string;
  leerlijnId: string | null;
  runAt: Date;
  /** When it was last planned, where known (migration 0016): late counts from the later of this and runAt. */
  plannedAt?: Date | null;
  payload: JobPayload;
  attempts: number;
}

/**
 * A job under this pass's claim. `claimToken` names the claim (migration 0018): every write that
 * ends or hands back the job matches it, so a claimer whose lease ran out and whose job was claimed
 * again changes nothing, even when the attempt number is its own again (a 429, a hold and a release
 * give the attempt back). Each of those writes clears it.
 */
export interface ClaimedJob extends DueJob {
  claimToken: string;
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
 * Hands a claimed job back to wait till `until` (late, found at night: app/jobs/late-sends.ts).
 * Not an attempt, like releaseJobs; run_at stays, so it is still due and planning keeps it (one
 * that a replanning moves, or cancels and revives, is judged anew: upsertJobs).
 */
export async function holdJob(db: Queryable, job: ClaimedJob, until: Date): Promise<boolean> {
  const { rowCount } = await db.query(
    `update scheduled_jobs s set locked_until = null, claim_token = null, attempts = s.attempts - 1,
       payload = s.payload || jsonb_build_object('heldUntil', $3::text)
     where id = $1::bigint and claim_token = $2::uuid and status in ('pending', 'cancelled')`,
    [job.id, job.claimToken, until.toISOString()],
  );
  return rowCount > 0;
}

export type FinalStatus = 'done' | 'dropped' | 'failed';

/**
 * Ends a claimed job. Guarded by its claim (claimToken): if the lease ran out and another
 * scheduler claimed it again, this claimer's late answer changes nothing. done_at
 * is when it really happened (the database's clock), whatever moment the pass was run for.
 * False when it was not ended so: gone, claimed again, or cancelled while it ran (replanned by a
 * pass for another week, its leerlijn stopped); a cancelled one still records whom it reached
 * (`payload`), so a later digest counts from it and a job planned again skips them.
 */
export async function finishJob(db: Queryable, job: ClaimedJob, status: FinalStatus, lastError: string | null, payload: JobPayload): Promise<boolean> {
  const { rows } = await db.query<{ status: string }>(
    `update scheduled_jobs s set status = case when s.status = 'pending' then $3::text else s.status end,
       done_at = case when s.status = 'pending' then clock_timestamp() else s.done_at end, locked_until = null, claim_token = null,
       last_error = $4::text, payload = $5::jsonb
     where id = $1::bigint and claim_token = $2::uuid and status in ('pending', 'cancelled')
     returning s.status`,
    [job.id, job.claimToken, status, lastError, JSON.stringify(payload)],
  );
  return rows[0]?.status === status;
}

/**
 * Records whom a claimed job reached so far, right after a send: a scheduler that dies (or is stuck)
 * before the job's end is written leaves them to the next claimer to skip, not to send to again. A
 * primary-key write beside a platform call. Reaching someone more ends the 429s in a row, as the
 * turn's own end does (job-turn.ts runJob). False when the claim is no longer this one's: another
 * scheduler may be sending the job now, so this one sends nothing more.
 */
export async function recordSentTo(db: Queryable, job: ClaimedJob, sentTo: readonly string[]): Promise<boolean> {
  const { rowCount } = await db.query(
    `update scheduled_jobs s set payload = jsonb_set(s.payload - 'throttledSince' - 'throttledTries', '{sentTo}', $3::jsonb)
     where id = $1::bigint and claim_token = $2::uuid and status in ('pending', 'cancelled')`,
    [job.id, job.claimToken, JSON.stringify(sentTo)],
  );
  return rowCount > 0;
}

/** A job's status now; null when it is gone (deleted with its leerlijn). */
export async function jobStatusOf(db: Queryable, id: string): Promise<string | null> {
  const { rows } = await db.query<{ status: string }>(`select status from scheduled_jobs where id = $1::bigint`, [id]);
  return rows[0]?.status ?? null;
}

/**
 * Hands claimed jobs back untouched (a tick that ran out of time): no attempt is counted, and
 * the next tick in any replica can claim them at once. Only jobs still held by this claim.
 */
export async function releaseJobs(db: Queryable, jobs: readonly ClaimedJob[]): Promise<number> {
  if (jobs.length === 0) return 0;
  const { rowCount } = await db.query(
    `update scheduled_jobs s set locked_until = null, claim_token = null, attempts = s.attempts - 1
     from unnest($1::bigint[], $2::uuid[]) as j(id, claim_token)
     where s.id = j.id and s.claim_token = j.claim_token and s.status = 'pending'`,
    [jobs.map((j) => j.id), jobs.map((j) => j.claimToken)],
  );
  return rowCount;
}

/**
 * Moves a claimed job's lease forward (from the database's clock, like the claim) while its
 * send is still under way. Only this claim's (claimToken, still leased): a job another
 * scheduler took over, or one already handed back for a later retry, is left alone. One
 * cancelled while it is sent is still held: planned again meanwhile, it must not be revived and
 * sent by another pass before this one records whom it reached (upsertJobs).
 */
export async function renewLease(db: Queryable, job: ClaimedJob, leaseSeconds: number): Promise<boolean> {
  const { rowCount } = await db.query(
    `update scheduled_jobs set locked_until = clock_timestamp() + make_interval(secs => $3::int)
     where id = $1::bigint and claim_token = $2::uuid and status in ('pending', 'cancelled') and locked_until is not null`,
    [job.id, job.claimToken, leaseSeconds],
  );
  return rowCount > 0;
}

/**
 * Puts a claimed job back for a later attempt and releases its lease. The backoff runs on the
 * database's clock, like the lease: whatever `now` the next pass is run for, it cannot claim
 * the job before `delaySeconds` have really passed. run_at stays: the job is still due. One cancelled while
 * it ran stays cancelled, with whom it reached (finishJob). Not `counted` (the platform asked to wait): the attempt is given back.
 */
export async function retryJobLater(db: Queryable, job: ClaimedJob, delaySeconds: number, lastError: string, payload: JobPayload, counted = true): Promise<boolean> {
  const { rows } = await db.query<{ status: string }>(
    `update scheduled_jobs s set retry_not_before = case when s.status = 'pending' then clock_timestamp() + make_interval(secs => $3::double precision) end,
       locked_until = null, claim_token = null, attempts = s.attempts - $6::int, last_error = $4::text, payload = $5::jsonb
     where id = $1::bigint and claim_token = $2::uuid and status in ('pending', 'cancelled')
     returning s.status`,
    [job.id, job.claimToken, delaySeconds, lastError, JSON.stringify(payload), counted ? 0 : 1],
  );
  return rows[0]?.status === 'pending';
}

/**
 * Of the leerlijn's digests up to `occurrence`: the Monday of the latest before it that reached
 * anyone (null: none did), and of its first. A skipped one told nothing and a dropped one nobody:
 * the next covers its week. One that reached some coordinators and was given up on for others
 * counts as told: whom it missed is asked apart (digestsMissedBy), and someone the platform no
 * longer reaches (they left) is not one of them. The unique (kind, subject, occurrence) index
 * finds them: a digest's subject is its leerlijn.
 */
export async function digestsBefore(db: Queryable, leerlijnId: string, occurrence: string): Promise<{ lastSent: string | null; first: string | null }> {
  const { rows } = await db.query<{ lastSent: string | null; first: string | null }>(
    `select max(occurrence) filter (where occurrence < $2::text and coalesce(jsonb_array_length(payload->'sentTo'), 0) > 0) as "lastSent",
       min(occurrence) as first
     from scheduled_jobs
     where kind = 'digest' and subject = $1::text and leerlijn_id = $1::uuid and occurrence <= $2::text`,
    [leerlijnId, occurrence],
  );
  return rows[0] ?? { lastSent: null, first: null };
}

/**
 * Of these recipients (targetKey), those a digest before `occurrence` was given up on (recorded
 * in its `missed`) after the last one that reached them: each with the Monday of that last one,
 * or null when none ever did.
 */
export async function digestsMissedBy(db: Queryable, leerlijnId: string, occurrence: string, keys: readonly string[]): Promise<Map<string, string | null>> {
  if (keys.length === 0) return new Map();
  const { rows } = await db.query<{ key: string; got: string | null }>(
    `with got as (
       select k.key, (select max(j.occurrence) from scheduled_jobs j
                      where j.kind = 'digest' and j.subject = $1::text and j.leerlijn_id = $1::uuid and j.occurrence < $2::text
                        and j.payload->'sentTo' ? k.key) as got
       from unnest($3::text[]) as k(key)
     )
     select g.key, g.got from got g
     where exists (select 1 from scheduled_jobs j
                   where j.kind = 'digest' and j.subject = $1::text and j.leerlijn_id = $1::uuid and j.occurrence < $2::text
                     and j.occurrence > coalesce(g.got, '') and j.payload->'missed' ? g.key)`,
    [leerlijnId, occurrence, [...keys]],
  );
  return new Map(rows.map((r) => [r.key, r.got]));
}

/** Whether the owner was told of this action's due date (a due or overdue reminder, not `job` itself) since `since`. */
export async function pastDueToldSince(db: Queryable, job: Pick<ClaimedJob, 'id' | 'leerlijnId' | 'subject'>, since: Date): Promise<boolean> {
  const { rows } = await db.query<{ n: number }>(
    `select count(*)::int as n from scheduled_jobs
     where leerlijn_id = $1::uuid and subject = $2::text and kind in ('action_due', 'action_overdue')
       and status = 'done' and id <> $3::bigint and (payload->>'sentAt')::timestamptz >= $4::timestamptz`,
    [job.leerlijnId, job.subject, job.id, since.toISOString()],
  );
  return (rows[0]?.n ?? 0) > 0;
}
