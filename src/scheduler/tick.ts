// One pass of the scheduler: claim due jobs, say what they have to say, record the outcome.
// Safe to run in several replicas at once and to repeat: claims are disjoint, every
// outcome is written on the job row, and a finished job is never claimed again.
import type { DocumentsConfig } from '../config-documents.js';
import type { Messengers, SendResult } from '../app/messenger.js';
import type { Logger } from '../logger.js';
import type { Db } from '../store/db.js';
import type { Platform } from '../store/leerlijnen.js';
import {
  claimDueJobs,
  enqueueOnce,
  finishJob,
  holdJob,
  jobStatusOf,
  releaseJobs,
  renewLease,
  retryJobLater,
  type ClaimedJob,
  type FinalStatus,
  type JobPayload,
} from './jobs-store.js';
import { noticeFor, type Built } from './notices-for.js';
import { targetKey } from './targets.js';
import { sendOne } from './send-one.js';
import { recordUnreachable } from './unreachable.js';
import { syncLeerlijnJobs } from '../app/jobs/plan-jobs.js';
import { forgetExpiredRecords } from '../app/housekeeping.js';
import { expireEndedLeerlijnen } from '../app/retention.js';
import { holdsUntil } from './late-hold.js';

export interface TickDeps {
  db: Db;
  messengers: Messengers;
  log?: Logger;
  /** Links in invitations (the school's documents, signed links to the team's own); none without. */
  documents?: DocumentsConfig;
  /** Days an ended leerlijn is kept (app/retention.ts); unset or null: until its coordinator deletes it. */
  retentionDays?: number | null;
}

export interface TickOptions {
  batchSize?: number;
  leaseSeconds?: number;
  maxAttempts?: number;
  /** Source of jitter in [0, 1); tests pass a fixed one. */
  random?: () => number;
  /**
   * Milliseconds since some fixed point, for the tick's own time budget (monotonic, unlike the
   * `now` the jobs are judged by); tests pass a fake one.
   */
  elapsedMs?: () => number;
  /**
   * Runs `renew` every `ms` until the returned function is called: how a claim is kept alive
   * while a slow send runs. Tests call `renew` by hand instead of waiting.
   */
  every?: (ms: number, renew: () => Promise<void>) => () => void;
}

export interface TickResult {
  claimed: number;
  /** Claimed but handed back untried because the tick ran out of time. */
  released: number;
  sent: number;
  retried: number;
  failed: number;
  dropped: number;
  /** Due, but nothing to say any more at send time (action done, nothing open). */
  skipped: number;
  /** Older follow-ups of an action that a later due one replaced (after a gap): never sent. */
  superseded: number;
  /** Late and found at night: handed back to go in the morning (app/jobs/late-sends.ts). */
  held: number;
}

type Outcome = Exclude<keyof TickResult, 'claimed' | 'released' | 'superseded'>;
type Options = Required<TickOptions>;
type Failure = Extract<SendResult, { ok: false }>;

const every = (ms: number, renew: () => Promise<void>): (() => void) => {
  const timer = setInterval(() => void renew(), ms);
  timer.unref();
  return () => clearInterval(timer);
};
/** How many jobs one pass claims; `tick --dry-run` shows as many. */
export const DEFAULT_BATCH_SIZE = 50;
const DEFAULTS: Options = { batchSize: DEFAULT_BATCH_SIZE, leaseSeconds: 300, maxAttempts: 5, random: Math.random, elapsedMs: () => performance.now(), every };
/** A send still running after this many leases is taken to be stuck and left to the other replicas. */
const MAX_HOLD_LEASES = 6;
const BACKOFF_BASE_SECONDS = 30;
const BACKOFF_MAX_SECONDS = 3600;

