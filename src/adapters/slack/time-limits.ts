// How long one request to Slack may take. The WebClient sets no limit of its own, so a request
// Slack took and never answered waited for undici's 5 minutes, about 20 with the retries: a
// reminder held the scheduler's tick, and with it every later one (the ticker skips while one
// runs), and a listener held its user. Past the limit an attempt fails like any request that
// got no answer (WebAPIRequestError): the WebClient tries again, then the caller hears it failed.
import type { webApi } from '@slack/bolt';

export interface SlackTimeLimits {
  /** One Web API method call (chat.postMessage, views.open …); Slack answers in well under a second. */
  callMs: number;
  /**
   * Sending a file's bytes to the upload url Slack hands out: an export's PDFs are about 400 kB
   * and an uplink may be slow. As long as Teams' export upload may take by default.
   */
  uploadMs: number;
}

export const SLACK_TIME_LIMITS: SlackTimeLimits = { callMs: 30_000, uploadMs: 60_000 };

const SLACK_API_URL = 'https://slack.com/api/';

/**
 * The WebClient's fetch, with a limit per request: a method call under the Web API's base URL
 * gets `callMs`, anything else (the upload urls, on files.slack.com) `uploadMs`. One WebClient
 * does both within filesUploadV2, so its single `timeout` option cannot tell them apart.
 */
export function timedFetch(apiUrl: string | undefined, limits: SlackTimeLimits): webApi.FetchFunction {
  const base = apiUrl ?? SLACK_API_URL;
  return (url, init) => {
    const limit = AbortSignal.timeout(String(url).startsWith(base) ? limits.callMs : limits.uploadMs);
    return fetch(url, { ...init, signal: init?.signal ? AbortSignal.any([init.signal, limit]) : limit });
  };
}
