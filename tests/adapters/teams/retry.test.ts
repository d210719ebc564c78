// How long a throttled Teams call holds the person or reminder waiting on it: as long as Teams
// asks, within the deployment's longest wait; asked for longer, not at all (the caller says "try
// again", the scheduler sends later) rather than a turn held for minutes.
import { describe, expect, it } from 'vitest';
import { withRetry, type RetryOptions } from '../../../src/adapters/teams/retry.js';

/** A connector error as botbuilder throws it: a status code and the response's headers. */
function throttled(retryAfter?: string): Error {
  const headers = new Map(retryAfter === undefined ? [] : [['retry-after', retryAfter]]);
  return Object.assign(new Error('Too Many Requests'), { statusCode: 429, response: { headers: { get: (name: string) => headers.get(name) } } });
}

function options(sleeps: number[]): RetryOptions {
  return { attempts: 4, baseMs: 500, maxMs: 8_000, random: () => 0.5, sleep: async (ms) => void sleeps.push(ms) };
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
    { asked: undefined, waited: [250] },
  ])('waits what Teams asks ($asked s), or its own backoff, and is sent', async ({ asked, waited }) => {
    const sleeps: number[] = [];
    await expect(withRetry(failingOnce(throttled(asked)), options(sleeps))).resolves.toBe('sent');
    expect(sleeps).toEqual(waited);
  });

  it.each(['60', '3000000', new Date(Date.now() + 3_600_000).toUTCString()])('asked to come back after longer than the deployment ever waits (%s), gives up at once', async (asked) => {
    const sleeps: number[] = [];
    const error = throttled(asked);
    await expect(withRetry(failingOnce(error), options(sleeps))).rejects.toBe(error);
    expect(sleeps).toEqual([]);
  });
});