export async function tick(deps: TickDeps, now: Date, opts: TickOptions = {}): Promise<TickResult> {
  const o: Options = { ...DEFAULTS, ...opts };
  const result: TickResult = { claimed: 0, released: 0, sent: 0, retried: 0, failed: 0, dropped: 0, skipped: 0, superseded: 0, held: 0 };
  const started = o.elapsedMs();
  await expireEndedLeerlijnen(deps, now);
  const { jobs, supersededIds } = await claimDueJobs(deps.db, now, o.batchSize, o.leaseSeconds);
  result.claimed = jobs.length;
  result.superseded = supersededIds.length;
  if (supersededIds.length > 0) deps.log?.info({ jobIds: supersededIds }, 'scheduler follow-ups superseded by later ones');
  for (const [index, job] of jobs.entries()) {
    // Past half the lease, stop and hand the rest back: a claim must never outlive its lease
    // while we still mean to send it, or another replica would claim and send it too.
    if (o.elapsedMs() - started > (o.leaseSeconds * 1000) / 2) {
      result.released = await releaseJobs(deps.db, jobs.slice(index));
      deps.log?.warn({ released: result.released }, 'scheduler tick ran out of time; jobs handed back');
      break;
    }
    let outcome: Outcome;
    const stopRenewing = keepClaim(deps, job, o, () => o.elapsedMs() - started);
    try {
      outcome = await runJob(deps, job, now, o);
    } catch (error) {
      // Recording the outcome failed (database gone?): the job stays leased and is claimed
      // again when the lease runs out. The rest of the batch still gets its turn.
      deps.log?.error({ jobId: job.id, kind: job.kind, err: error }, 'scheduler job could not be recorded');
      outcome = 'retried';
    } finally {
      stopRenewing();
    }
    result[outcome] += 1;
    deps.log?.info({ jobId: job.id, kind: job.kind, attempts: job.attempts, outcome }, 'scheduler job');
  }
  await forgetExpired(deps, now);
  return result;
}

/** After the jobs, the records kept for a while only (app/housekeeping.ts); a failure here is logged and fails no tick. */
async function forgetExpired(deps: TickDeps, now: Date): Promise<void> {
  try {
    const forgotten = await forgetExpiredRecords(deps, now);
    if (forgotten.eventIds + forgotten.unownedMessages > 0) deps.log?.info(forgotten, 'scheduler deleted expired records');
  } catch (error) {
    deps.log?.warn({ err: error }, 'scheduler could not delete expired records');
  }
}

/**
 * Renews a job's claim while it is being sent. A send can take longer than the lease (the
 * platform asks us to wait, a slow network): without this another replica would claim the
 * job and send the same notice again. A send running for MAX_HOLD_LEASES leases is taken to be
 * stuck: renewing stops, the claim runs out and another replica may try.
 */
function keepClaim(deps: TickDeps, job: ClaimedJob, o: Options, elapsedMs: () => number): () => void {
  const leaseMs = o.leaseSeconds * 1000;
  const jobStarted = elapsedMs();
  let stopped = false;
  const stop = o.every(leaseMs / 3, async () => {
    const elapsed = elapsedMs();
    if (stopped) return;
    if (elapsed - jobStarted > MAX_HOLD_LEASES * leaseMs) {
      stopped = true;
      stop();
      deps.log?.warn({ jobId: job.id, kind: job.kind }, 'scheduler send still running after the longest hold; claim left to run out');
      return;
    }
    try {
      const renewed = await renewLease(deps.db, job, o.leaseSeconds);
      if (!renewed) deps.log?.warn({ jobId: job.id, kind: job.kind }, 'scheduler claim no longer held while sending');
    } catch (error) {
      deps.log?.warn({ jobId: job.id, err: error }, 'scheduler could not renew a claim');
    }
  });
  return () => {
    stopped = true;
    stop();
  };
}

