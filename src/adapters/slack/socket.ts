// Socket Mode: the bot opens a WebSocket to Slack (apps.connections.open with the app-level
// token) instead of taking requests on /slack/events, so it needs no public URL and no
// signing secret. Bolt's SocketModeReceiver hands every envelope to the same listeners as
// the HTTP receiver; this file only builds it, watches the connection and stops it.
import { SocketModeReceiver, type Logger as BoltLogger, type webApi } from '@slack/bolt';
import type { Logger } from '../../logger.js';

export type SocketState = 'connecting' | 'connected' | 'reconnecting' | 'disconnected' | 'failed';

export interface SocketOptions {
  /**
   * Socket Mode's reconnect wait after a dropped connection or a `disconnect` message, and its
   * ping timeout (the client's `clientPingTimeout`, default 5 s). Tests shorten it.
   */
  reconnectDelayMs?: number;
  /** How apps.connections.open is retried while Slack cannot be reached. */
  openRetry?: webApi.RetryOptions;
}

export interface SocketConnection {
  receiver: SocketModeReceiver;
  /** Connects in the background: a Slack outage at start must not keep Teams and the probes down. */
  start(): void;
  stop(): Promise<void>;
  ready(): { ok: boolean; detail?: string };
}

/**
 * apps.connections.open, retried without end while the network or Slack is down: backoff
 * doubling from 1 s to at most 60 s, with jitter so replicas do not reconnect in step.
 * (The client's own default is 100 retries growing by 1.3, which reaches waits of hours, and
 * a failure that escapes the retries during a reconnect is an unhandled rejection.)
 */
export const OPEN_RETRY: webApi.RetryOptions = { forever: true, factor: 2, minTimeout: 1000, maxTimeout: 60_000, randomize: true };

export function createSocketConnection(
  slack: { appToken: string; apiUrl?: string },
  logger: BoltLogger,
  log: Logger,
  opts: SocketOptions = {},
): SocketConnection {
  const receiver = new SocketModeReceiver({
    appToken: slack.appToken,
    logger,
    clientPingTimeout: opts.reconnectDelayMs,
    // The socket client has its own WebClient for apps.connections.open: without this it would
    // ask slack.com even when SLACK_API_URL points elsewhere.
    installerOptions: { clientOptions: { slackApiUrl: slack.apiUrl, retryConfig: opts.openRetry ?? OPEN_RETRY } },
  });
  let state: SocketState = 'connecting';
  let failure: string | undefined;
  const client = receiver.client;
  const moveTo = (next: SocketState) => () => {
    if (state === next) return;
    const was = state;
    state = next;
    if (next === 'connected') log.info({ was }, 'slack socket connected');
    else if (was === 'connected') log.warn({ now: next }, 'slack socket lost; reconnecting');
  };
  client.on('connecting', moveTo('connecting'));
  client.on('connected', moveTo('connected'));
  client.on('reconnecting', moveTo('reconnecting'));
  // The socket closed; unless we are stopping, the client reconnects after its delay.
  client.on('close', () => {
    if (state === 'connected') moveTo('reconnecting')();
  });
  client.on('disconnected', moveTo('disconnected'));
  let stopping = false;
  return {
    receiver,
    start() {
      receiver.start().catch((error: unknown) => {
        if (stopping) return;
        // Only errors Slack calls unrecoverable get here (invalid_auth, a revoked app token, …).
        failure = error instanceof Error ? error.message.slice(0, 200) : 'unknown error';
        state = 'failed';
        log.error({ reason: failure }, 'slack socket cannot connect; check SLACK_APP_TOKEN');
      });
    },
    async stop() {
      stopping = true;
      await client.disconnect();
    },
    ready() {
      if (state === 'connected') return { ok: true, detail: 'slack socket connected' };
      return { ok: false, detail: failure ? `slack socket failed: ${failure}` : `slack socket ${state}` };
    },
  };
}
