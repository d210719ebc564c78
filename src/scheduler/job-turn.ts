// One claimed job's turn in a pass (tick.ts): its notice built as at send time, held till the
// morning, sent, or given up, and the outcome written on its row. The pass around it claims the
// jobs, keeps their claims alive and hands back what it has no time for.
import type { DocumentsConfig } from '../config-documents.js';
import type { Messenger, Messengers, SendResult } from '../app/messenger.js';
import type { Logger } from '../logger.js';
import { equalJitterBackoff } from '../backoff.js';
import type { Db } from '../store/db.js';
import type { Platform } from '../store/leerlijnen.js';
import {
  enqueueOnce,
  finishJob,
  holdJob,
  jobStatusOf,
  recordSentTo,
  retryJobLater,
  type ClaimedJob,
  type FinalStatus,
  type JobPayload,
} from './jobs-store.js';
import { noticeFor, type Built } from './notices-for.js';
import { goesOnlyPrivately, targetKey } from './targets.js';
import { sendOne } from './send-one.js';
import { recordUnreachable } from './unreachable.js';
import { syncLeerlijnJobs } from '../app/jobs/plan-jobs.js';
import { holdsUntil } from './late-hold.js';
import { throttledTooLong } from '../app/jobs/throttled.js';

export interface TickDeps {
  db: Db;
  messengers: Messengers;
  log?: Logger;
  /** Links in invitations (the school's documents, signed links to the team's own); none without. */
  documents?: DocumentsConfig;
  /** Days an ended leerlijn is kept (app/retention.ts); unset or null: until its coordinator deletes it. */
  retentionDays?: number | null;
}

/** What a job's turn came to; the pass counts each (TickResult). */
export type Outcome = 'sent' | 'retried' | 'failed' | 'dropped' | 'skipped' | 'held';
/** The pass's options a turn needs: when to give up, and the jitter of a retry's backoff. */
export interface TurnOptions {
  maxAttempts: number;
  random: () => number;
}
type Failure = Extract<SendResult, { ok: false }>;

const BACKOFF_BASE_SECONDS = 30;
const BACKOFF_MAX_SECONDS = 3600;

/** The backoff after `attempts` tries (src/backoff.ts), in whole seconds, never sooner than the platform asked for. */
function retryDelaySeconds(attempts: number, retryAfterSeconds: number | undefined, random: () => number): number {
  const jittered = equalJitterBackoff(Math.max(0, attempts - 1), BACKOFF_BASE_SECONDS, BACKOFF_MAX_SECONDS, random);
  return Math.ceil(Math.max(retryAfterSeconds ?? 0, jittered));
}

export async function runJob(deps: TickDeps, job: ClaimedJob, now: Date, o: TurnOptions): Promise<Outcome> {
  let built: Built;
  try {
    built = await noticeFor(deps.db, job, now, deps.documents, deps.retentionDays);
  } catch (error) {
    // A database hiccup while reading state: try again later like a failed send; given up, told by where its kind goes.
    const failure = { ok: false, error: `build: ${errorText(error)}`, permanent: false } as const;
    return failOrRetry(deps, job, now, o, failure, job.payload, { privately: goesOnlyPrivately(job.kind), beforeBuilt: true });
  }
  if (built.outcome === 'skip') return finish(deps, job, 'done', now, null, { ...unthrottled(job.payload), outcome: `skipped:${built.reason}` }, 'skipped');
  if (built.outcome === 'drop') return finish(deps, job, 'dropped', now, null, { ...unthrottled(job.payload), outcome: `dropped:${built.reason}` }, 'dropped');
  const waitsUntil = await holdsUntil(deps.db, job, built, now, deps.documents, deps.retentionDays);
  if (waitsUntil) {
    if (!(await holdJob(deps.db, job, waitsUntil))) await logNotRecorded(deps, job);
    return 'held';
  }
  const messenger = deps.messengers[built.platform as Platform];
  if (!messenger) {
    const error = `no messenger configured for platform "${built.platform}" (configured: ${Object.keys(deps.messengers).join(', ') || 'none'})`;
    return failOrRetry(deps, job, now, o, { ok: false, error, permanent: true }, job.payload, { privately: privately(built) });
  }
  const sentTo = [...(job.payload.sentTo ?? [])];
  const { gone, channelGone, transient } = await sendToTargets(deps, job, now, messenger, built, sentTo);
  if (gone.length > 0 && job.leerlijnId) await recordUnreachable(deps.db, job.leerlijnId, gone.map((g) => g.userId), built.team, now);
  // `missed` says whom it has not reached yet, `askedToWait` whom this try was asked to wait for: each try writes them anew.
  const { missed: _missedBefore, askedToWait: _askedBefore, ...before } = job.payload;
  // A try that reached someone more starts the 429s in a row anew: a job making progress between them is not given up (throttled.ts).
  const progressed = sentTo.length > (job.payload.sentTo?.length ?? 0);
  const askedToWait = transient?.askedToWait ?? [];
  const payload = { ...(progressed ? unthrottled(before) : before), sentTo, ...(askedToWait.length > 0 ? { askedToWait } : {}) };
  const goneIds = new Set(gone.map((g) => g.userId));
  const missed = built.targets.filter((t) => !sentTo.includes(targetKey(t)) && !(t.kind === 'user' && goneIds.has(t.userId))).map(targetKey);
  if (transient) return failOrRetry(deps, job, now, o, transient.failure, payload, { missed, privately: privately(built) });
  if (channelGone) return failOrRetry(deps, job, now, o, channelGone, payload, { privately: privately(built) });
  // Reached nobody, as its only reader is gone: failed, without a job_failed notice about it.
  if (sentTo.length === 0 && gone[0]) return finish(deps, job, 'failed', now, gone[0].res.error, unthrottled(payload), 'failed');
  return finish(deps, job, 'done', now, null, { ...unthrottled(payload), outcome: 'sent', sentAt: now.toISOString() }, 'sent');
}