/** Exponential backoff with equal jitter, never sooner than the platform asked for. */
export function retryDelaySeconds(attempts: number, retryAfterSeconds: number | undefined, random: () => number): number {
  const exp = Math.min(BACKOFF_MAX_SECONDS, BACKOFF_BASE_SECONDS * 2 ** Math.max(0, attempts - 1));
  const jittered = exp / 2 + (exp / 2) * random();
  return Math.ceil(Math.max(retryAfterSeconds ?? 0, jittered));
}

async function runJob(deps: TickDeps, job: ClaimedJob, now: Date, o: Options): Promise<Outcome> {
  let built: Built;
  try {
    built = await noticeFor(deps.db, job, now, deps.documents, deps.retentionDays);
  } catch (error) {
    // A database hiccup while reading state: try again later like a failed send.
    return failOrRetry(deps, job, now, o, { ok: false, error: `build: ${errorText(error)}`, permanent: false }, job.payload);
  }
  if (built.outcome === 'skip') return finish(deps, job, 'done', now, null, { ...job.payload, outcome: `skipped:${built.reason}` }, 'skipped');
  if (built.outcome === 'drop') return finish(deps, job, 'dropped', now, null, { ...job.payload, outcome: `dropped:${built.reason}` }, 'dropped');
  const waitsUntil = await holdsUntil(deps.db, job, built, now, deps.documents, deps.retentionDays);
  if (waitsUntil) {
    if (!(await holdJob(deps.db, job, waitsUntil))) await logNotRecorded(deps, job);
    return 'held';
  }
  const messenger = deps.messengers[built.platform as Platform];
  if (!messenger) {
    const error = `no messenger configured for platform "${built.platform}" (configured: ${Object.keys(deps.messengers).join(', ') || 'none'})`;
    return failOrRetry(deps, job, now, o, { ok: false, error, permanent: true }, job.payload);
  }
  const sentTo = [...(job.payload.sentTo ?? [])];
  // A person the platform will never reach (they left) is not this job's failure: the
  // coordinators left are told of them once (unreachable.ts), not at every message they miss.
  const gone: Array<{ userId: string; res: Failure }> = [];
  // Anything else the platform will never take (a channel gone, the bot's own token refused)
  // fails the job, but only after the others got it.
  let channelGone: Failure | undefined;
  let transient: Failure | undefined;
  for (const target of built.targets) {
    if (sentTo.includes(targetKey(target))) continue;
    const res = await sendOne(deps, now, messenger, target, built);
    if (res.ok) sentTo.push(targetKey(target));
    else if (res.permanent && res.recipientGone && target.kind === 'user') gone.push({ userId: target.userId, res });
    else if (res.permanent) channelGone ??= res;
    else {
      // Asked to wait (rate limited): everyone waits, as long as asked. Any other failure may be one
      // person's (their DM timed out): the others still get it now, and the retry is for whoever is left.
      transient = res.retryAfterSeconds !== undefined || !transient ? res : transient;
      if (res.retryAfterSeconds !== undefined) break;
    }
  }
  if (gone.length > 0 && job.leerlijnId) await recordUnreachable(deps.db, job.leerlijnId, gone.map((g) => g.userId), built.team, now);
  // `missed` says whom it has not reached yet; it is written anew by every try that misses someone.
  const { missed: _missedBefore, ...before } = job.payload;
  const payload = { ...before, sentTo };
  const goneIds = new Set(gone.map((g) => g.userId));
  const missed = built.targets.filter((t) => !sentTo.includes(targetKey(t)) && !(t.kind === 'user' && goneIds.has(t.userId))).map(targetKey);
  if (transient) return failOrRetry(deps, job, now, o, transient, payload, missed);
  if (channelGone) return failOrRetry(deps, job, now, o, channelGone, payload);
  // Reached nobody, as its only reader is gone: failed, without a job_failed notice about it.
  if (sentTo.length === 0 && gone[0]) return finish(deps, job, 'failed', now, gone[0].res.error, payload, 'failed');
  return finish(deps, job, 'done', now, null, { ...payload, outcome: 'sent', sentAt: now.toISOString() }, 'sent');
}

