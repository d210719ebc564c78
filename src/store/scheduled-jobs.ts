// Durable due work in `scheduled_jobs`, the planning side: which kinds exist and the writes
// that make a leerlijn's pending jobs match its plan. One row per (kind, subject, occurrence):
// a retry or a second replica never makes a second row. Claiming is in scheduler/job-claims.ts.
import type { Queryable } from './db.js';

export const PLANNED_KINDS = [
  'meeting_invite',
  'meeting_day_before',
  'meeting_start',
  'meeting_document',
  'prompt_actieplan_not_planned',
  'prompt_plan_going',
  'prompt_close_open',
  'prompt_assign_roles',
  'action_before',
  'action_due',
  'action_overdue',
  'digest',
] as const;
export type PlannedKind = (typeof PLANNED_KINDS)[number];
/**
 * Not planned from state: tick enqueues job_failed when another job gives up, recipient_gone
 * when someone could not be reached for good (scheduler/unreachable.ts), and retention_warning
 * when an ended leerlijn's deletion comes near (store/retention.ts).
 */
export type JobKind = PlannedKind | 'job_failed' | 'recipient_gone' | 'retention_warning';

export interface JobKey {
  kind: JobKind;
  subject: string;
  occurrence: string;
}

export interface NewJob extends JobKey {
  leerlijnId: string;
  runAt: Date;
  payload?: Record<string, unknown>;
  /**
   * The planner's moment, when the job is planned from the leerlijn's state (migration 0016): a job
   * planned for a time already past is late only from then. Left out: late counts from run_at.
   */
  plannedAt?: Date;
}

/**
 * Inserts new jobs; revives cancelled ones (a meeting moved back) and moves untried pending ones
 * whose time changed (other reminder offsets). Returns how many rows it wrote: 0 when nothing changed.
 * A revived job keeps whom it reached (sentTo: it was cancelled while it was sent) and is left
 * alone while a pass still holds it, so nobody gets the same message twice. A moved one no longer
 * waits for the morning it was held for (scheduler/jobs-store.ts holdJob): it is judged at its new
 * time, held again if late at night then, sent if on time. Each row it writes records when it was
 * planned (plannedAt): one made or moved to a time already past is not late for that alone.
 */
export async function upsertJobs(tx: Queryable, jobs: readonly NewJob[]): Promise<number> {
  if (jobs.length === 0) return 0;
  const { rowCount } = await tx.query(
    `insert into scheduled_jobs (kind, subject, occurrence, leerlijn_id, run_at, payload, planned_at)
     select j.kind, j.subject, j.occurrence, j.leerlijn_id, j.run_at, j.payload, j.planned_at
     from unnest($1::text[], $2::text[], $3::text[], $4::uuid[], $5::timestamptz[], $6::jsonb[], $7::timestamptz[])
       as j(kind, subject, occurrence, leerlijn_id, run_at, payload, planned_at)
     on conflict (kind, subject, occurrence) do update
       set run_at = excluded.run_at, planned_at = excluded.planned_at, status = 'pending', locked_until = null, claim_token = null,
           retry_not_before = null, last_error = null, done_at = null,
           attempts = case when scheduled_jobs.status = 'cancelled' then 0 else scheduled_jobs.attempts end,
           payload = case when scheduled_jobs.status <> 'cancelled' then scheduled_jobs.payload - 'heldUntil'
                          when scheduled_jobs.payload ? 'sentTo' then excluded.payload || jsonb_build_object('sentTo', scheduled_jobs.payload->'sentTo')
                          else excluded.payload end
       where (scheduled_jobs.status = 'cancelled' and (scheduled_jobs.locked_until is null or scheduled_jobs.locked_until < clock_timestamp()))
          or (scheduled_jobs.status = 'pending' and scheduled_jobs.attempts = 0 and scheduled_jobs.run_at <> excluded.run_at)`,
    [
      jobs.map((j) => j.kind),
      jobs.map((j) => j.subject),
      jobs.map((j) => j.occurrence),
      jobs.map((j) => j.leerlijnId),
      jobs.map((j) => j.runAt.toISOString()),
      jobs.map((j) => JSON.stringify(j.payload ?? {})),
      jobs.map((j) => j.plannedAt?.toISOString() ?? null),
    ],
  );
  return rowCount;
}

/**
 * Cancels this leerlijn's pending jobs of the planned kinds that are not in `keep`. One being sent
 * keeps its claim (locked_until): the pass sending it still records whom it reached (finishJob).
 * A digest of a Monday after the latest in `keep` is not cancelled: `keep` was planned for an
 * earlier moment (a pass for before the clock jumped), which cannot tell those weeks are unwanted.
 */
export async function cancelJobsExcept(tx: Queryable, leerlijnId: string, keep: readonly JobKey[]): Promise<number> {
  const lastDigest = keep.filter((k) => k.kind === 'digest').reduce<string | null>((last, k) => (last === null || k.occurrence > last ? k.occurrence : last), null);
  const { rowCount } = await tx.query(
    `update scheduled_jobs s set status = 'cancelled'
     where s.leerlijn_id = $1::uuid and s.status = 'pending' and s.kind = any($2::text[])
       and not (s.kind = 'digest' and $6::text is not null and s.occurrence > $6::text)
       and not exists (
         select 1 from unnest($3::text[], $4::text[], $5::text[]) as k(kind, subject, occurrence)
         where k.kind = s.kind and k.subject = s.subject and k.occurrence = s.occurrence)`,
    [leerlijnId, [...PLANNED_KINDS], keep.map((k) => k.kind), keep.map((k) => k.subject), keep.map((k) => k.occurrence), lastDigest],
  );
  return rowCount;
}
