// The fake Slack's HTTP side: routes a request to a Web API method, a response_url or an
// upload url, and stands in front of the methods the way Slack does (auth, injected
// failures, rate limits) while recording every call.
import type http from 'node:http';
import { bearer, multipartFile, parseBody, readRaw, send } from './http.js';
import { SlackMethods } from './methods.js';
import { Watchers } from '../watchers.js';
import { FakeSocketMode } from '../slack-socket.js';
import { BOT_USER_ID, State, fail, str } from './state.js';
import type { Body, FakeSlack, FakeSlackOptions, Json, OAuthGrant, RecordedCall } from './types.js';

export class FakeSlackServer {
  readonly state = new State();
  /** Socket Mode: apps.connections.open hands out its URLs; it shares this server's port. */
  readonly socket = new FakeSocketMode(() => this.base);
  private readonly tokens: Set<string>;
  private readonly now: () => number;
  private readonly methods: SlackMethods;
  port = 0;

  constructor(private readonly opts: FakeSlackOptions) {
    this.tokens = new Set(opts.tokens ?? ['xoxb-test-token']);
    this.now = opts.now ?? Date.now;
    this.methods = new SlackMethods(opts, this.state, this.now, () => this.base);
  }

  get base(): string { return `http://127.0.0.1:${this.port}`; }

  /** Tests waiting in `until`: looked at again after every request the fake has answered. */
  readonly watchers = new Watchers();

  async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    try {
      await this.route(req, res);
    } finally {
      this.watchers.recheck();
    }
  }

  private async route(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const raw = await readRaw(req);
    const path = new URL(req.url ?? '/', this.base).pathname;
    const contentType = req.headers['content-type'] ?? '';
    if (!(await this.answersAtAll(path))) return;
    if (path.startsWith('/upload/')) return this.upload(path.slice(8), raw, contentType, res);
    if (path.startsWith('/response_url/')) {
      // Refused as Slack refuses a url used up (five answers) or expired (30 minutes): nothing delivered.
      const refused = this.state.failures.get('response_url');
      if (refused && refused.times > 0) {
        refused.times -= 1;
        return send(res, refused.status ?? 404, fail(refused.error ?? 'expired_url'));
      }
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
    await this.state.pauses.before({ method, body });
    send(res, status, answer, headers);
  }

  private answer(method: string, body: Body, token: string | undefined): [number, Json, Record<string, string>?] {
    if (method === 'oauth.v2.access') return [200, this.oauthAccess(body)];
    if (method === 'apps.connections.open') return [200, this.connectionsOpen(token)];
    const handler = this.methods.handlers[method];
    if (!handler) return [200, fail('unknown_method')];
    if (token === undefined || token === '') return [200, fail('not_authed')];
    if (!this.tokens.has(token)) return [200, fail('invalid_auth')];
    const failure = this.state.failures.get(method);
    if (failure && failure.times > 0) {
      failure.times -= 1;
      if (failure.times === 0 && failure.then) this.state.failures.set(method, { ...failure.then, times: failure.then.times ?? 1 });
      const status = failure.status ?? 200;
      const headers = failure.retryAfter !== undefined ? { 'retry-after': String(failure.retryAfter) } : undefined;
      return [status, fail(failure.error ?? (status === 429 ? 'ratelimited' : 'fatal_error')), headers];
    }
    const wait = this.limited(method, body);
    if (wait !== undefined) return [429, fail('ratelimited'), { 'retry-after': String(wait) }];
    return [200, handler(body)];
  }

  /** Waits as long as a hold on the path's method says; false: this request is never answered. */
  private async answersAtAll(path: string): Promise<boolean> {
    const method = path.startsWith('/upload/') ? 'upload' : path.startsWith('/api/') ? path.slice(5) : '';
    const hold = this.state.holds.get(method);
    if (hold === undefined) return true;
    if (hold === null) {
      this.state.calls.push({ method, body: {}, at: this.now(), token: undefined, status: 0 });
      return false;
    }
    await new Promise((resolve) => setTimeout(resolve, hold));
    return true;
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
      access_token: grant.botToken, bot_user_id: BOT_USER_ID, ...installedOn(grant),
    };
  }

  /** Like Slack: only an app-level token opens a socket; a bot token is the wrong type. */
  private connectionsOpen(token: string | undefined): Json {
    if (token !== undefined && (this.opts.appTokens ?? []).includes(token)) return { ok: true, url: this.socket.openUrl() };
    if (token !== undefined && this.tokens.has(token)) return fail('not_allowed_token_type');
    return fail(token ? 'invalid_auth' : 'not_authed');
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

  private async upload(id: string, raw: Buffer, contentType: string, res: http.ServerResponse): Promise<void> {
    const upload = this.state.uploads.get(id);
    if (!upload) return send(res, 404, fail('file_not_found'));
    upload.bytes = contentType.startsWith('multipart/') ? await multipartFile(raw, contentType) : raw;
    res.writeHead(200, { 'content-type': 'text/plain' }).end(`OK - ${upload.bytes.length}`);
  }

  api(server: http.Server): FakeSlack {
    const s = this.state;
    return {
      url: `${this.base}/api/`,
      port: this.port,
      get calls() { return s.calls; },
      callsTo: (method) => s.calls.filter((c) => c.method === method),
      messagesIn: (channel) => (s.messages.get(channel) ?? []).map((m) => ({ ...m })),
      ephemeralsTo: (userId) => s.ephemerals.filter((e) => e.user === userId).map(({ channel, body }) => ({ channel, body })),
      lastView: (userId) => this.methods.lastViewOf(userId),
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
      until: (check, timeoutMs = 5_000) => this.watchers.until(check, timeoutMs, 'fake Slack'),
      responsesTo: (url) => s.responses.get(new URL(url).pathname) ?? [],
      failNext: (method, spec) => { s.failures.set(method, { ...spec, times: spec.times ?? 1 }); },
      rateLimit: (method, spec) => { s.limits.set(method, spec); },
      holdAnswers: (method, ms) => {
        s.holds.set(method, ms ?? null);
        return () => void s.holds.delete(method);
      },
      pauseAnswer: (method, match = () => true) => s.pauses.add((r) => r.method === method && match(r.body)),
      // Same State object, fresh contents: the methods hold a reference to it.
      reset: () => { Object.assign(s, new State()); },
      socket: this.socket,
      close: () => new Promise<void>((resolve, reject) => {
        this.socket.close();
        server.closeAllConnections();
        server.close((err) => (err ? reject(err) : resolve()));
      }),
    };
  }
}

/** Where an install lands, as oauth.v2.access says it: an org-wide install names the organisation and no workspace. */
function installedOn(grant: OAuthGrant): Json {
  if ('enterpriseId' in grant) return { team: null, enterprise: { id: grant.enterpriseId, name: grant.teamName }, is_enterprise_install: true };
  return { team: { id: grant.teamId, name: grant.teamName }, enterprise: null, is_enterprise_install: false };
}