/** Why a job's end was not recorded: cancelled (whom it reached is) or deleted meanwhile (its leerlijn stopped, deleted or replanned), or its claim taken over. */
async function logNotRecorded(deps: TickDeps, job: ClaimedJob): Promise<void> {
  const now = await jobStatusOf(deps.db, job.id);
  if (now === 'cancelled') deps.log?.info({ jobId: job.id, kind: job.kind }, 'scheduler job cancelled while it ran; whom it reached is recorded');
  else if (now === null) deps.log?.info({ jobId: job.id, kind: job.kind }, 'scheduler job deleted while it ran; nothing to record');
  else deps.log?.warn({ jobId: job.id, kind: job.kind }, 'scheduler job lease lost before it was recorded');
}

async function finish(
  deps: TickDeps,
  job: ClaimedJob,
  status: FinalStatus,
  now: Date,
  lastError: string | null,
  payload: JobPayload,
  outcome: Outcome,
): Promise<Outcome> {
  const recorded = await finishJob(deps.db, job, status, lastError, payload);
  if (!recorded) await logNotRecorded(deps, job);
  // A digest plans only the next Monday; after one is handled, plan the one after it (late, when already due).
  if (job.kind === 'digest' && job.leerlijnId) {
    const leerlijnId = job.leerlijnId;
    await deps.db.transaction((tx) => syncLeerlijnJobs(tx, leerlijnId, now, job.occurrence));
  }
  return outcome;
}

async function failOrRetry(
  deps: TickDeps,
  job: ClaimedJob,
  now: Date,
  o: Options,
  res: Extract<SendResult, { ok: false }>,
  payload: JobPayload,
  missed: string[] = [],
): Promise<Outcome> {
  // Rate limited is no failed attempt: the platform took nothing, and gets it once it may.
  const throttled = res.throttled === true;
  if (res.permanent || (job.attempts >= o.maxAttempts && !throttled)) {
    // Who it did not reach when given up: a digest makes it up to them with their next one (digest-notice.ts).
    // Whether the platform refused it or did not answer (an outage): store/retention.ts tries a channel copy again only then.
    const givenUp = { ...payload, ...(missed.length > 0 ? { missed } : {}), outcome: res.permanent ? 'refused' : 'unanswered', failedAt: now.toISOString() };
    await finish(deps, job, 'failed', now, res.error, givenUp, 'failed');
    // A digest that reached a coordinator is made up to the others next Monday: nothing for them to do.
    // Not one refused for good (not over someone who left: a setting, a scope): next Monday's would be too.
    const madeUpLater = job.kind === 'digest' && !res.permanent && (payload.sentTo?.length ?? 0) > 0;
    if (!madeUpLater) await tellCoordinators(deps, job, now, res.error);
    return 'failed';
  }
  const delay = retryDelaySeconds(job.attempts, res.retryAfterSeconds, o.random);
  // Kept while it is retried: a digest given up later without another try (dropped, a week on:
  // the bot was down) is then still made up to whom it missed, as one that failed is.
  await retryJobLater(deps.db, job, delay, res.error, missed.length > 0 ? { ...payload, missed } : payload, !throttled);
  return 'retried';
}

/** One job_failed notice per failed job, itself a job so it is sent once and retried like any other. */
async function tellCoordinators(deps: TickDeps, job: ClaimedJob, now: Date, error: string): Promise<void> {
  if (job.kind === 'job_failed' || !job.leerlijnId) return;
  await enqueueOnce(deps.db, {
    kind: 'job_failed',
    subject: job.id,
    occurrence: 'coordinators',
    leerlijnId: job.leerlijnId,
    runAt: now,
    payload: { jobKind: job.kind, attempts: job.attempts, error, failedJobId: job.id },
  });
}

const errorText = (error: unknown): string => (error instanceof Error ? error.message : String(error));
