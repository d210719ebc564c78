// Answering an interaction through its response_url. On every vote's path, so undici's request() (one keep-alive
// pool, no WHATWG streams): bench:votes showed fetch() costing a noticeable share of the CPU per vote.
import { request } from 'undici';
import { SLACK_TIME_LIMITS } from './time-limits.js';

export class RespondError extends Error {
  constructor(readonly status: number) {
    super(`response_url answered ${status}`);
    this.name = 'RespondError';
  }
}

/** `limitMs`: undici's own limits are 5 minutes, holding the listener; the person who clicked waits on it, so not retried. */
export async function postToResponseUrl(url: string, message: Record<string, unknown>, limitMs = SLACK_TIME_LIMITS.userCallMs): Promise<void> {
  const res = await request(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(message),
    headersTimeout: limitMs,
    bodyTimeout: limitMs,
  });
  // Drain the body so the connection goes back to the pool.
  await res.body.dump();
  if (res.statusCode >= 300) throw new RespondError(res.statusCode);
}
