// A stand-in for the Bot Framework Connector (the Teams side of smba.trafficmanager.net),
// listening on 127.0.0.1 so the real botbuilder CloudAdapter can send to it.
// Routes follow botframework-connector 4.23 (connectorApi/operations/conversations.js and
// teams/operations/teams.js). Requests are accepted with or without an Authorization header.
import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

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
  status: 429 | 412 | 502 | 504;
  /** Seconds, sent as a Retry-After header. */
  retryAfter?: number;
  /** How many matching requests fail; default 1. */
  times?: number;
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
  /** Forgets recorded traffic, messages and pending faults; keeps roster and teams. */
  reset(): void;
  close(): Promise<void>;
}

export const ADAPTIVE_CARD_CONTENT_TYPE = 'application/vnd.microsoft.card.adaptive';

class HttpFailure extends Error {
  constructor(readonly status: number, readonly code: string, message: string) {
    super(message);
  }
}

interface Message { id: string; conversationId: string; activity: JsonObject; deleted: boolean }
interface PendingFault extends Fault { match: FaultMatch; remaining: number }

const FAULT_CODES: Record<Fault['status'], string> = {
  429: 'Throttled', 412: 'PreconditionFailed', 502: 'BadGateway', 504: 'GatewayTimeout',
};

export async function startFakeConnector(opts: FakeConnectorOptions = {}): Promise<FakeConnector> {
  const state = new ConnectorState(opts);
  const server = createServer((req, res) => {
    handle(state, req, res).catch((error: unknown) => {
      res.writeHead(500, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ error: { code: 'ServiceError', message: String(error) } }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    serviceUrl: `http://127.0.0.1:${port}/`,
    activities: state.activities,
    requests: state.requests,
    createdConversations: state.createdConversations,
    uploads: state.uploads,
    uploadUrl: (name) => `http://127.0.0.1:${port}/upload/${encodeURIComponent(name)}`,
    sentTo: (id) => state.activities.filter((a) => a.conversationId === id && a.method === 'POST'),
    messagesIn: (id) => state.liveMessages(id).map((m) => ({ id: m.id, activity: m.activity })),
    lastCardIn: (id) => state.lastCardIn(id),
    setRoster: (id, members) => state.roster.set(id, members),
    failNext: (match, fault) => state.faults.push({ ...fault, match, remaining: fault.times ?? 1 }),
    reset: () => state.reset(),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((err) => (err ? reject(err) : resolve()));
      }),
  };
}

class ConnectorState {
  readonly activities: RecordedActivity[] = [];
  readonly requests: RecordedRequest[] = [];
  readonly createdConversations: CreatedConversation[] = [];
  readonly uploads: RecordedUpload[] = [];
  readonly roster: Map<string, RosterMember[]>;
  readonly teams: Map<string, FakeTeam>;
  readonly tenantId: string;
  faults: PendingFault[] = [];
  private messages = new Map<string, Message>();
  private nextId = 1;

  constructor(opts: FakeConnectorOptions) {
    this.roster = new Map(Object.entries(opts.roster ?? {}));
    this.teams = new Map(Object.entries(opts.teams ?? {}));
    this.tenantId = opts.tenantId ?? 'tenant-1';
  }

  reset(): void {
    this.activities.length = 0;
    this.requests.length = 0;
    this.createdConversations.length = 0;
    this.uploads.length = 0;
    this.faults = [];
    this.messages.clear();
  }

  /** Teams message ids are millisecond-like numbers; a counter keeps them unique and ordered. */
  newActivityId(): string {
    return String(1_700_000_000_000 + this.nextId++);
  }

  takeFault(method: string, path: string): PendingFault | undefined {
    const fault = this.faults.find((f) =>
      typeof f.match === 'string' ? f.match === method : f.match.test(path),
    );
    if (!fault) return undefined;
    fault.remaining -= 1;
    if (fault.remaining <= 0) this.faults = this.faults.filter((f) => f !== fault);
    return fault;
  }

  post(conversationId: string, activity: JsonObject, replyToId?: string): string {
    const id = this.newActivityId();
    this.messages.set(id, { id, conversationId, activity: { ...activity, id }, deleted: false });
    this.record({ conversationId, activityId: id, activity, method: 'POST', ...(replyToId ? { replyToId } : {}) });
    return id;
  }

  update(conversationId: string, activityId: string, activity: JsonObject): string {
    this.liveMessage(conversationId, activityId).activity = { ...activity, id: activityId };
    this.record({ conversationId, activityId, activity, method: 'PUT' });
    return activityId;
  }

  remove(conversationId: string, activityId: string): JsonObject {
    this.liveMessage(conversationId, activityId).deleted = true;
    this.record({ conversationId, activityId, activity: {}, method: 'DELETE' });
    return {};
  }

  liveMessages(conversationId: string): Message[] {
    return [...this.messages.values()].filter((m) => m.conversationId === conversationId && !m.deleted);
  }

  lastCardIn(conversationId: string): JsonObject | undefined {
    const withCards = this.liveMessages(conversationId)
      .map((m) => adaptiveCardOf(m.activity))
      .filter((card): card is JsonObject => card !== undefined);
    return withCards.at(-1);
  }

  private liveMessage(conversationId: string, activityId: string): Message {
    const message = this.messages.get(activityId);
    if (!message || message.deleted || message.conversationId !== conversationId) {
      throw new HttpFailure(404, 'ActivityNotFound', `Unknown activity ${activityId} in ${conversationId}`);
    }
    return message;
  }

  private record(entry: Omit<RecordedActivity, 'at'>): void {
    this.activities.push({ ...entry, at: new Date() });
  }
}

export function adaptiveCardOf(activity: JsonObject): JsonObject | undefined {
  const attachments = Array.isArray(activity.attachments) ? (activity.attachments as unknown[]) : [];
  const cards = attachments.filter(
    (a): a is { content: JsonObject } => isObject(a) && a.contentType === ADAPTIVE_CARD_CONTENT_TYPE && isObject(a.content),
  );
  return cards.at(-1)?.content;
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

async function handle(state: ConnectorState, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  const method = req.method ?? 'GET';
  const segments = url.pathname.split('/').filter(Boolean).map(decodeURIComponent);
  const path = '/' + segments.join('/');
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (segments[0] === 'upload') return handleUpload(state, req, res, method, path, segments[1] ?? '');
  let answer: Answer;
  try {
    const body = await readJson(req);
    const fault = state.takeFault(method, path);
    if (fault?.retryAfter !== undefined) headers['retry-after'] = String(fault.retryAfter);
    if (fault) throw new HttpFailure(fault.status, FAULT_CODES[fault.status], `Injected ${fault.status}`);
    answer = route(state, method, segments, url.searchParams, body);
  } catch (error) {
    if (!(error instanceof HttpFailure)) throw error;
    answer = [error.status, { error: { code: error.code, message: error.message } }];
  }
  const [status, payload] = answer;
  const authorization = req.headers.authorization;
  state.requests.push({ method, path, status, at: new Date(), ...(authorization ? { authorization } : {}) });
  res.writeHead(status, headers);
  res.end(JSON.stringify(payload ?? {}));
}

/** Upload bodies are the file's raw bytes, not JSON; injected faults apply to them too. */
async function handleUpload(state: ConnectorState, req: IncomingMessage, res: ServerResponse, method: string, path: string, name: string): Promise<void> {
  const body = await readRaw(req);
  const fault = state.takeFault(method, path);
  let status = 201;
  let payload: JsonObject = { id: `item-${state.uploads.length + 1}`, name, size: body.length };
  if (fault) {
    status = fault.status;
    payload = { error: { code: FAULT_CODES[fault.status], message: `Injected ${fault.status}` } };
  } else if (method !== 'PUT') {
    status = 405;
    payload = { error: { code: 'MethodNotAllowed', message: `${method} on an upload url` } };
  } else {
    const contentRange = req.headers['content-range'];
    state.uploads.push({ name, body, at: new Date(), ...(typeof contentRange === 'string' ? { contentRange } : {}) });
  }
  state.requests.push({ method, path, status, at: new Date() });
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(payload));
}

async function readRaw(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

async function readJson(req: IncomingMessage): Promise<JsonObject> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  if (text.trim() === '') return {};
  const parsed: unknown = JSON.parse(text);
  if (!isObject(parsed)) throw new HttpFailure(400, 'BadSyntax', 'Body must be a JSON object');
  return parsed;
}

type Answer = [number, unknown];

function route(state: ConnectorState, method: string, s: string[], query: URLSearchParams, body: JsonObject): Answer {
  const [v3, kind, id, sub, subId, tail] = s;
  if (v3 === 'v3' && kind === 'conversations') {
    if (id === undefined && method === 'POST') return createConversation(state, body);
    if (id !== undefined && sub === 'activities' && tail === undefined) return activityRoute(state, method, id, subId, body);
    if (id !== undefined && method === 'GET') return memberRoute(state, id, sub, subId, query);
  }
  if (v3 === 'v3' && kind === 'teams' && id !== undefined && method === 'GET') return teamRoute(state, id, sub);
  throw new HttpFailure(404, 'BadArgument', `The fake connector does not serve ${method} /${s.join('/')}`);
}

function activityRoute(state: ConnectorState, method: string, conversationId: string, activityId: string | undefined, body: JsonObject): Answer {
  if (method === 'POST' && activityId === undefined) return [201, { id: state.post(conversationId, body) }];
  if (activityId === undefined || activityId === 'history') throw new HttpFailure(404, 'BadArgument', 'Not served by the fake');
  if (method === 'POST') return [201, { id: state.post(conversationId, body, activityId) }];
  if (method === 'PUT') return [200, { id: state.update(conversationId, activityId, body) }];
  if (method === 'DELETE') return [200, state.remove(conversationId, activityId)];
  throw new HttpFailure(405, 'BadArgument', `${method} is not allowed on an activity`);
}

/** 1:1 chats: Teams answers the same conversation id for the same user every time. */
function createConversation(state: ConnectorState, body: JsonObject): Answer {
  const members = Array.isArray(body.members) ? (body.members as unknown[]) : [];
  const first = members[0];
  if (!isObject(first) || typeof first.id !== 'string') throw new HttpFailure(400, 'BadArgument', 'members[0].id is required');
  const id = `a:1${Buffer.from(first.id).toString('base64url')}`;
  state.createdConversations.push({ id, request: body, at: new Date() });
  const activityId = isObject(body.activity) ? state.post(id, body.activity) : undefined;
  return [201, { id, ...(activityId ? { activityId } : {}) }];
}

function memberRoute(state: ConnectorState, conversationId: string, sub: string | undefined, userId: string | undefined, query: URLSearchParams): Answer {
  const roster = state.roster.get(conversationId);
  if (!roster) throw new HttpFailure(404, 'ConversationNotFound', `No roster for ${conversationId}`);
  const members = roster.map((m) => teamsAccount(m, state.tenantId));
  if (sub === 'members' && userId === undefined) return [200, members];
  if (sub === 'members') {
    const member = members.find((m) => m.id === userId || m.aadObjectId === userId);
    if (!member) throw new HttpFailure(404, 'MemberNotFoundInConversation', `${userId} is not in ${conversationId}`);
    return [200, member];
  }
  if (sub === 'pagedmembers') return [200, page(members, query)];
  throw new HttpFailure(404, 'BadArgument', `Unknown member route ${sub ?? ''}`);
}

function page(members: JsonObject[], query: URLSearchParams): JsonObject {
  const size = Number(query.get('pageSize') ?? '200') || 200;
  const token = query.get('continuationToken');
  const start = token ? Number(token.replace(/^page-/, '')) : 0;
  if (!Number.isInteger(start) || start < 0) throw new HttpFailure(400, 'BadArgument', 'Bad continuationToken');
  const end = start + size;
  return { members: members.slice(start, end), ...(end < members.length ? { continuationToken: `page-${end}` } : {}) };
}

function teamsAccount(m: RosterMember, tenantId: string): JsonObject {
  const email = m.email ?? `${m.name.toLowerCase().replace(/[^a-z0-9]+/g, '.')}@school.example`;
  // GET /members answers objectId and TeamsInfo.getMembers copies it over aadObjectId, so send both.
  const { id, name, aadObjectId } = m;
  return { id, name, aadObjectId, objectId: aadObjectId, email, userPrincipalName: m.userPrincipalName ?? email, tenantId, userRole: m.userRole ?? 'user' };
}

function teamRoute(state: ConnectorState, teamId: string, sub: string | undefined): Answer {
  const team = state.teams.get(teamId);
  if (!team) throw new HttpFailure(404, 'NotFound', `Unknown team ${teamId}`);
  const channels = team.channels ?? [{ id: teamId, name: 'General' }];
  if (sub === 'conversations') return [200, { conversations: channels }];
  if (sub !== undefined) throw new HttpFailure(404, 'BadArgument', `Unknown team route ${sub}`);
  const memberCount = state.roster.get(teamId)?.length ?? 0;
  const aadGroupId = team.aadGroupId ?? `group-${teamId}`;
  return [200, { id: teamId, name: team.name, aadGroupId, type: 'standard', channelCount: channels.length, memberCount }];
}
