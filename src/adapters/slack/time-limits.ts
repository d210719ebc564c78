// How long one request to Slack may take, and how often it is tried. The WebClient sets no limit
// of its own, so a request Slack took and never answered waited for undici's 5 minutes, about 20
// with the retries: a reminder held the scheduler's tick, and with it every later one (the ticker
// skips while one runs), and a listener held its user. Past the limit an attempt fails like any
// request that got no answer (WebAPIRequestError): the WebClient may try again, then the caller
// hears it failed.
// A call a person waits on (a listener's: the answer to a command, a click, a modal) has a limit
// and retries of its own: with a background call's 30 s and three retries, a stalled Slack kept
// them about two minutes (4 × 30 s, and 1 + 2 + 4 s between) before they heard "try again"
// (tests/adapters/slack/user-waits.test.ts).
// A 429 the same: the WebClient waits out Slack's Retry-After before it tries again, holding
// every other call of its client meanwhile. A person waits out only a short one, and hears "try
// again" at once rather than after a longer one (tests/adapters/slack/user-rate-limit.test.ts).
// The scheduler's sends the same (senderCallOptions): waiting out 30 s, three times, held the
// pass and every other team's reminders; the job is given back for after Slack's time instead
// (tests/scheduler/slack-throttled.test.ts). Other background calls (card updates) still wait,
// an HTTP-date Retry-After as one in seconds (retryAfterInSeconds).
import { setTimeout as sleep } from 'node:timers/promises';
import { webApi } from '@slack/bolt';
import { retryAfterSeconds } from '../../http.js';

export interface SlackTimeLimits {
  /** One Web API method call made in the background (reminders, card updates); Slack answers in well under a second. */
  callMs: number;
  /** One attempt of a call a person waits on; see USER_RETRY for the bound that gives them. */
  userCallMs: number;
  /**
   * Sending a file's bytes to the upload url Slack hands out: an export's PDFs are about 400 kB
   * and an uplink may be slow. As long as Teams' export upload may take by default.
   */
  uploadMs: number;
  /** How long a modal's answer waits for a name it gives (data.ts slackName); NAMES_BEFORE_ANSWER_MS unless given. */
  namesBeforeAnswerMs?: number;
}

export const SLACK_TIME_LIMITS: SlackTimeLimits = { callMs: 30_000, userCallMs: 4_000, uploadMs: 60_000 };

/** Within Slack's 3 s for a modal's answer, with time left for the rest of it; past it a refusal names the id. */
export const NAMES_BEFORE_ANSWER_MS = 1_500;

/**
 * A call a person waits on is tried up to four times, half a second apart, as a failure Slack
 * answers at once (a 500, a dropped connection) is a blip that a retry gets past (before these
 * limits the WebClient tried four times too); but an attempt given up at its limit only twice
 * (USER_UNANSWERED_TRIES): at most 4 + 4 s and 1.5 s between, and the "try again" that follows
 * (itself a post, tried once) at most 4 s more, so they hear something within about 13.5 s.
 */
export const USER_RETRY: webApi.RetryOptions = { retries: 3, minTimeout: 500, maxTimeout: 500 };
/** An attempt of a call a person waits on from this one on that runs into its limit is its last: at most two wait it out. */
const USER_UNANSWERED_TRIES = 2;
/**
 * The longest Retry-After a call a person waits on waits out (a longer one fails it at once:
 * rejectRateLimitedCalls); half its attempt's limit, so the call after it has the rest.
 */
const USER_RATE_WAIT_MS = SLACK_TIME_LIMITS.userCallMs / 2;

/** The longest Retry-After a send of the scheduler's waits out: Slack's limit on posts per channel asks a second or so. */
export const SENDER_RATE_WAIT_MS = 3_000;

const SLACK_API_URL = 'https://slack.com/api/';

/**
 * Methods whose call, once sent, may have had its effect though no answer came: sent again, a
 * person would see the message twice. Given up at the limit, they are not retried (the caller
 * hears it failed, and a person is asked to try again): a missing message can be asked for
 * again, a doubled one cannot be taken back. Any other call is safe to repeat (an update, a
 * read, opening a DM) or fails harmlessly the second time (a modal's trigger works once).
 */
const MAY_HAVE_LANDED = new Set(['chat.postMessage', 'chat.postEphemeral', 'chat.meMessage', 'chat.scheduleMessage', 'files.completeUploadExternal']);

/** A post given up at its limit: Slack may have carried it out. */
class UnansweredPost extends Error {
  constructor(readonly method: string, cause: unknown) {
    super(`${method} not answered in time (it may have been carried out)`, { cause });
    this.name = 'UnansweredPost';
  }
}

/**
 * The WebClient's fetch, with a limit per request: a method call under the Web API's base URL
 * gets `callMs`, anything else (the upload urls, on files.slack.com) `uploadMs`. One WebClient
 * does both within filesUploadV2, so its single `timeout` option cannot tell them apart.
 */
