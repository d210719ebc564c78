// How long one request to Slack may take, and how often it is tried. The WebClient has no limit of
// its own: an unanswered request waited undici's 5 minutes (about 20 with retries), holding the
// scheduler's tick or a listener's user. Past the limit an attempt fails as unanswered, and the
// WebClient may try again. A person's call has a shorter limit and retries, and waits
// out only a short 429 (the WebClient's wait holds every call of its client); the scheduler's sends
// give a long one back to the job store. Other background calls (card updates) wait it out.
import { setTimeout as sleep } from 'node:timers/promises';
import { webApi } from '@slack/bolt';
import { retryAfterSeconds } from '../../http.js';
import { SENDER_RATE_WAIT_MS } from '../../app/messenger.js';

export interface SlackTimeLimits {
  /** A background call (reminders, card updates); Slack answers in well under a second. */
  callMs: number;
  /** One attempt of a call a person waits on (USER_RETRY bounds the whole). */
  userCallMs: number;
  /** A file's bytes to Slack's upload url: an export's PDFs are about 400 kB, on a maybe slow uplink. */
  uploadMs: number;
  /** How long a modal's answer waits for a name it gives (data.ts slackName). */
  namesBeforeAnswerMs?: number;
}

export const SLACK_TIME_LIMITS: SlackTimeLimits = { callMs: 30_000, userCallMs: 4_000, uploadMs: 60_000 };
/** Within Slack's 3 s for a modal's answer, leaving time for the rest; past it a refusal names the id. */
export const NAMES_BEFORE_ANSWER_MS = 1_500;
// Up to four tries half a second apart, as a failure Slack answers at once (a 500, a dropped connection)
// is a blip; but only two that run into the limit: 4 + 4 s, 1.5 s between, and the "try again" post
// (tried once) 4 s more, so a person hears something within about 13.5 s.
export const USER_RETRY: webApi.RetryOptions = { retries: 3, minTimeout: 500, maxTimeout: 500 };
/** From this attempt on, one that runs into its limit is the last. */
const USER_UNANSWERED_TRIES = 2;
/** The longest Retry-After a person's call waits out; half its limit, so the retried call has the rest. */
const USER_RATE_WAIT_MS = SLACK_TIME_LIMITS.userCallMs / 2;
const SLACK_API_URL = 'https://slack.com/api/';
// Methods that may have had their effect though no answer came: not retried, as a missing message can
// be asked for again and a doubled one cannot be taken back. Any other call is safe to repeat or fails
// harmlessly the second time (a modal's trigger works once).
const MAY_HAVE_LANDED = new Set(['chat.postMessage', 'chat.postEphemeral', 'chat.meMessage', 'chat.scheduleMessage', 'files.completeUploadExternal']);

/** A post given up at its limit: Slack may have carried it out. */
class UnansweredPost extends Error {
  constructor(readonly method: string, cause: unknown) {
    super(`${method} not answered in time (it may have been carried out)`, { cause });
    this.name = 'UnansweredPost';
  }
}

