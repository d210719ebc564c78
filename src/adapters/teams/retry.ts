// Retries for connector calls, and the only ones: reused-clients.ts keptShape takes botbuilder's
// own out of its clients. What that retried is retried here, with a 412 (Teams' answer to racing
// updates of one message): as often as the deployment says, after its backoff (exponential, full
// jitter) or as long as the answer asks within maxMs, through a sleep and a clock tests replace. A
// call a person waits on in a turn waits within the turn's budget (turnRetry).
import type { TurnContext } from 'botbuilder';
import { retryAfterSeconds } from '../../http.js';

/** Statuses worth sending again: the SDK's (408, and 5xx but 501 and 505), 429 and 412. */
export function isRetryableStatus(status: number): boolean {
  return status === 408 || status === 412 || status === 429 || (status >= 500 && status !== 501 && status !== 505);
}

/** A request that got no answer at all, by the codes the SDK retried (@typespec/ts-http-runtime, exponentialRetryStrategy isSystemError). */
const UNANSWERED_CODES: ReadonlySet<string> = new Set(['ETIMEDOUT', 'ESOCKETTIMEDOUT', 'ECONNREFUSED', 'ECONNRESET', 'ENOENT', 'ENOTFOUND']);

export interface RetryOptions {
  attempts: number;
  baseMs: number;
  maxMs: number;
  sleep: (ms: number) => Promise<void>;
  random: () => number;
  /** Milliseconds since the epoch: what a Retry-After HTTP-date is read against. */
  now: () => number;
  /** What may still be waited in all (a turn's budget, turnRetry); a longer wait gives up instead. */
  leftMs?: () => number;
  /** What one call may wait in all on 429s (the scheduler's sends, senderRetry); a longer wait gives up instead. */
  rateWaitMs?: number;
}

export const defaultRetry: RetryOptions = {
  attempts: 4,
  baseMs: 500,
  maxMs: 8_000,
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  random: Math.random,
  now: Date.now,
};

/** A field of whatever was thrown. */
const fieldOf = (error: unknown, name: string): unknown => (typeof error === 'object' && error !== null ? (error as Record<string, unknown>)[name] : undefined);

export function statusOf(error: unknown): number | undefined {
  const status = fieldOf(error, 'statusCode');
  return typeof status === 'number' ? status : undefined;
}

/** Teams asking to wait (its 429), past what the call waited out: told as "wait a minute" (app/error-words.ts unrefusedCode). */
export const isThrottled = (error: unknown): boolean => statusOf(error) === 429;

/** The Bot Connector's code for a refusal ('BotDisabledByAdmin', 'ConversationBlockedByUser'…), read off its answer's body by the SDK. */
export function connectorCodeOf(error: unknown): string | undefined {
  const code = fieldOf(error, 'code');
  return typeof code === 'string' ? code : undefined;
}

/** A failed call worth making again: a retryable status, or no answer at all. */
export function isRetryable(error: unknown): boolean {
  const status = statusOf(error);
  if (status !== undefined) return isRetryableStatus(status);
  const code = fieldOf(error, 'code');
  return typeof code === 'string' && UNANSWERED_CODES.has(code);
}

/** Azure's headers that say the wait in milliseconds; the SDK read them before Retry-After. */
const RETRY_AFTER_MS_HEADERS = ['retry-after-ms', 'x-ms-retry-after-ms'];

/** Milliseconds the answer on a botbuilder RestError asks to wait, when it says. */
export function retryAfterMsOf(error: unknown, nowMs: number): number | undefined {
  const response = fieldOf(error, 'response') as { headers?: { get?: (n: string) => unknown } } | undefined;
  const header = (name: string): unknown => response?.headers?.get?.(name);
  for (const name of RETRY_AFTER_MS_HEADERS) {
    const value = header(name);
    const ms = typeof value === 'string' && value.trim() !== '' ? Number(value) : Number.NaN;
    if (Number.isFinite(ms) && ms >= 0) return ms;
  }
  const seconds = retryAfterSeconds(header('retry-after'), nowMs);
  return seconds === undefined ? undefined : seconds * 1000;
}

/** The wait after failed attempt `attempt` (from 1) when the server did not say how long. */
function backoffMs(opts: RetryOptions, attempt: number): number {
  return Math.min(opts.maxMs, opts.baseMs * 2 ** (attempt - 1)) * opts.random();
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
      // Asked to wait longer than we ever would, give up now: a turn would hold its person (and
      // a wait past 24.8 days overflows a timer and fires at once); the scheduler sends again later.
      if (retryAfterMs !== undefined && retryAfterMs > opts.maxMs) throw error;
      const backoff = backoffMs(opts, attempt);
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
 * What one turn may wait in all on Teams' throttling (Retry-After, backoff), its replies and its
 * "try again" together. Teams sends a message again whose request took 15 s (http-shim.ts
 * MESSAGE_DEADLINE_MS), so the command would run twice; a reply tried four times after 8 s each held
 * its person 24 s. Past this, a call gives up and the person hears "try again": after a click in the
 * invoke's own answer, which no throttling refuses (bot.ts onAdaptiveCardInvoke); after a message as
 * bot.ts sayFailure says. What a turn sends elsewhere meanwhile (DMs: forms.ts turnMessenger) shares
 * the budget. The longest single wait (defaultRetry.maxMs) still fits.
 */
export const TURN_WAITS_MS = 8_000;

const TURN_WAITS = Symbol('leerlijn turn waits');

/** `retry` for a call a person waits on in this turn: its waits count against the turn's TURN_WAITS_MS. */
export function turnRetry(retry: RetryOptions, context: Pick<TurnContext, 'turnState'>): RetryOptions {
  const budget: { leftMs: number } = context.turnState.get(TURN_WAITS) ?? { leftMs: TURN_WAITS_MS };
  context.turnState.set(TURN_WAITS, budget);
  const sleep = async (ms: number): Promise<void> => {
    budget.leftMs -= ms;
    await retry.sleep(ms);
  };
  return { ...retry, sleep, leftMs: () => budget.leftMs };
}

/**
 * The longest a send of the scheduler's waits in all on Teams' throttling (429): the connector asks
 * a second or so for a burst into one conversation. A longer Retry-After held the pass and every
 * other team's reminders (one of 8 s, asked on each of four tries, 24 s); the send gives up at once
 * instead, and its job is given back for after Teams' time (messenger.ts failure: throttled).
 * An outage's Retry-After (a 503) still waits as the deployment says, up to maxMs.
 */
export const SENDER_RATE_WAIT_MS = 3_000;

/** `retry` for the scheduler's sends (the adapter's Messenger): see SENDER_RATE_WAIT_MS. */
export function senderRetry(retry: RetryOptions): RetryOptions {
  return { ...retry, rateWaitMs: SENDER_RATE_WAIT_MS };
}
