// Socket Mode: a WebSocket to Slack (app-level token) instead of /slack/events; no public URL.
// Reconnecting is ours: the client's own waits grow by 5 s per failure without a cap, and a
// failure during its reconnect is an unhandled rejection that stops Node. A token Slack refuses
// stops the retries (only a restart with another token can fix it).
import { SocketModeReceiver, type Logger as BoltLogger, type webApi } from '@slack/bolt';
import type { Logger } from '../../logger.js';
import { guardEnvelopes } from './socket-edge.js';
import { slackErrorCode, TOKEN_REFUSALS } from './bot-token.js';
import { equalJitterBackoff } from '../../backoff.js';

const MAX_RECONNECT_DELAY_MS = 60_000;
/** Slack says `hello` as soon as a socket opens; one silent this long is reopened. */
const HELLO_DEADLINE_MS = 30_000;
type SocketState = 'connecting' | 'connected' | 'reconnecting' | 'failed' | 'stopped';

export interface SocketOptions {
  /** Wait before the first reconnect; doubles per failed attempt, to at most a minute. */
  reconnectMinDelayMs?: number;
  /** How apps.connections.open is retried while Slack cannot be reached. */
  openRetry?: webApi.RetryOptions;
  /** How long an opening socket may wait for Slack's `hello`. */
  helloDeadlineMs?: number;
}

export interface SocketConnection {
  receiver: SocketModeReceiver;
  /** Connects in the background: a Slack outage at start must not keep Teams and the probes down. */
  start(): void;
  stop(): Promise<void>;
  ready(): { ok: boolean; detail?: string };
}

const OPEN_RETRY: webApi.RetryOptions = { forever: true, factor: 2, minTimeout: 1000, maxTimeout: 60_000, randomize: true };

function refusalOf(error: unknown): string | undefined {
  const code = slackErrorCode(error);
  return code !== undefined && TOKEN_REFUSALS.has(code) ? code : undefined;
}

/** Jittered, so replicas do not reconnect in step. */
export function reconnectDelay(attempt: number, minMs: number, maxMs: number, random: () => number = Math.random): number {
  return Math.round(equalJitterBackoff(attempt, minMs, maxMs, random));
}

export type WebOptions = Pick<webApi.WebClientOptions, 'slackApiUrl' | 'fetch'>;

/** The receiver with its envelopes checked; with what stops waiting for `hello`. */
function guardedReceiver(appToken: string, web: WebOptions, logger: BoltLogger, log: Logger, opts: SocketOptions) {
  // The client's own WebClient (apps.connections.open) would otherwise ignore SLACK_API_URL and our time limits.
  const installerOptions = { clientOptions: { ...web, retryConfig: opts.openRetry ?? OPEN_RETRY } };
  const receiver = new SocketModeReceiver({ appToken, logger, autoReconnectEnabled: false, installerOptions });
  const { client } = receiver;
  guardEnvelopes(client, log);
  return { receiver, client, stopWaitingForHello: giveUpWithoutHello(client, opts.helloDeadlineMs ?? HELLO_DEADLINE_MS, log) };
}

export function createSocketConnection(appToken: string, web: WebOptions, logger: BoltLogger, log: Logger, opts: SocketOptions = {}): SocketConnection {
  const { receiver, client, stopWaitingForHello } = guardedReceiver(appToken, web, logger, log, opts);
  let state: SocketState = 'connecting';
  let refusal: string | undefined;
  let attempt = 0;
  let timer: NodeJS.Timeout | undefined;
  const open = async (): Promise<void> => {
    try {
      await client.start().finally(stopWaitingForHello);
      if (state === 'stopped') return;
      log.info(attempt > 0 ? { attempts: attempt + 1 } : {}, 'slack socket connected');
      [state, attempt] = ['connected', 0];
    } catch (error: unknown) {
      if (state === 'stopped') return;
      refusal = refusalOf(error);
      if (!refusal) return retryLater();
      state = 'failed';
      log.error({ reason: refusal }, 'slack socket cannot connect; check SLACK_APP_TOKEN');
    }
  };
  const retryLater = (): void => {
    if (state === 'stopped' || state === 'failed' || timer) return;
    state = 'reconnecting';
    const delayMs = reconnectDelay(attempt++, opts.reconnectMinDelayMs ?? 1000, MAX_RECONNECT_DELAY_MS);
    timer = setTimeout(() => {
      timer = undefined;
      void open();
    }, delayMs);
  };
  // One that closes while opening is retried by open() itself.
  client.on('close', () => {
    if (state !== 'connected') return;
    log.warn('slack socket lost; reconnecting');
    retryLater();
  });
  return {
    receiver,
    start: () => void open(),
    async stop() {
      state = 'stopped';
      clearTimeout(timer);
      stopWaitingForHello();
      await client.disconnect();
    },
    ready: () => (state === 'connected'
      ? { ok: true, detail: 'slack socket connected' }
      : { ok: false, detail: refusal ? `slack socket refused: ${refusal}` : `slack socket ${state}` }),
  };
}

// The client's start() waits for `hello` without a limit (a stalled Slack, a proxy that took the
// upgrade). Timed from the socket's opening, not from start(), as apps.connections.open may rightly
// take long. Closing fails start(), which open() retries. Returns what stops the wait.
function giveUpWithoutHello(client: SocketModeReceiver['client'], deadlineMs: number, log: Logger): () => void {
  let waiting: NodeJS.Timeout | undefined;
  client.on('connecting', () => {
    clearTimeout(waiting);
    waiting = setTimeout(() => {
      log.warn({ waitedMs: deadlineMs }, 'slack socket opened but Slack sent no hello; reconnecting');
      client.disconnect().catch((error: unknown) => log.warn({ err: error }, 'slack socket could not be closed'));
    }, deadlineMs);
  });
  return () => clearTimeout(waiting);
}
