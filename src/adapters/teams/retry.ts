// The only retries of connector calls (reused-clients.ts takes botbuilder's own out): what the SDK
// retried, plus 412 (Teams' answer to racing updates of one message), with full-jitter backoff or the
// answer's Retry-After, through a sleep and a clock tests replace.
import type { TurnContext } from 'botbuilder';
import { SENDER_RATE_WAIT_MS } from '../../app/messenger.js';
import { retryAfterSeconds } from '../../http.js';

/** Statuses worth sending again: the SDK's (408, and 5xx but 501 and 505), 429 and 412. */
export function isRetryableStatus(status: number): boolean {
  return status === 408 || status === 412 || status === 429 || (status >= 500 && status !== 501 && status !== 505);
}

/** No answer at all, by the codes the SDK retried (@typespec/ts-http-runtime isSystemError). */
const UNANSWERED_CODES: ReadonlySet<string> = new Set(['ETIMEDOUT', 'ESOCKETTIMEDOUT', 'ECONNREFUSED', 'ECONNRESET', 'ENOENT', 'ENOTFOUND']);

export interface RetryOptions {
  attempts: number;
  baseMs: number;
  maxMs: number;
  sleep: (ms: number) => Promise<void>;
  random: () => number;
  /** What a Retry-After HTTP-date is read against. */
  now: () => number;
  /** What may still be waited in all (turnRetry); a longer wait gives up instead. */
  leftMs?: () => number;
  /** What one call may wait in all on 429s (senderRetry); a longer wait gives up instead. */
  rateWaitMs?: number;
}

export const defaultRetry: RetryOptions = {
  attempts: 4, baseMs: 500, maxMs: 8_000, sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)), random: Math.random, now: Date.now,
};

const fieldOf = (error: unknown, name: string): unknown =>
  (typeof error === 'object' && error !== null ? (error as Record<string, unknown>)[name] : undefined);
const numberOf = (value: unknown): number | undefined => (typeof value === 'number' ? value : undefined);
const stringOf = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

export const statusOf = (error: unknown): number | undefined => numberOf(fieldOf(error, 'statusCode'));

/** A message no longer there (someone deleted it in the channel), or a conversation gone: Teams answers 404. */
export const isGone = (error: unknown): boolean => statusOf(error) === 404;

/** Teams asking to wait, past what the call waited out: told as "wait a minute". */
export const isThrottled = (error: unknown): boolean => statusOf(error) === 429;

/** Teams refusing the bot in that conversation (the app taken out of the team, or blocked): told as such, not as our failure. */
export const isShutOut = (error: unknown): boolean => statusOf(error) === 403;

/** The Bot Connector's refusal code ('BotDisabledByAdmin'…), as the SDK read it off the body. */
export const connectorCodeOf = (error: unknown): string | undefined => stringOf(fieldOf(error, 'code'));

export function isRetryable(error: unknown): boolean {
  const status = statusOf(error);
  return status !== undefined ? isRetryableStatus(status) : UNANSWERED_CODES.has(connectorCodeOf(error) ?? '');
}

/** Azure's headers that say the wait in milliseconds; the SDK read them before Retry-After. */
const RETRY_AFTER_MS_HEADERS = ['retry-after-ms', 'x-ms-retry-after-ms'];

/** What the answer on a botbuilder RestError asks to wait, if it says. */
export function retryAfterMsOf(error: unknown, nowMs: number): number | undefined {
  const response = fieldOf(error, 'response') as { headers?: { get?: (n: string) => unknown } } | undefined;
  const header = (name: string): unknown => response?.headers?.get?.(name);
  for (const name of RETRY_AFTER_MS_HEADERS) {
    // An empty header says nothing (Number('') would be 0: at once).
    const ms = Number(stringOf(header(name))?.trim() || Number.NaN);
    if (Number.isFinite(ms) && ms >= 0) return ms;
  }
  const seconds = retryAfterSeconds(header('retry-after'), nowMs);
  return seconds === undefined ? undefined : seconds * 1000;
}

/** `opts`: the deployment's (TeamsServices.retry), never a default here, so tests see and shorten every wait. */
export async function withRetry<T>(fn: () => Promise<T>, opts: RetryOptions): Promise<T> {
  let rateWaitedMs = 0;
  for (let attempt = 1; ; attempt++) {
    try {
      return await fn();
    } catch (error) {
      if (!isRetryable(error) || attempt >= opts.attempts) throw error;
      const retryAfterMs = retryAfterMsOf(error, opts.now());
      // Longer than we would ever wait: give up (a turn would hold its person, and a wait past 24.8 days
      // overflows a timer and fires at once); the scheduler sends again later.
      if (retryAfterMs !== undefined && retryAfterMs > opts.maxMs) throw error;
      const backoff = Math.min(opts.maxMs, opts.baseMs * 2 ** (attempt - 1)) * opts.random();
      const waitMs = retryAfterMs !== undefined ? Math.max(retryAfterMs, backoff) : backoff;
      if (opts.leftMs && waitMs > opts.leftMs()) throw error;
      if (isThrottled(error) && opts.rateWaitMs !== undefined) {
        rateWaitedMs += waitMs;
        if (rateWaitedMs > opts.rateWaitMs) throw error;
      }
      await opts.sleep(waitMs);
    }
  }
}

/**
 * What one turn (its replies, DMs and "try again" together) may wait in all on throttling: Teams sends
 * a message again after 15 s, and four 8 s waits held a person 24 s. Past it the person hears "try
 * again" (in an invoke's own answer, which no throttling refuses). defaultRetry.maxMs still fits.
 */
export const TURN_WAITS_MS = 8_000;

const TURN_WAITS = Symbol('leerlijn turn waits');

/** `retry` whose waits count against this turn's TURN_WAITS_MS. */
export function turnRetry(retry: RetryOptions, context: Pick<TurnContext, 'turnState'>): RetryOptions {
  const budget: { leftMs: number } = context.turnState.get(TURN_WAITS) ?? { leftMs: TURN_WAITS_MS };
  context.turnState.set(TURN_WAITS, budget);
  const sleep = async (ms: number): Promise<void> => {
    budget.leftMs -= ms;
    await retry.sleep(ms);
  };
  return { ...retry, sleep, leftMs: () => budget.leftMs };
}

/** A scheduler's send waits at most SENDER_RATE_WAIT_MS in all on 429s; a 503's Retry-After still waits. */
export function senderRetry(retry: RetryOptions): RetryOptions {
  return { ...retry, rateWaitMs: SENDER_RATE_WAIT_MS };
}
