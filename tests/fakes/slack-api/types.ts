// The public shapes of the fake Slack Web API; `../slack-api.ts` re-exports them.
import type { FakeSocketMode } from '../slack-socket.js';
import type { Paused } from '../pauses.js';

export type Json = Record<string, unknown>;
export type Body = Json;
export interface FakeSlackUser { id: string; name: string; tz?: string; locale?: string; /** Slack's `is_bot`: an app or integration. */ isBot?: boolean }
export interface FakeSlackOptions {
  tokens?: string[];
  members?: Record<string, string[]>;
  users?: FakeSlackUser[];
  /** When given, only these channels (plus DMs the fake opened) exist; otherwise any C/D/G id does. */
  channels?: string[];
  /** Answer `invalid_blocks` / `invalid_arguments` like Slack when Block Kit limits are broken (default true). */
  checkBlockKit?: boolean;
  /** Clock for recorded times and trigger_id expiry (ms). */
  now?: () => number;
  /** OAuth app: `oauth.v2.access` exchanges these codes for a bot token of that team. */
  /** App-level tokens (xapp-…) that apps.connections.open accepts for Socket Mode. */
  appTokens?: string[];
  oauth?: { clientId: string; clientSecret: string; codes: Record<string, OAuthGrant> };
}
/** What a code installs: a workspace, or an Enterprise Grid organisation as a whole (org-wide), with its name. */
export type OAuthGrant = { teamName: string; botToken: string } & ({ teamId: string } | { enterpriseId: string });
export interface RecordedCall { method: string; body: Body; at: number; token: string | undefined; status: number; error?: string }
export interface FakeMessage { channel: string; ts: string; text?: string; blocks?: unknown; thread_ts?: string; edited?: boolean; files?: unknown }
export interface FakeView { id: string; userId: string | undefined; view: Json; hash: string }
export interface FakeUpload {
  id: string; filename: string; bytes: Buffer; title?: string; channel?: string; completed: boolean;
  /** What a screen reader says for an image. */
  altText?: string;
  /** Deleted with files.delete: kept here, so what was uploaded stays countable, but no longer in any channel. */
  deleted?: boolean;
}
/**
 * `retryAfter`: sent as a Retry-After header, seconds or the header's text as a server may send it (an HTTP-date).
 * `then`: how the calls after these `times` fail (a 429 whose wait changes).
 */
export interface FailSpec { status?: number; retryAfter?: number | string; error?: string; times?: number; then?: FailSpec }
export interface RateLimitSpec { perSecondPerChannel?: number; perMinute?: number }
export interface FakeSlack {
  url: string;
  port: number;
  calls: RecordedCall[];
  callsTo(method: string): RecordedCall[];
  messagesIn(channel: string): FakeMessage[];
  ephemeralsTo(userId: string): Array<{ channel: string; body: Body }>;
  lastView(userId: string): FakeView | undefined;
  homeOf(userId: string): Json | undefined;
  uploads(): FakeUpload[];
  /** A trigger_id for payloads; views.open/push accept it for 3 s and link the view to the user. */
  triggerId(userId: string): string;
  /** A response_url for an interaction; with a user, its ephemeral answers count as theirs. */
  responseUrl(owner?: { user: string; channel: string }): string;
  responsesTo(url: string): Body[];
  /** Waits until `check` holds, looking again after each request the fake answers (default 5 s). */
  until(check: () => boolean, timeoutMs?: number): Promise<void>;
  /** The next calls to `method` fail as `spec` says; 'response_url': the response_urls handed out refuse what is posted to them. */
  failNext(method: string, spec: FailSpec): void;
  /**
   * From now on `method` ('upload' for the upload urls it hands out) is answered only after
   * `ms`, or, without `ms`, never: the request is taken and nothing comes back, as when Slack
   * stalls. A call never answered does nothing. The returned function answers in time again.
   */
  holdAnswers(method: string, ms?: number): () => void;
  /**
   * The next call to `method` whose body `match`es is carried out at once (a posted message is
   * in the channel) but answered only on `release()`: the window in which Slack has a message
   * and the app does not know its ts yet.
   */
  pauseAnswer(method: string, match?: (body: Body) => boolean): Paused;
  rateLimit(method: string, spec: RateLimitSpec): void;
  reset(): void;
  /** Socket Mode: hello, envelopes, acks, disconnects. */
  socket: FakeSocketMode;
  close(): Promise<void>;
}
