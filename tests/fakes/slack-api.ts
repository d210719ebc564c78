// A fake Slack Web API on 127.0.0.1 for the real WebClient / Bolt App
// (`clientOptions: { slackApiUrl: fake.url }`). It answers like Slack: HTTP 200 with
// `{ ok, ... }`, 429 + Retry-After when rate limited, and keeps enough state
// (messages, views, Home tabs, uploads) for tests to assert what a user would see.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { blockKitViolations } from '../support/blockkit-limits.js';

type Json = Record<string, unknown>;
export type Body = Json;
export interface FakeSlackUser { id: string; name: string; tz?: string; locale?: string }
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
  oauth?: { clientId: string; clientSecret: string; codes: Record<string, { teamId: string; teamName: string; botToken: string }> };
}
export interface RecordedCall { method: string; body: Body; at: number; token: string | undefined; status: number; error?: string }
export interface FakeMessage { channel: string; ts: string; text?: string; blocks?: unknown; thread_ts?: string; edited?: boolean; files?: unknown }
export interface FakeView { id: string; userId: string | undefined; view: Json; hash: string }
export interface FakeUpload { id: string; filename: string; bytes: Buffer; title?: string; channel?: string; completed: boolean }
export interface FailSpec { status?: number; retryAfter?: number; error?: string; times?: number }
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
  failNext(method: string, spec: FailSpec): void;
  rateLimit(method: string, spec: RateLimitSpec): void;
  reset(): void;
  close(): Promise<void>;
}

const TEAM_ID = 'T0FAKETEAM';
const BOT_USER_ID = 'U0FAKEBOT';
const BOT_ID = 'B0FAKEBOT';
const JSON_KEYS = new Set(['blocks', 'attachments', 'view', 'files', 'metadata']);
const fail = (error: string, extra: Json = {}): Json => ({ ok: false, error, ...extra });
const str = (b: Body, key: string): string | undefined => {
  const v = b[key];
  return typeof v === 'string' ? v : typeof v === 'number' ? String(v) : undefined;
};

class State {
  calls: RecordedCall[] = [];
  messages = new Map<string, FakeMessage[]>();
  ephemerals: Array<{ channel: string; user: string; body: Body }> = [];
  views = new Map<string, FakeView>();
  homes = new Map<string, Json>();
  triggers = new Map<string, { userId: string; issuedAt: number }>();
  uploads = new Map<string, FakeUpload>();
  responses = new Map<string, Body[]>();
  /** Who clicked, for each response_url handed out with an interaction (Slack ties it to them). */
  responseOwners = new Map<string, { user: string; channel: string }>();
  failures = new Map<string, Required<Pick<FailSpec, 'times'>> & FailSpec>();
  limits = new Map<string, RateLimitSpec>();
  dms = new Map<string, string>();
  seq = 0;

  next = (): number => ++this.seq;
  /** Slack-shaped, unique and increasing: 1732280000.000100, 1732280000.000200, … */
  ts = (): string => `${1732280000 + Math.floor(this.next() / 1e4)}.${String((this.seq % 1e4) * 100).padStart(6, '0')}`;
}

class FakeSlackServer {
  readonly state = new State();
  private readonly tokens: Set<string>;
  private readonly now: () => number;
  port = 0;

  constructor(private readonly opts: FakeSlackOptions) {
    this.tokens = new Set(opts.tokens ?? ['xoxb-test-token']);
    this.now = opts.now ?? Date.now;
  }

  get base(): string { return `http://127.0.0.1:${this.port}`; }

