// One pass of the scheduler: claim due jobs, say what they have to say, record the outcome.
// Safe to run in several replicas at once and to repeat: claims are disjoint, every
// outcome is written on the job row, and a finished job is never claimed again. Each job's own
// turn (build, hold, send, record) is in job-turn.ts.
import { claimDueJobs } from './job-claims.js';
import { releaseJobs, renewLease, type ClaimedJob } from './jobs-store.js';
import { forgetExpiredRecords } from '../app/housekeeping.js';
import { expireEndedLeerlijnen } from '../app/retention-pass.js';
import { runJob, type Outcome, type TickDeps } from './job-turn.js';

export type { TickDeps } from './job-turn.js';

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

type Options = Required<TickOptions>;

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
    if (forgotten.eventIds + forgotten.unownedMessages + forgotten.teamSessions > 0) deps.log?.info(forgotten, 'scheduler deleted expired records');
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
