// The public shapes of the fake Bot Framework connector; `../bot-connector.ts` re-exports them.
import type { Paused } from '../pauses.js';

export type JsonObject = Record<string, unknown>;
export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE';

export interface RecordedActivity {
  conversationId: string;
  /** Id the fake gave the message (for PUT/DELETE: the id that was changed). */
  activityId: string;
  activity: JsonObject;
  replyToId?: string;
  method: 'POST' | 'PUT' | 'DELETE';
  at: Date;
}

export interface RecordedRequest { method: string; path: string; status: number; authorization?: string; at: Date }

export interface RosterMember {
  id: string;
  name: string;
  aadObjectId: string;
  email?: string;
  userPrincipalName?: string;
  userRole?: 'user' | 'guest' | 'anonymous';
}

/** A PUT to an upload url the fake handed out, as OneDrive's upload session would receive it. */
export interface RecordedUpload {
  /** The name in the url, e.g. the file name the test offered. */
  name: string;
  body: Buffer;
  contentRange?: string;
  at: Date;
}

export interface FakeTeam { name: string; aadGroupId?: string; channels?: Array<{ id: string; name?: string }> }
export interface CreatedConversation { id: string; request: JsonObject; at: Date }

export interface Fault {
  /** 'no answer': the request is read and left hanging, as a stalled server does (until the fake closes). */
  status: 401 | 403 | 404 | 429 | 412 | 502 | 503 | 504 | 'no answer';
  /** Sent as a Retry-After header: seconds, or the header's text as a server may send it (an HTTP-date, or empty). */
  retryAfter?: number | string;
  /** How many matching requests fail; default 1. */
  times?: number;
  /** The connector's error code in the answer's body; the status's usual one without (http.ts FAULT_CODES). */
  code?: string;
}

/** A method matches every request with that verb; a RegExp is tested against the decoded path. */
export type FaultMatch = HttpMethod | RegExp;

export interface FakeConnectorOptions {
  /** Keyed by conversation id; TeamsInfo asks for a team's members under the team id. */
  roster?: Record<string, RosterMember[]>;
  teams?: Record<string, FakeTeam>;
  tenantId?: string;
}

export interface FakeConnector {
  /** 'http://127.0.0.1:PORT/', to put in an inbound activity's serviceUrl. */
  serviceUrl: string;
  activities: RecordedActivity[];
  requests: RecordedRequest[];
  createdConversations: CreatedConversation[];
  /** Bodies PUT to upload urls from `uploadUrl`, in order. */
  uploads: RecordedUpload[];
  /** An upload url on this server, standing in for the OneDrive upload session of a file consent. */
  uploadUrl(name: string): string;
  /** Messages posted to a conversation (replies included), in order. */
  sentTo(conversationId: string): RecordedActivity[];
  /** What a user sees now: posted messages with updates applied, deleted ones left out. */
  messagesIn(conversationId: string): Array<{ id: string; activity: JsonObject }>;
  /** The Adaptive Card of the latest message in the conversation that carries one, as updated since. */
  lastCardIn(conversationId: string): JsonObject | undefined;
  setRoster(conversationId: string, members: RosterMember[]): void;
  failNext(match: FaultMatch, fault: Fault): void;
  /**
   * The next request with this verb whose body `match`es is carried out at once (a posted
   * message is in the conversation) but answered only on `release()`: the window in which
   * Teams has a message and the bot does not know its id yet.
   */
  pauseAnswer(method: HttpMethod, match?: (body: JsonObject) => boolean): Paused;
  /** Forgets recorded traffic, messages and pending faults; keeps roster and teams. */
  reset(): void;
  /** Waits until `check` holds, looking again after each request the fake answers (default 5 s). */
  until(check: () => boolean, timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
}