interface Misses {
  /** Those the platform will never reach (they left): not this job's failure; the coordinators left are told of them once (unreachable.ts), not at every message they miss. */
  gone: Array<{ userId: string; res: Failure }>;
  /** Anything else the platform will never take (a channel gone, the bot's own token refused): fails the job, but only after the others got it. */
  channelGone?: Failure;
  /** The failure to retry after, and whom this try was asked to wait for (in the order tried). */
  transient?: { failure: Failure; askedToWait: string[] };
}

/**
 * This many people in a row asked to wait (a 429, or a Retry-After) and the platform is taken to
 * throttle the bot as a whole (a workspace's or tenant's limit, not one chat's): the pass asks it
 * nothing more for this job.
 */
const THROTTLED_IN_A_ROW_STOPS = 2;

/**
 * Sends the built message to each target not in `sentTo` yet, adding those it reached to `sentTo`
 * and saving it after each (recordSentTo); stops when the job's claim is found taken over.
 */
async function sendToTargets(deps: TickDeps, job: ClaimedJob, now: Date, messenger: Messenger, built: Extract<Built, { outcome: 'send' }>, sentTo: string[]): Promise<Misses> {
  const misses: Misses = { gone: [] };
  let transient: Failure | undefined;
  const askedToWait: string[] = [];
  let throttledInARow = 0;
  for (const target of orderedTargets(built.targets, job.payload.askedToWait)) {
    if (sentTo.includes(targetKey(target))) continue;
    const res = await sendOne(deps, now, messenger, target, built);
    const asksToWait = !res.ok && (res.throttled === true || res.retryAfterSeconds !== undefined);
    throttledInARow = asksToWait ? throttledInARow + 1 : 0;
    if (res.ok) {
      sentTo.push(targetKey(target));
      if (!(await recordSentTo(deps.db, job, sentTo))) break;
    } else if (res.permanent && res.recipientGone && target.kind === 'user') misses.gone.push({ userId: target.userId, res });
    else if (res.permanent) misses.channelGone ??= res;
    // Asked to wait (rate limited, whether it named a time or not): mostly one chat's limit (Teams
    // counts per conversation, Slack's posts per channel), so the others still get it now; the retry
    // is for whoever is left, after the longest wait asked. Any other failure may be one person's
    // too (their DM timed out).
    else transient = asksToWait ? longerWait(transient, res) : (transient ?? res);
    if (asksToWait) askedToWait.push(targetKey(target));
    if (throttledInARow >= THROTTLED_IN_A_ROW_STOPS) break;
  }
  return transient ? { ...misses, transient: { failure: transient, askedToWait } } : misses;
}

/**
 * The targets in the order to try them: whom the last try was asked to wait for last. A pass stops after two 429s in a
 * row, so with the same order every time, the first two throttled on every try kept the third from being tried at all.
 */
function orderedTargets<T extends Parameters<typeof targetKey>[0]>(targets: readonly T[], askedToWait: readonly string[] = []): T[] {
  const waited = (target: T): boolean => askedToWait.includes(targetKey(target));
  return [...targets.filter((t) => !waited(t)), ...targets.filter(waited)];
}

