// Bolt on the shared HTTP server (POST /slack/events behind edge.ts, and the OAuth routes for many
// workspaces), or over Socket Mode's WebSocket (socket.ts) with no route mounted.
import { App, HTTPReceiver, LogLevel, webApi, type Authorize, type Logger as BoltLogger, type Receiver } from '@slack/bolt';
import type { Deps } from '../../app/context.js';
import type { Messenger } from '../../app/messenger.js';
import type { Config } from '../../config.js';
import type { Logger } from '../../logger.js';
import type { Route } from '../../http.js';
import type { Adapter } from '../../server.js';
import { slackEdge } from './edge.js';
import { systemClock, type Clock } from '../../app/coalesce.js';
import { Kept } from '../../kept.js';
import { LiveCounts, type DrawCount } from '../../app/live-counts.js';
import { ResultPublishing } from '../../app/result-publishing.js';
import { botTokenOf, postgresInstallationStore } from './installation-store.js';
import { createSlackMessenger, type ClientFor } from './messenger.js';
import { registerHandlers } from './register.js';
import { renderCard } from './render/cards.js';
import { botTokenCheck, type BotTokenCheck } from './bot-token.js';
import { createSocketConnection, type SocketConnection, type SocketOptions, type WebOptions } from './socket.js';
import { installFailurePage } from './install-pages.js';
import { NAMES_BEFORE_ANSWER_MS, senderCallOptions, SLACK_TIME_LIMITS, timedFetch, userCallOptions, withoutResendingPosts, type SlackTimeLimits } from './time-limits.js';

const SLACK_SCOPES = ['commands', 'chat:write', 'im:write', 'channels:read', 'groups:read', 'users:read', 'files:write'];
const [INSTALL_PATH, REDIRECT_PATH] = ['/slack/install', '/slack/oauth_redirect'];

interface SlackAdapterOptions {
  clock?: Clock;
  /** The bot's ids when known up front (tests, bench); otherwise auth.test tells them. */
  botId?: string;
  botUserId?: string;
  retryConfig?: webApi.RetryOptions;
  socket?: SocketOptions;
  timeLimits?: SlackTimeLimits;
}

export interface SlackAdapter extends Adapter {
  messenger: Messenger;
  /** Resolves once no listener runs and no card update is being sent. */
  idle(): Promise<void>;
}

type SlackOn = Exclude<Config['slack'], { mode: 'off' }>;
const SLACK_NO_ANSWER = 'slack did not answer; retrying (check that this machine reaches slack.com over HTTPS, port 443, or SLACK_API_URL when set)';

function boltLogger(log: Logger): BoltLogger {
  let level = LogLevel.WARN;
  // Never pass request bodies on.
  return {
    debug: () => undefined,
    info: () => undefined,
    warn: (...msg: unknown[]) => {
      const bolt = msg.filter((m) => typeof m === 'string').join(' ').slice(0, 300);
      // The WebClient's word for a call without an answer, said as what to check.
      log.warn({ bolt }, bolt.startsWith('http request failed') ? SLACK_NO_ANSWER : 'bolt warning');
    },
    error: (...msg: unknown[]) => log.error({ bolt: msg.map((m) => (m instanceof Error ? m.message : typeof m === 'string' ? m : '')).join(' ').slice(0, 300) }, 'bolt error'),
    setLevel: (l: LogLevel) => { level = l; },
    getLevel: () => level,
    setName: () => undefined,
  };
}

function tokenClients(slack: SlackOn, deps: Deps, clientOptions: webApi.WebClientOptions): { clientOf(token: string): webApi.WebClient; clientFor: ClientFor } {
  const clients = new Map<string, webApi.WebClient>();
  const clientOf = (token: string): webApi.WebClient => {
    let c = clients.get(token);
    if (!c) clients.set(token, (c = new webApi.WebClient(token, clientOptions)));
    return c;
  };
  if (slack.mode === 'single' || slack.mode === 'socket') return { clientOf, clientFor: async () => clientOf(slack.botToken) };
  return { clientOf, clientFor: async (workspaceId) => clientOf(await botTokenOf(deps, workspaceId)) };
}

type BotIds = { botId?: string; botUserId?: string };

/** Single workspace: the bot's ids asked once and kept (a failure not); Bolt's token mode asks before every ack. */
function singleWorkspaceAuthorize(token: string, client: webApi.WebClient, known: BotIds, check: BotTokenCheck): Authorize<boolean> {
  if (known.botId !== undefined && known.botUserId !== undefined) return async () => ({ botToken: token, ...known });
  const kept = new Kept<BotIds>(1);
  const ids = () => kept.get(token, () => client.auth.test().then((r) => ({ botId: r.bot_id, botUserId: r.user_id })));
  // At start, so the first click does not wait for it, and a refused token is logged now.
  void ids().catch((error: unknown) => check.failed(error));
  return async () => ({ botToken: token, ...(await ids()) });
}

