// How long a throttled Teams call holds the person or reminder waiting on it: as long as Teams
// asks, within the deployment's longest wait; asked for longer, not at all (the caller says "try
// again", the scheduler sends later) rather than a turn held for minutes.
import { describe, expect, it } from 'vitest';
import { senderRetry, withRetry, type RetryOptions } from '../../../src/adapters/teams/retry.js';

/** A connector error as botbuilder throws it: a status code and the response's headers. */
function answered(statusCode: number, headers: Record<string, string> = {}): Error {
  return Object.assign(new Error(`HTTP ${statusCode}`), { statusCode, response: { headers: { get: (name: string) => headers[name] } } });
}

const throttled = (retryAfter?: string): Error => answered(429, retryAfter === undefined ? {} : { 'retry-after': retryAfter });

/** The deployment's clock in these tests: an HTTP-date is read against it, not the machine's. */
const NOW = Date.parse('2026-01-15T09:00:00Z');

function options(sleeps: number[]): RetryOptions {
  return { attempts: 4, baseMs: 500, maxMs: 8_000, random: () => 0.5, sleep: async (ms) => void sleeps.push(ms), now: () => NOW };
}

/** Fails once with `error`, then answers. */
function failingOnce(error: Error): () => Promise<string> {
  let calls = 0;
  return async () => {
    if (calls++ === 0) throw error;
    return 'sent';
  };
}

describe('a Teams call throttled with 429', () => {
  it.each([
    { asked: '3', waited: [3_000] },
    { asked: 'Thu, 15 Jan 2026 09:00:03 GMT', waited: [3_000] },
    { asked: undefined, waited: [250] },
  ])('waits what Teams asks ($asked s), or its own backoff, and is sent', async ({ asked, waited }) => {
    const sleeps: number[] = [];
    await expect(withRetry(failingOnce(throttled(asked)), options(sleeps))).resolves.toBe('sent');
    expect(sleeps).toEqual(waited);
  });

  it.each(['60', '3000000', new Date(NOW + 3_600_000).toUTCString()])('asked to come back after longer than the deployment ever waits (%s), gives up at once', async (asked) => {
    const sleeps: number[] = [];
    const error = throttled(asked);
    await expect(withRetry(failingOnce(error), options(sleeps))).rejects.toBe(error);
    expect(sleeps).toEqual([]);
  });
});

// The scheduler's sends (senderRetry) wait out a few seconds of throttling only: longer, the job
// waits in the job store and the pass goes on with every other team's (tests/scheduler/teams-throttled.test.ts).
describe('a Teams send of the scheduler', () => {
  it('gives up at once on a 429 asking 5 s, which a turn or a card update waits out', async () => {
    const [senderSleeps, deploymentSleeps] = [[] as number[], [] as number[]];
    const error = throttled('5');
    await expect(withRetry(failingOnce(error), senderRetry(options(senderSleeps)))).rejects.toBe(error);
    await expect(withRetry(failingOnce(throttled('5')), options(deploymentSleeps))).resolves.toBe('sent');
    expect([senderSleeps, deploymentSleeps]).toEqual([[], [5_000]]);
  });

  it('waits out an outage\'s 503 asking 5 s as the deployment does: only throttling is cut short', async () => {
    const sleeps: number[] = [];
    await expect(withRetry(failingOnce(answered(503, { 'retry-after': '5' })), senderRetry(options(sleeps)))).resolves.toBe('sent');
    expect(sleeps).toEqual([5_000]);
  });
});

// botbuilder's own retry is taken out of the connector clients (reused-clients.ts), so what it
// tried again is tried again here, with the deployment's waits.
describe('what a Teams call is tried again after', () => {
  it.each([408, 412, 429, 500, 502, 503, 504])('a %i: once more after the deployment’s wait', async (status) => {
    const sleeps: number[] = [];
    await expect(withRetry(failingOnce(answered(status)), options(sleeps))).resolves.toBe('sent');
    expect(sleeps).toEqual([250]);
  });

  it.each([400, 403, 404, 501, 505])('not a %i, which sending again will not change', async (status) => {
    const sleeps: number[] = [];
    const error = answered(status);
    await expect(withRetry(failingOnce(error), options(sleeps))).rejects.toBe(error);
    expect(sleeps).toEqual([]);
  });

  it.each(['ECONNRESET', 'ECONNREFUSED', 'ETIMEDOUT', 'ENOTFOUND'])('no answer at all (%s): once more', async (code) => {
    const sleeps: number[] = [];
    await expect(withRetry(failingOnce(Object.assign(new Error('no answer'), { code })), options(sleeps))).resolves.toBe('sent');
    expect(sleeps).toEqual([250]);
  });

  it('waits a wait said in milliseconds (retry-after-ms, x-ms-retry-after-ms) before Retry-After, as the SDK read them', async () => {
    const sleeps: number[] = [];
    await withRetry(failingOnce(answered(503, { 'retry-after-ms': '1200', 'retry-after': '5' })), options(sleeps));
    await withRetry(failingOnce(answered(429, { 'x-ms-retry-after-ms': '700' })), options(sleeps));
    expect(sleeps).toEqual([1_200, 700]);
  });

  it('an empty retry-after-ms says nothing: Retry-After is waited, not a retry at once', async () => {
    const sleeps: number[] = [];
    await withRetry(failingOnce(answered(503, { 'retry-after-ms': '', 'retry-after': '5' })), options(sleeps));
    expect(sleeps).toEqual([5_000]);
  });
});