/** A limit per request: `callMs` for the Web API, `uploadMs` elsewhere; filesUploadV2 does both on one client, whose one `timeout` cannot tell them apart. */
export function timedFetch(apiUrl: string | undefined, callMs: number, uploadMs: number, waitOutMs = 0): webApi.FetchFunction {
  // With its final slash, as the WebClient makes it.
  const base = (apiUrl ?? SLACK_API_URL).replace(/\/*$/, '/');
  return (url, init) => {
    const href = String(url);
    const method = href.startsWith(base) ? href.slice(base.length).split('?')[0]! : null;
    const limit = AbortSignal.timeout(method !== null ? callMs : uploadMs);
    const timed = { ...init, signal: init?.signal ? AbortSignal.any([init.signal, limit]) : limit };
    const sent = (method !== null && waitOutMs > 0 ? fetchWaitingOut(url, timed, waitOutMs) : fetch(url, timed)).then(retryAfterInSeconds);
    if (method === null || !MAY_HAVE_LANDED.has(method)) return sent;
    return sent.catch((error: unknown) => Promise.reject(limit.aborted ? new UnansweredPost(method, error) : error));
  };
}

// Once more after a 429 asking at most `waitOutMs`, within the same limit: a 429 means Slack did
// nothing, so resending doubles nothing. A longer one goes to the WebClient to reject.
async function fetchWaitingOut(url: string | URL | Request, init: RequestInit & { signal: AbortSignal }, waitOutMs: number): Promise<Response> {
  const answer = await fetch(url, init);
  const seconds = retryAfterSeconds(answer.headers.get('retry-after'), Date.now());
  if (answer.status !== 429 || seconds === undefined || seconds * 1000 > waitOutMs) return answer;
  await answer.body?.cancel();
  // Past the limit while waiting, the attempt fails as timed out.
  await sleep(seconds * 1000, undefined, { signal: init.signal }).catch(() => Promise.reject(init.signal.reason));
  return fetch(url, init);
}

/** A 429's HTTP-date Retry-After in seconds: the WebClient's parseInt made a date a plain Error without the wait. */
function retryAfterInSeconds(answer: Response): Response {
  const header = answer.headers.get('retry-after');
  if (answer.status !== 429 || header === null || /^\s*\d+\s*$/.test(header)) return answer;
  const seconds = retryAfterSeconds(header, Date.now());
  if (seconds === undefined) return answer;
  const headers = new Headers(answer.headers);
  headers.set('retry-after', String(seconds));
  return new Response(answer.body, { status: answer.status, statusText: answer.statusText, headers });
}

/** Slack asking to wait: a 429 not waited out, one the WebClient gave up on, or one without a readable Retry-After. */
export function isRateLimited(error: unknown): boolean {
  return retryAfterOf(error) !== undefined || (error instanceof Error && error.message.startsWith(NO_RETRY_AFTER));
}

/** The WebClient's own words (a plain Error) for a 429 without a usable Retry-After. */
const NO_RETRY_AFTER = 'Retry header did not contain a valid timeout';

/** The seconds Slack asked to wait, when `error` is its rate limit. */
export function retryAfterOf(error: unknown): number | undefined {
  if (error instanceof webApi.WebAPIRateLimitedError) return error.retryAfter;
  // The WebClient's message when it gave up after waiting out each Retry-After.
  const retry = error instanceof webApi.WebAPIRequestError ? /retry-after: (\d+)/.exec(error.original.message) : null;
  return retry ? Number(retry[1]) : undefined;
}

// `retry`, except that a post given up at its limit is not sent again, nor a call whose attempt
// `lastUnanswered` or later ran into it. p-retry stops at an error its onFailedAttempt throws.
export function withoutResendingPosts(retry: webApi.RetryOptions, lastUnanswered = Number.POSITIVE_INFINITY): webApi.RetryOptions {
  const onFailedAttempt = (error: unknown): void => {
    if (!(error instanceof webApi.WebAPIRequestError)) return;
    if (error.original instanceof UnansweredPost) throw error;
    const attempt = (error as { attemptNumber?: number }).attemptNumber ?? 1;
    if (error.original.name === 'TimeoutError' && attempt >= lastUnanswered) throw error;
  };
  return Object.assign({}, retry, { onFailedAttempt });
}

/** The Messenger's (scheduler's) clients. */
export function senderCallOptions(apiUrl: string | undefined, limits: SlackTimeLimits): Pick<webApi.WebClientOptions, 'fetch' | 'rejectRateLimitedCalls'> {
  return { fetch: timedFetch(apiUrl, limits.callMs, limits.uploadMs, SENDER_RATE_WAIT_MS), rejectRateLimitedCalls: true };
}

/** The listeners' clients: calls a person waits on. */
export function userCallOptions(apiUrl: string | undefined, limits: SlackTimeLimits): Pick<webApi.WebClientOptions, 'fetch' | 'retryConfig' | 'rejectRateLimitedCalls'> {
  return {
    fetch: timedFetch(apiUrl, limits.userCallMs, limits.uploadMs, Math.min(USER_RATE_WAIT_MS, limits.userCallMs / 2)),
    retryConfig: withoutResendingPosts(USER_RETRY, USER_UNANSWERED_TRIES),
    rejectRateLimitedCalls: true,
  };
}