function oauthOptions(slack: Extract<SlackOn, { mode: 'oauth' }>, deps: Deps, web: WebOptions) {
  const { clientId, clientSecret, stateSecret } = slack;
  const failure = installFailurePage(deps.defaultLang);
  // oauth.v2.access to the same Web API base as everything else.
  const installerOptions = {
    installPath: INSTALL_PATH, redirectUriPath: REDIRECT_PATH, directInstall: true, callbackOptions: { failure }, clientOptions: web,
  };
  return { clientId, clientSecret, stateSecret, installationStore: postgresInstallationStore(deps), scopes: SLACK_SCOPES, installerOptions };
}

type Transport = { receiver: Receiver; socket?: SocketConnection; routes: Route[] };

function transportFor(slack: SlackOn, deps: Deps, web: WebOptions, logger: BoltLogger, log: Logger, socketOptions?: SocketOptions): Transport {
  if (slack.mode === 'socket') {
    const socket = createSocketConnection(slack.appToken, web, logger, log, socketOptions);
    return { receiver: socket.receiver, socket, routes: [] };
  }
  const oauth = slack.mode === 'oauth' ? oauthOptions(slack, deps, web) : {};
  // edge.ts verifies the exact bytes; Bolt gets a re-encoded body, whose signature would not match.
  const http = new HTTPReceiver({ signingSecret: slack.signingSecret, signatureVerification: false, endpoints: '/slack/events', processBeforeResponse: false, logger, ...oauth });
  const listen: Route['handler'] = (req, res) => http.requestListener(req, res);
  const oauthPaths = slack.mode === 'oauth' ? [INSTALL_PATH, REDIRECT_PATH] : [];
  const routes: Route[] = [
    { method: 'POST', path: '/slack/events', handler: slackEdge(listen, { signingSecret: slack.signingSecret, log }) },
    ...oauthPaths.map((path): Route => ({ method: 'GET', path, handler: listen })),
  ];
  return { receiver: http, routes };
}

/** Work continues after ack; counted, so shutdown and tests can wait for it. */
function listenersDone(app: App): () => Promise<void> {
  let running = 0;
  app.use(async ({ next }) => {
    running += 1;
    try {
      await next();
    } finally {
      running -= 1;
    }
  });
  return async () => {
    while (running > 0) await new Promise((r) => setTimeout(r, 5));
  };
}

function cardUpdates(deps: Deps, clientFor: ClientFor, clock: Clock, log: Logger): LiveCounts {
  const update: DrawCount = async (workspaceId, where, card) => {
    const { text, blocks } = renderCard(card);
    await (await clientFor(workspaceId)).chat.update({ channel: where.channelId, ts: where.messageId, text, blocks });
  };
  return new LiveCounts(deps, update, clock, (key, error) => log.warn({ err: error, card: key }, 'card update failed'));
}

export async function createSlackAdapter(deps: Deps, config: Config, log: Logger, opts: SlackAdapterOptions = {}): Promise<SlackAdapter | null> {
  const slack = config.slack;
  // Said by adapters/index.ts, which does not load Bolt then.
  if (slack.mode === 'off') return null;
  const limits = opts.timeLimits ?? SLACK_TIME_LIMITS;
  const web = { slackApiUrl: slack.apiUrl, fetch: timedFetch(slack.apiUrl, limits.callMs, limits.uploadMs) };
  const logger = boltLogger(log);
  // Every WebClient logs through ours: Bolt sets its logger here only when built, after the single
  // workspace's client was made, which then logged to the console.
  const clientOptions = { ...web, retryConfig: withoutResendingPosts(opts.retryConfig ?? { retries: 3 }), logger };
  const { receiver, socket, routes } = transportFor(slack, deps, web, logger, log, opts.socket);
  const { clientOf, clientFor } = tokenClients(slack, deps, clientOptions);
  const tokenCheck = botTokenCheck(log);
  const authorize = slack.mode === 'oauth'
    ? undefined : singleWorkspaceAuthorize(slack.botToken, clientOf(slack.botToken), opts, tokenCheck);
  const listenerOptions = { ...clientOptions, ...userCallOptions(slack.apiUrl, limits) };
  // convoStore: unused, and it costs every request a lookup.
  const app = new App({
    receiver, ...(socket ? { socketMode: true } : {}), logger, convoStore: false, authorize, clientOptions: listenerOptions,
  });
  // Their own clients: a long Retry-After fails a send at once, for the scheduler to try later.
  const senders = tokenClients(slack, deps, { ...clientOptions, ...senderCallOptions(slack.apiUrl, limits) });
  const messenger = createSlackMessenger(senders.clientFor, log);
  const liveCounts = cardUpdates(deps, clientFor, opts.clock ?? systemClock, log);
  const listeners = listenersDone(app);
  const namesBeforeAnswerMs = limits.namesBeforeAnswerMs ?? NAMES_BEFORE_ANSWER_MS;
  registerHandlers(app, { deps, log, messenger, liveCounts, results: new ResultPublishing(deps), namesBeforeAnswerMs });
  const idle = async (): Promise<void> => {
    await listeners();
    await liveCounts.idle();
  };
  app.error(async (error) => log.error({ code: error.code, message: error.message.slice(0, 200) }, 'slack listener failed'));
  socket?.start();
  return {
    name: 'slack', messenger, idle, routes,
    ready: () => (tokenCheck.ready().ok && socket ? socket.ready() : tokenCheck.ready()),
    async stop() {
      await socket?.stop();
      await idle();
      liveCounts.stop();
    },
  };
}
