// Retries for connector calls that Teams throttles. Measured against botbuilder 4.23 with
// the fake connector: a 429 with Retry-After is retried by the SDK itself, and 502/504 get
// four attempts with the SDK's own backoff (about 5 s); a 429 without Retry-After and a
// 412 come back at once. Only those two are retried here, with exponential backoff and
// full jitter, so attempts never multiply. 502/504 still count as transient for callers.
export const RETRYABLE_STATUSES: ReadonlySet<number> = new Set([429, 412]);
export const TRANSIENT_STATUSES: ReadonlySet<number> = new Set([429, 412, 502, 503, 504]);

export interface RetryOptions {
  attempts: number;
  baseMs: number;
  maxMs: number;
  sleep: (ms: number) => Promise<void>;
  random: () => number;
}

export const defaultRetry: RetryOptions = {
  attempts: 4,
  baseMs: 500,
  maxMs: 8_000,
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  random: Math.random,
};

export function statusOf(error: unknown): number | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const status = (error as { statusCode?: unknown }).statusCode;
  return typeof status === 'number' ? status : undefined;
}

/**
 * Seconds a Retry-After value asks for: delta-seconds, or an HTTP-date read against `nowMs` (RFC 9110 allows both).
 * Undefined when it names no wait (missing, empty, garbled): the caller then waits its own backoff, never not at all.
 */
export function retryAfterSeconds(value: unknown, nowMs: number): number | undefined {
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return seconds >= 0 ? seconds : undefined;
  const at = Date.parse(value);
  return Number.isFinite(at) ? Math.max(0, Math.ceil((at - nowMs) / 1000)) : undefined;
}

/** Seconds from a Retry-After header on a botbuilder RestError, when there is one. */
export function retryAfterOf(error: unknown, nowMs = Date.now()): number | undefined {
  const response = typeof error === 'object' && error !== null ? (error as { response?: { headers?: { get?: (n: string) => unknown } } }).response : undefined;
  return retryAfterSeconds(response?.headers?.get?.('retry-after'), nowMs);
}

/** The wait after failed attempt `attempt` (from 1) when the server did not say how long. */
function backoffMs(opts: RetryOptions, attempt: number): number {
  return Math.min(opts.maxMs, opts.baseMs * 2 ** (attempt - 1)) * opts.random();
}

/** `opts`: the deployment's (TeamsServices.retry), never a default here, so tests see and shorten every wait. */
export async function withRetry<T>(fn: () => Promise<T>, opts: RetryOptions): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await fn();
    } catch (error) {
      const status = statusOf(error);
      if (status === undefined || !RETRYABLE_STATUSES.has(status) || attempt >= opts.attempts) throw error;
      const retryAfter = retryAfterOf(error);
      // Asked to wait longer than we ever would, give up now: a turn would hold its person (and
      // a wait past 24.8 days overflows a timer and fires at once); the scheduler sends again later.
      if (retryAfter !== undefined && retryAfter * 1000 > opts.maxMs) throw error;
      const backoff = backoffMs(opts, attempt);
      await opts.sleep(retryAfter !== undefined ? Math.max(retryAfter * 1000, backoff) : backoff);
    }
  }
}
