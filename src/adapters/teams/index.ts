// The Teams adapter: POST /api/messages through botbuilder's CloudAdapter, and the scheduler's Messenger.
import type { Deps } from '../../app/context.js';
import type { Config } from '../../config.js';
import type { Logger } from '../../logger.js';
import type { Adapter } from '../../server.js';
import { createConnection } from './adapter.js';
import { TEAMS_PATH } from './endpoint.js';
import { LeerlijnBot } from './bot.js';
import { Coalescer, systemClock, type Clock } from '../../app/coalesce.js';
import { LiveCounts } from '../../app/live-counts.js';
import { ResultPublishing } from '../../app/result-publishing.js';
import { drawLiveCount } from './score-cards.js';
import { AUTH_LIMIT_MS, messagesHandler, type MessagesOptions } from './http-shim.js';
import { tellLateRefusal } from './own-view-invokes.js';
import { placeLang } from '../../app/places.js';
import { ownLangOf } from './turn.js';
import { TeamsMessenger } from './messenger.js';
import { defaultRetry, senderRetry, type RetryOptions } from './retry.js';
import type { TeamsServices } from './services.js';
import { RosterCache } from './roster-cache.js';

export { TEAMS_PATH } from './endpoint.js';

export interface TeamsOptions extends Pick<MessagesOptions, 'invokeDeadlineMs' | 'messageDeadlineMs' | 'authLimitMs'> {
  clock?: Clock;
  retry?: RetryOptions;
  connectorTimeoutMs?: number;
}

export interface TeamsAdapter extends Adapter {
  /** The scheduler's: a long 429 fails a send at once (senderRetry); services.messenger waits it out. */
  messenger: TeamsMessenger;
  services: TeamsServices;
  /** Once no card redraw is being sent (waiting ones may still fire later). */
  idle(): Promise<void>;
}

export function createTeamsAdapter(deps: Deps, config: Config, log: Logger, opts: TeamsOptions = {}): TeamsAdapter {
  const authLimitMs = opts.authLimitMs ?? AUTH_LIMIT_MS;
  // A keys fetch may take as long as a token check: no request waits longer.
  const conn = createConnection(config.teams, log, { connectorTimeoutMs: opts.connectorTimeoutMs, keysLimitMs: authLimitMs });
  const retry = opts.retry ?? defaultRetry;
  const messenger = new TeamsMessenger(deps, conn, retry);
  const clock = opts.clock ?? systemClock;
  const onError = (key: string, error: unknown): void => log.error({ err: error, key }, 'teams card refresh failed');
  const cards = new Coalescer(clock, onError);
  const liveCounts = new LiveCounts(deps, drawLiveCount(deps, messenger, log), clock, onError);
  const services: TeamsServices = { deps, conn, messenger, cards, liveCounts, results: new ResultPublishing(deps), log, documents: config.documents, perUserViews: config.teams.perUserViews !== false,
    uploadHosts: config.teams.uploadHosts, uploadTimeoutMs: config.teams.uploadTimeoutMs, retry, searchRoster: new RosterCache(clock) };
  const bot = new LeerlijnBot(services);
  const idle = async (): Promise<void> => { await Promise.all([cards.settled(), liveCounts.idle()]); };
  return {
    name: 'teams',
    routes: [{ method: 'POST', path: TEAMS_PATH, handler: messagesHandler(conn, (context) => bot.run(context), log, {
      invokeDeadlineMs: opts.invokeDeadlineMs,
      messageDeadlineMs: opts.messageDeadlineMs,
      authLimitMs,
      langOf: (activity) => placeLang(deps, null, ownLangOf(activity)),
      afterLate: (context) => tellLateRefusal(services, context),
    }) }],
    messenger: messenger.retrying(senderRetry(retry)),
    services,
    idle,
    async stop() {
      await idle();
      cards.stop();
      liveCounts.stop();
    },
  };
}
