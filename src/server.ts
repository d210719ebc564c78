// Wires config, database, adapters, scheduler and the HTTP server together.
import type { Deps } from './app/context.js';
import type { Messenger, Messengers } from './app/messenger.js';
import type { Config } from './config.js';
import { documentRoutes } from './documents/route.js';
import { healthRoute, liveRoute, readyRoute } from './health.js';
import { createHttpServer, type Route } from './http.js';
import type { Logger } from './logger.js';
import type { Db } from './store/db.js';
import { migrate, newerMigrations } from './store/migrate.js';
import { openDb } from './store/open-db.js';
import { startSummary } from './start-summary.js';
import { tick } from './scheduler/tick.js';
import { startTicker } from './scheduler/ticker.js';

/** A platform adapter: the routes it mounts and what to stop on shutdown. */
export interface Adapter {
  name: string;
  routes: Route[];
  /** How the scheduler reaches this platform on its own. */
  messenger?: Messenger;
  /**
   * What only the long-running server checks, once it runs (the Teams secret, asked of Entra ID):
   * a tick run, which builds adapters for their messengers every minute, does not.
   */
  startChecks?(): Promise<void>;
  /** Whether this platform can take work now (e.g. Slack's socket is connected); /readyz asks. */
  ready?(): { ok: boolean; detail?: string };
  stop?(): Promise<void>;
}

export type AdapterFactory = (deps: Deps, config: Config, log: Logger) => Promise<Adapter | null>;

export interface RunningBot {
  /** 0 when shutdown began before the start finished: then nothing listens. */
  port: number;
  deps: Deps;
  /**
   * Drains and stops: /readyz turns 503 and new requests are refused, the ticker stops,
   * requests in flight finish (cut after the drain timeout), then adapters and database close.
   * Calling it again returns the same promise.
   */
  close(): Promise<void>;
}

/** How long requests in flight may take to finish once shutdown begins. */
export const DRAIN_TIMEOUT_MS = 10_000;

export interface StartOptions {
  now?: () => Date;
  db?: Db;
  adapters?: AdapterFactory[];
  drainTimeoutMs?: number;
  /** True once shutdown began (a signal during the start): the start opens nothing more. */
  stopping?: () => boolean;
}

export function messengersOf(adapters: readonly Adapter[]): Messengers {
  const messengers: Messengers = {};
  for (const a of adapters) if (a.messenger) messengers[a.messenger.platform] = a.messenger;
  return messengers;
}

/** Builds the configured adapters (null factories are platforms that are off). */
export async function buildAdapters(factories: readonly AdapterFactory[], deps: Deps, config: Config, log: Logger): Promise<Adapter[]> {
  const adapters: Adapter[] = [];
  for (const factory of factories) {
    const adapter = await factory(deps, config, log);
    if (adapter) adapters.push(adapter);
  }
  return adapters;
}

function depsFor(config: Config, db: Db, now?: () => Date): Deps {
  return { db, now: now ?? (() => new Date()), defaultTimezone: config.defaultTimezone, defaultLang: config.defaultLang, retentionDays: config.retentionDays };
}

/**
 * Shutdown began while the start was under way (systemd's SIGTERM while Slack connected): what
 * was opened is closed, and no port, scheduler or "running at" follows.
 */
async function stoppedBeforeRunning(adapters: readonly Adapter[], ownDb: Db | null, deps: Deps): Promise<RunningBot> {
  for (const a of adapters) await a.stop?.();
  await ownDb?.close();
  return { port: 0, deps, close: async () => undefined };
}

export async function startBot(config: Config, log: Logger, opts: StartOptions = {}): Promise<RunningBot> {
  const db = opts.db ?? (await openDb(config.database));
  const applied = await migrate(db);
  log.info({ database: db.kind, applied }, 'database ready');
  const unknown = await newerMigrations(db);
  if (unknown.length) {
    log.error({ unknown }, 'the database was migrated by a newer leerlijn-bot: start that version again, or restore the backup made before the upgrade (docs/running.md, Upgrading)');
  }
  const deps = depsFor(config, db, opts.now);
  // Checked before and after the adapters: Slack's socket is not opened once shutdown began.
  if (opts.stopping?.()) return await stoppedBeforeRunning([], opts.db ? null : db, deps);
  const adapters = await buildAdapters(opts.adapters ?? [], deps, config, log);
  if (opts.stopping?.()) return await stoppedBeforeRunning(adapters, opts.db ? null : db, deps);
  for (const a of adapters) await a.startChecks?.();
  const messengers = messengersOf(adapters);
  const stopTicker = config.schedulerEnabled
    ? startTicker(() => tick({ db, messengers, log, documents: config.documents, retentionDays: config.retentionDays }, deps.now()), '* * * * *', {
        onError: (error) => log.error({ err: error }, 'scheduler tick failed'),
      })
    : null;
  log.info({ scheduler: stopTicker ? 'every minute' : 'off', messengers: Object.keys(messengers) }, 'scheduler');
  let draining = false;
  const probes = [healthRoute(db, log), liveRoute(), readyRoute(db, log, { draining: () => draining, adapters })];
  const http = createHttpServer([...probes, ...documentRoutes(deps, config.documents, log), ...adapters.flatMap((a) => a.routes)], log);
  const port = await http.listen(config.port, config.host);
  // The last start line: what runs where (startSummary keeps secrets out of it). Not when
  // shutdown began meanwhile: the close that follows drains and stops.
  const summary = startSummary(config, port);
  if (!opts.stopping?.()) log.info({ port, adapters: adapters.map((a) => a.name), url: summary.url, database: summary.database, slack: summary.slack, teamsAuth: summary.teamsAuth }, summary.line);
  let closing: Promise<void> | null = null;
  const drainAndStop = async (): Promise<void> => {
    draining = true;
    const tickerStopped = stopTicker?.();
    const drainTimeoutMs = opts.drainTimeoutMs ?? DRAIN_TIMEOUT_MS;
    const open = http.inFlight();
    if (open > 0) log.info({ requests: open, timeoutMs: drainTimeoutMs }, 'waiting for requests in flight');
    if (!(await http.close(drainTimeoutMs))) log.warn({ timeoutMs: drainTimeoutMs }, 'requests still open after the drain timeout were cut');
    await tickerStopped;
    for (const a of adapters) await a.stop?.();
    if (!opts.db) await db.close();
  };
  return {
    port,
    deps,
    close: () => (closing ??= drainAndStop()),
  };
}