export function timedFetch(apiUrl: string | undefined, callMs: number, uploadMs: number, waitOutMs = 0): webApi.FetchFunction {
  // With its final slash, as the WebClient makes it (SLACK_API_URL may be written without).
  const base = (apiUrl ?? SLACK_API_URL).replace(/\/*$/, '/');
  return (url, init) => {
    const href = String(url);
    const method = href.startsWith(base) ? href.slice(base.length).split('?')[0]! : null;
    const limit = AbortSignal.timeout(method !== null ? callMs : uploadMs);
    const timed = { ...init, signal: init?.signal ? AbortSignal.any([init.signal, limit]) : limit };
    const sent = (method !== null && waitOutMs > 0 ? fetchWaitingOut(url, timed, waitOutMs) : fetch(url, timed)).then(retryAfterInSeconds);
    if (method === null || !MAY_HAVE_LANDED.has(method)) return sent;
    return sent.catch((error: unknown) => {
      throw limit.aborted ? new UnansweredPost(method, error) : error;
    });
  };
}

/**
 * `fetch`, and once more after the Retry-After of a 429 that asks `waitOutMs` or less, within the
 * same limit (`init.signal`): a 429 means Slack did nothing, so sending it again doubles nothing.
 * A longer one is answered as it came, for the WebClient to reject (rejectRateLimitedCalls; timedFetch
 * puts its Retry-After in seconds).
 */
async function fetchWaitingOut(url: string | URL | Request, init: RequestInit & { signal: AbortSignal }, waitOutMs: number): Promise<Response> {
  const answer = await fetch(url, init);
  const seconds = retryAfterSeconds(answer.headers.get('retry-after'), Date.now());
  if (answer.status !== 429 || seconds === undefined) return answer;
  if (seconds * 1000 > waitOutMs) return answer;
  await answer.body?.cancel();
  // Past the limit while waiting, the attempt fails as one that ran into it (timedOut below).
  await sleep(seconds * 1000, undefined, { signal: init.signal }).catch(() => {
    throw init.signal.reason;
  });
  return fetch(url, init);
}

/**
 * A 429's Retry-After in seconds when it came as an HTTP-date. The WebClient reads the header with
 * parseInt, so a date made it a plain Error without the wait: a scheduler's job came back too soon,
 * and a background call (a live count's redraw) was given up at once instead of waited out.
 */
function retryAfterInSeconds(answer: Response): Response {
  const header = answer.headers.get('retry-after');
  if (answer.status !== 429 || header === null || /^\s*\d+\s*$/.test(header)) return answer;
  const seconds = retryAfterSeconds(header, Date.now());
  if (seconds === undefined) return answer;
  const headers = new Headers(answer.headers);
  headers.set('retry-after', String(seconds));
  return new Response(answer.body, { status: answer.status, statusText: answer.statusText, headers });
}

/**
 * Slack asking to wait: a 429 not waited out (a call a person waits on: rejectRateLimitedCalls),
 * one the WebClient gave up on after waiting (messenger.ts sendFailure reads its Retry-After), or
 * one without a Retry-After it can read, which the WebClient rejects at once: a 429 all the same.
 * What the person hears of it and how it is logged: app/error-words.ts unrefusedCode.
 */
export function isRateLimited(error: unknown): boolean {
  return retryAfterOf(error) !== undefined || (error instanceof Error && error.message.startsWith(NO_RETRY_AFTER));
}

/** How the WebClient's error for a 429 without a usable Retry-After begins (its own words, a plain Error). */
const NO_RETRY_AFTER = 'Retry header did not contain a valid timeout';

/** The seconds Slack asked to wait, when `error` is its rate limit (see isRateLimited); undefined otherwise. */
export function retryAfterOf(error: unknown): number | undefined {
  if (error instanceof webApi.WebAPIRateLimitedError) return error.retryAfter;
  // The WebClient retried after each Retry-After and then gave up with this message.
  const retry = error instanceof webApi.WebAPIRequestError ? /retry-after: (\d+)/.exec(error.original.message) : null;
  return retry ? Number(retry[1]) : undefined;
}

/** An attempt given up at its limit: its fetch was aborted by AbortSignal.timeout. */
const timedOut = (error: webApi.WebAPIRequestError): boolean => error.original instanceof UnansweredPost || error.original.name === 'TimeoutError';

/**
 * `retry`, except that a post given up at its limit is not sent again, and a call whose attempt
 * number `lastUnanswered` or later ran into its limit is not tried again (so at most that many
 * attempts wait out the limit). The WebClient hands its retry options, shared by all its calls,
 * to p-retry as they are; p-retry numbers each call's attempts on the error, and stops at an
 * error its onFailedAttempt throws.
 */
export function withoutResendingPosts(retry: webApi.RetryOptions, lastUnanswered = Number.POSITIVE_INFINITY): webApi.RetryOptions {
  const onFailedAttempt = (error: unknown): void => {
    if (!(error instanceof webApi.WebAPIRequestError)) return;
    if (error.original instanceof UnansweredPost) throw error;
    const attempt = (error as { attemptNumber?: number }).attemptNumber ?? 1;
    if (timedOut(error) && attempt >= lastUnanswered) throw error;
  };
  return Object.assign({}, retry, { onFailedAttempt });
}

/** Fetch of the WebClients of the Messenger (the scheduler's sends): see SENDER_RATE_WAIT_MS. */
export function senderCallOptions(apiUrl: string | undefined, limits: SlackTimeLimits): Pick<webApi.WebClientOptions, 'fetch' | 'rejectRateLimitedCalls'> {
  return { fetch: timedFetch(apiUrl, limits.callMs, limits.uploadMs, SENDER_RATE_WAIT_MS), rejectRateLimitedCalls: true };
}

/** Fetch and retries of the WebClients in listeners, for the calls a person waits on. */
export function userCallOptions(apiUrl: string | undefined, limits: SlackTimeLimits): Pick<webApi.WebClientOptions, 'fetch' | 'retryConfig' | 'rejectRateLimitedCalls'> {
  return {
    fetch: timedFetch(apiUrl, limits.userCallMs, limits.uploadMs, Math.min(USER_RATE_WAIT_MS, limits.userCallMs / 2)),
    retryConfig: withoutResendingPosts(USER_RETRY, USER_UNANSWERED_TRIES),
    rejectRateLimitedCalls: true,
  };
}