  async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const raw = await readRaw(req);
    const path = new URL(req.url ?? '/', this.base).pathname;
    const contentType = req.headers['content-type'] ?? '';
    if (path.startsWith('/upload/')) return this.upload(path.slice(8), raw, contentType, res);
    if (path.startsWith('/response_url/')) {
      const list = this.state.responses.get(path) ?? [];
      const body = await parseBody(raw, contentType);
      list.push(body);
      this.state.responses.set(path, list);
      // An ephemeral response reaches only the user who clicked, like chat.postEphemeral.
      const owner = this.state.responseOwners.get(path);
      if (owner && body.response_type === 'ephemeral') this.state.ephemerals.push({ ...owner, body });
      return send(res, 200, { ok: true });
    }
    if (!path.startsWith('/api/')) return send(res, 404, fail('not_found'));
    const method = path.slice(5);
    const body = await parseBody(raw, contentType);
    const token = bearer(req.headers.authorization) ?? str(body, 'token');
    const call: RecordedCall = { method, body, at: this.now(), token, status: 0 };
    this.state.calls.push(call);
    const [status, answer, headers] = this.answer(method, body, token);
    call.status = status;
    if (answer.ok === false && typeof answer.error === 'string') call.error = answer.error;
    send(res, status, answer, headers);
  }

  private answer(method: string, body: Body, token: string | undefined): [number, Json, Record<string, string>?] {
    if (method === 'oauth.v2.access') return [200, this.oauthAccess(body)];
    const handler = this.handlers[method];
    if (!handler) return [200, fail('unknown_method')];
    if (token === undefined || token === '') return [200, fail('not_authed')];
    if (!this.tokens.has(token)) return [200, fail('invalid_auth')];
    const failure = this.state.failures.get(method);
    if (failure && failure.times > 0) {
      failure.times -= 1;
      const status = failure.status ?? 200;
      const headers = failure.retryAfter !== undefined ? { 'retry-after': String(failure.retryAfter) } : undefined;
      return [status, fail(failure.error ?? (status === 429 ? 'ratelimited' : 'fatal_error')), headers];
    }
    const wait = this.limited(method, body);
    if (wait !== undefined) return [429, fail('ratelimited'), { 'retry-after': String(wait) }];
    return [200, handler(body)];
  }

  /** Like Slack: the app authenticates with its client id and secret; a code works once. */
  private oauthAccess(body: Body): Json {
    const app = this.opts.oauth;
    if (!app || str(body, 'client_id') !== app.clientId || str(body, 'client_secret') !== app.clientSecret) return fail('invalid_client_id');
    const code = str(body, 'code') ?? '';
    const grant = app.codes[code];
    if (!grant) return fail('invalid_code');
    delete app.codes[code];
    this.tokens.add(grant.botToken);
    return {
      ok: true, app_id: 'A0FAKEAPP', authed_user: { id: 'U0INSTALLER' }, scope: 'commands,chat:write', token_type: 'bot',
      access_token: grant.botToken, bot_user_id: BOT_USER_ID, team: { id: grant.teamId, name: grant.teamName }, enterprise: null, is_enterprise_install: false,
    };
  }

  /** Seconds to wait when `method` is over its limit, counting only calls that got through. */
  private limited(method: string, body: Body): number | undefined {
    const spec = this.state.limits.get(method);
    if (!spec) return undefined;
    const now = this.now();
    const passed = this.state.calls.filter((c) => c.method === method && c.status === 200);
    const channel = str(body, 'channel');
    const lastSecond = passed.filter((c) => c.at > now - 1000 && str(c.body, 'channel') === channel);
    if (spec.perSecondPerChannel !== undefined && lastSecond.length >= spec.perSecondPerChannel) return 1;
    const lastMinute = passed.filter((c) => c.at > now - 60_000);
    if (spec.perMinute !== undefined && lastMinute.length >= spec.perMinute) {
      const oldest = lastMinute[0]?.at ?? now;
      return Math.max(1, Math.ceil((oldest + 60_000 - now) / 1000));
    }
    return undefined;
  }

  private knownChannel(id: string | undefined): boolean {
    if (id === undefined) return false;
    const { channels, members } = this.opts;
    if (channels) return channels.includes(id) || id in (members ?? {}) || [...this.state.dms.values()].includes(id);
    return /^[CDG][A-Z0-9]+$/.test(id);
  }

  /** Slack lets apps post to a user id: the message lands in the bot's DM with that user. */
  private resolveChannel(id: string | undefined): string | undefined {
    return id !== undefined && /^[UW][A-Z0-9]+$/.test(id) ? this.dmWith(id) : id;
  }

  private dmWith(userId: string): string {
    const existing = this.state.dms.get(userId);
    if (existing) return existing;
    const id = `D${userId.slice(1)}`;
    this.state.dms.set(userId, id);
    return id;
  }

  private blockKitError(payload: Json, kind: 'message' | 'modal' | 'home'): Json | undefined {
    if (this.opts.checkBlockKit === false) return undefined;
    const problems = blockKitViolations(payload, kind);
    if (problems.length === 0) return undefined;
    const messages = problems.map((p) => `[ERROR] ${p}`);
    return fail(kind === 'message' ? 'invalid_blocks' : 'invalid_arguments', { errors: problems, response_metadata: { messages } });
  }

  private findMessage(body: Body): FakeMessage | undefined {
    const channel = this.resolveChannel(str(body, 'channel'));
    return (this.state.messages.get(channel ?? '') ?? []).find((m) => m.ts === str(body, 'ts'));
  }

  private postMessage(body: Body): Json {
    const channel = this.resolveChannel(str(body, 'channel'));
    if (channel === undefined || !this.knownChannel(channel)) return fail('channel_not_found');
    if (!str(body, 'text') && body.blocks === undefined && body.attachments === undefined) return fail('no_text');
    const problem = this.blockKitError(body, 'message');
    if (problem) return problem;
    const message: FakeMessage = { channel, ts: this.state.ts(), text: str(body, 'text'), blocks: body.blocks, thread_ts: str(body, 'thread_ts') };
    this.state.messages.set(channel, [...(this.state.messages.get(channel) ?? []), message]);
    return { ok: true, channel, ts: message.ts, message: { type: 'message', user: BOT_USER_ID, bot_id: BOT_ID, ...message } };
  }

  private updateMessage(body: Body): Json {
    const message = this.findMessage(body);
    if (!message) return fail('message_not_found');
    const problem = this.blockKitError(body, 'message');
    if (problem) return problem;
    if (body.text !== undefined) message.text = str(body, 'text');
    if (body.blocks !== undefined) message.blocks = body.blocks;
    message.edited = true;
    return { ok: true, channel: message.channel, ts: message.ts, text: message.text, message: { ...message } };
  }

  private deleteMessage(body: Body): Json {
    const message = this.findMessage(body);
    if (!message) return fail('message_not_found');
    const list = this.state.messages.get(message.channel) ?? [];
    this.state.messages.set(message.channel, list.filter((m) => m !== message));
    return { ok: true, channel: message.channel, ts: message.ts };
  }

  private postEphemeral(body: Body): Json {
    const channel = str(body, 'channel');
    const user = str(body, 'user');
    if (channel === undefined || !this.knownChannel(channel)) return fail('channel_not_found');
    if (user === undefined) return fail('user_not_found');
    const problem = this.blockKitError(body, 'message');
    if (problem) return problem;
    this.state.ephemerals.push({ channel, user, body });
    return { ok: true, message_ts: this.state.ts() };
  }

  private openView(body: Body, pushed: boolean): Json {
    const triggerId = str(body, 'trigger_id');
    if (triggerId === undefined) return fail('invalid_arguments');
    const trigger = this.state.triggers.get(triggerId);
    if (!trigger) return fail('invalid_trigger_id');
    if (this.now() - trigger.issuedAt > 3000) return fail('expired_trigger_id');
    if (!isJson(body.view)) return fail('invalid_arguments');
    const problem = this.blockKitError(body.view, 'modal');
    if (problem) return problem;
    const id = `V${String(this.state.next()).padStart(9, '0')}`;
    const root = pushed ? this.lastViewOf(trigger.userId)?.view.root_view_id : undefined;
    const previous = pushed ? this.lastViewOf(trigger.userId)?.id : undefined;
    return this.storeView(id, trigger.userId, body.view, { root_view_id: root ?? id, previous_view_id: previous ?? null });
  }

  private updateView(body: Body): Json {
    const viewId = str(body, 'view_id');
    const externalId = str(body, 'external_id');
    const current = [...this.state.views.values()].find((v) => v.id === viewId || (externalId !== undefined && v.view.external_id === externalId));
    if (!current) return fail('not_found');
    const hash = str(body, 'hash');
    if (hash !== undefined && hash !== current.hash) return fail('hash_conflict');
    if (!isJson(body.view)) return fail('invalid_arguments');
    const problem = this.blockKitError(body.view, 'modal');
    if (problem) return problem;
    const { root_view_id, previous_view_id } = current.view;
    return this.storeView(current.id, current.userId, body.view, { root_view_id, previous_view_id });
  }

  private storeView(id: string, userId: string | undefined, view: Json, links: Json): Json {
    const hash = `${this.state.next()}.fakehash`;
    const full: Json = { id, team_id: TEAM_ID, state: { values: {} }, hash, app_id: 'A0FAKEAPP', bot_id: BOT_ID, ...view, ...links };
    this.state.views.set(id, { id, userId, view: full, hash });
    return { ok: true, view: full };
  }

  private lastViewOf(userId: string): FakeView | undefined {
    return [...this.state.views.values()].filter((v) => v.userId === userId).at(-1);
  }

  private publishHome(body: Body): Json {
    const userId = str(body, 'user_id');
    if (userId === undefined) return fail('invalid_arguments');
    if (!isJson(body.view) || body.view.type !== 'home') return fail('invalid_arguments');
    const problem = this.blockKitError(body.view, 'home');
    if (problem) return problem;
    const view: Json = { id: `V${String(this.state.next()).padStart(9, '0')}`, team_id: TEAM_ID, ...body.view };
    this.state.homes.set(userId, view);
    return { ok: true, view };
  }

  private members(body: Body): Json {
    const channel = str(body, 'channel');
    const all = this.opts.members?.[channel ?? ''];
    if (!all) return fail('channel_not_found');
    const cursor = str(body, 'cursor');
    const start = cursor ? Number(Buffer.from(cursor, 'base64').toString().replace('offset:', '')) : 0;
    const limit = Number(str(body, 'limit') ?? 100) || 100;
    const end = start + limit;
    const next = end < all.length ? Buffer.from(`offset:${end}`).toString('base64') : '';
    return { ok: true, members: all.slice(start, end), response_metadata: { next_cursor: next } };
  }

  private openConversation(body: Body): Json {
    const users = (str(body, 'users') ?? '').split(',').filter(Boolean);
    const [first] = users;
    if (first === undefined) return fail('users_list_not_supplied');
    const id = users.length === 1 ? this.dmWith(first) : `G${users.map((u) => u.slice(1)).join('').slice(0, 12)}`;
    return { ok: true, channel: { id } };
  }

  private conversationInfo(body: Body): Json {
    const id = str(body, 'channel');
    if (id === undefined || !this.knownChannel(id)) return fail('channel_not_found');
    const isIm = id.startsWith('D');
    const numMembers = this.opts.members?.[id]?.length;
    return { ok: true, channel: { id, name: isIm ? undefined : `channel-${id.toLowerCase()}`, is_channel: id.startsWith('C'), is_im: isIm, is_private: !id.startsWith('C'), is_member: true, num_members: numMembers } };
  }

  private userInfo(body: Body): Json {
    const user = (this.opts.users ?? []).find((u) => u.id === str(body, 'user'));
    if (!user) return fail('user_not_found');
    // Like Slack, `locale` only comes back when asked for with include_locale.
    const locale = str(body, 'include_locale') === 'true' ? { locale: user.locale ?? 'en-US' } : {};
    const profile = { real_name: user.name, display_name: user.name };
    return { ok: true, user: { id: user.id, team_id: TEAM_ID, name: user.name.toLowerCase().replace(/\s+/g, '.'), real_name: user.name, tz: user.tz ?? 'Europe/Amsterdam', is_bot: false, deleted: false, profile, ...locale } };
  }

  private uploadUrl(body: Body): Json {
    const filename = str(body, 'filename');
    if (filename === undefined || str(body, 'length') === undefined) return fail('invalid_arguments');
    const id = `F${String(this.state.next()).padStart(9, '0')}`;
    this.state.uploads.set(id, { id, filename, bytes: Buffer.alloc(0), completed: false });
    return { ok: true, upload_url: `${this.base}/upload/${id}`, file_id: id };
  }

  private async upload(id: string, raw: Buffer, contentType: string, res: http.ServerResponse): Promise<void> {
    const upload = this.state.uploads.get(id);
    if (!upload) return send(res, 404, fail('file_not_found'));
    upload.bytes = contentType.startsWith('multipart/') ? await multipartFile(raw, contentType) : raw;
    res.writeHead(200, { 'content-type': 'text/plain' }).end(`OK - ${upload.bytes.length}`);
  }

  private completeUpload(body: Body): Json {
    const files = Array.isArray(body.files) ? body.files.filter(isJson) : [];
    const found = files.flatMap((f) => {
      const upload = this.state.uploads.get(String(f.id));
      return upload ? [{ upload, title: typeof f.title === 'string' ? f.title : upload.filename }] : [];
    });
    if (found.length === 0 || found.length !== files.length) return fail('file_not_found');
    const channel = str(body, 'channel_id');
    const out = found.map(({ upload, title }) => {
      Object.assign(upload, { completed: true, title, channel });
      return { id: upload.id, name: upload.filename, title, size: upload.bytes.length };
    });
    if (channel !== undefined) {
      const message: FakeMessage = { channel, ts: this.state.ts(), text: str(body, 'initial_comment'), thread_ts: str(body, 'thread_ts'), files: out };
      this.state.messages.set(channel, [...(this.state.messages.get(channel) ?? []), message]);
    }
    return { ok: true, files: out };
  }

  private readonly handlers: Record<string, (body: Body) => Json> = {
    'auth.test': () => ({ ok: true, url: 'https://fake.slack.com/', team: 'Fake Team', user: 'leerlijn', team_id: TEAM_ID, user_id: BOT_USER_ID, bot_id: BOT_ID, is_enterprise_install: false }),
    'chat.postMessage': (b) => this.postMessage(b),
    'chat.update': (b) => this.updateMessage(b),
    'chat.delete': (b) => this.deleteMessage(b),
    'chat.postEphemeral': (b) => this.postEphemeral(b),
    'views.open': (b) => this.openView(b, false),
    'views.push': (b) => this.openView(b, true),
    'views.update': (b) => this.updateView(b),
    'views.publish': (b) => this.publishHome(b),
    'conversations.members': (b) => this.members(b),
    'conversations.open': (b) => this.openConversation(b),
    'conversations.info': (b) => this.conversationInfo(b),
    'users.info': (b) => this.userInfo(b),
    'files.getUploadURLExternal': (b) => this.uploadUrl(b),
    'files.completeUploadExternal': (b) => this.completeUpload(b),
  };

  api(server: http.Server): FakeSlack {
    const s = this.state;
    return {
      url: `${this.base}/api/`,
      port: this.port,
      get calls() { return s.calls; },
      callsTo: (method) => s.calls.filter((c) => c.method === method),
      messagesIn: (channel) => (s.messages.get(channel) ?? []).map((m) => ({ ...m })),
      ephemeralsTo: (userId) => s.ephemerals.filter((e) => e.user === userId).map(({ channel, body }) => ({ channel, body })),
      lastView: (userId) => this.lastViewOf(userId),
      homeOf: (userId) => s.homes.get(userId),
      uploads: () => [...s.uploads.values()],
      triggerId: (userId) => {
        const id = `${s.next()}.${Math.floor(this.now() / 1000)}.fake${userId}`;
        s.triggers.set(id, { userId, issuedAt: this.now() });
        return id;
      },
      responseUrl: (owner) => {
        const path = `/response_url/${s.next()}`;
        if (owner) s.responseOwners.set(path, owner);
        return `${this.base}${path}`;
      },
      responsesTo: (url) => s.responses.get(new URL(url).pathname) ?? [],
      failNext: (method, spec) => { s.failures.set(method, { ...spec, times: spec.times ?? 1 }); },
      rateLimit: (method, spec) => { s.limits.set(method, spec); },
      reset: () => { Object.assign(s, new State()); },
      close: () => new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((err) => (err ? reject(err) : resolve()));
      }),
    };
  }
}