/** Of a failure kept so far and a new one asking to wait, the one to retry after: one asking to wait, the longer wait. */
function longerWait(kept: Failure | undefined, asks: Failure): Failure {
  const keptAsks = kept !== undefined && (kept.throttled === true || kept.retryAfterSeconds !== undefined);
  if (!keptAsks) return asks;
  return (asks.retryAfterSeconds ?? 0) > (kept.retryAfterSeconds ?? 0) ? asks : kept;
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
  o: TurnOptions,
  res: Extract<SendResult, { ok: false }>,
  triedWith: JobPayload,
  /**
   * Whom it did not reach (a digest's coordinators); whether it went only to private chats, or failed before it was built
   * (the coordinators' notice says so).
   */
  { missed = [], ...how }: { missed?: string[]; privately?: boolean; beforeBuilt?: boolean } = {},
): Promise<Outcome> {
  // Rate limited is no failed attempt: the platform took nothing, and gets it once it may; but not
  // for ever (app/jobs/throttled.ts).
  const throttled = res.throttled === true;
  const payload = countedThrottling(triedWith, throttled, now);
  const { throttledSince, throttledTries = 0 } = payload;
  if (res.permanent || (throttledSince && throttledTooLong(new Date(throttledSince), now)) || (job.attempts >= o.maxAttempts && !throttled)) {
    // Who it did not reach when given up: a digest makes it up to them with their next one (digest-notice.ts).
    // Whether the platform refused it or did not answer (an outage): store/retention.ts tries a channel copy again only then.
    const givenUp = { ...payload, ...(missed.length > 0 ? { missed } : {}), outcome: res.permanent ? 'refused' : 'unanswered', failedAt: now.toISOString() };
    await finish(deps, job, 'failed', now, res.error, givenUp, 'failed');
    // A digest that reached a coordinator is made up to the others next Monday: nothing for them to do.
    // Not one refused for good (not over someone who left: a setting, a scope): next Monday's would be too.
    const madeUpLater = job.kind === 'digest' && !res.permanent && (payload.sentTo?.length ?? 0) > 0;
    if (!madeUpLater) await tellCoordinators(deps, job, now, res.error, { ...how, throttled });
    return 'failed';
  }
  // A 429 naming no wait: each one in a row waits longer, as failed attempts do, so a platform that
  // keeps throttling is not asked again every half minute.
  const backoffAttempts = throttled && res.retryAfterSeconds === undefined ? job.attempts + throttledTries - 1 : job.attempts;
  const delay = retryDelaySeconds(backoffAttempts, res.retryAfterSeconds, o.random);
  // Kept while it is retried: a digest given up later without another try (dropped, a week on:
  // the bot was down) is then still made up to whom it missed, as one that failed is.
  await retryJobLater(deps.db, job, delay, res.error, missed.length > 0 ? { ...payload, missed } : payload, !throttled);
  return 'retried';
}

/** A payload ended for a reason other than being asked to wait: the 429s in a row before it are no longer a state it is in. */
function unthrottled(payload: JobPayload): JobPayload {
  const { throttledSince: _since, throttledTries: _tries, ...rest } = payload;
  return rest;
}

/** The payload with the 429s in a row counted (since when, how many): this one added, or, after a failure of another kind, none. */
function countedThrottling(triedWith: JobPayload, throttled: boolean, now: Date): JobPayload {
  if (!throttled) return unthrottled(triedWith);
  const { throttledSince, throttledTries } = triedWith;
  return { ...triedWith, throttledSince: throttledSince ?? now.toISOString(), throttledTries: (throttledTries ?? 0) + 1 };
}

/**
 * Whether a built message went only to people's private chats (an owner's, the coordinators'): its
 * failure is then no matter of the bot's place in the channel. Read from its targets, so a kind that
 * goes either way (a retention warning, recipient_gone) is told by where it went this time.
 */
function privately(built: Extract<Built, { outcome: 'send' }>): boolean {
  return built.targets.every((t) => t.kind === 'user');
}

/**
 * One job_failed notice per failed job, itself a job so it is sent once and retried like any other; `throttled`: given up asked to wait;
 * `privately`: it went to private chats only (one that failed before it was built: where its kind goes); `beforeBuilt`: the bot's
 * own database did not answer while it was built, so no platform refused anything.
 */
async function tellCoordinators(
  deps: TickDeps, job: ClaimedJob, now: Date, error: string, how: { throttled: boolean; privately?: boolean; beforeBuilt?: boolean },
): Promise<void> {
  if (job.kind === 'job_failed' || !job.leerlijnId) return;
  await enqueueOnce(deps.db, {
    kind: 'job_failed',
    subject: job.id,
    occurrence: 'coordinators',
    leerlijnId: job.leerlijnId,
    runAt: now,
    payload: {
      jobKind: job.kind, attempts: job.attempts, error, failedJobId: job.id,
      ...(how.throttled ? { throttled: true } : {}), ...(how.privately ? { privately: true } : {}), ...(how.beforeBuilt ? { beforeBuilt: true } : {}),
    },
  });
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}