const isJson = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const bearer = (header: string | undefined): string | undefined => /^Bearer\s+(\S+)$/i.exec(header ?? '')?.[1];

async function readRaw(req: http.IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
  return Buffer.concat(chunks);
}

/** WebClient sends form fields with nested objects as JSON strings; Bolt's respond() sends JSON. */
async function parseBody(raw: Buffer, contentType: string): Promise<Body> {
  const text = raw.toString('utf8');
  if (text === '') return {};
  if (contentType.includes('application/json')) {
    const parsed: unknown = JSON.parse(text);
    return isJson(parsed) ? parsed : { value: parsed };
  }
  const form = contentType.startsWith('multipart/')
    ? await new Response(new Uint8Array(raw), { headers: { 'content-type': contentType } }).formData()
    : new URLSearchParams(text);
  const body: Body = {};
  form.forEach((value, key) => {
    body[key] = typeof value === 'string' && JSON_KEYS.has(key) ? JSON.parse(value) : value;
  });
  return body;
}

async function multipartFile(raw: Buffer, contentType: string): Promise<Buffer> {
  const form = await new Response(new Uint8Array(raw), { headers: { 'content-type': contentType } }).formData();
  for (const value of form.values()) {
    if (typeof value !== 'string') return Buffer.from(await value.arrayBuffer());
  }
  return Buffer.alloc(0);
}

function send(res: http.ServerResponse, status: number, body: Json, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers }).end(JSON.stringify(body));
}

export async function startFakeSlack(opts: FakeSlackOptions = {}): Promise<FakeSlack> {
  const fake = new FakeSlackServer(opts);
  const server = http.createServer((req, res) => {
    fake.handle(req, res).catch((err: unknown) => {
      // A bug in the fake must fail the test loudly, not look like a Slack answer.
      const message = err instanceof Error ? err.message : String(err);
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
      res.end(`fake slack crashed: ${message}`);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  fake.port = (server.address() as AddressInfo).port;
  return fake.api(server);
}
