// The probes: /healthz (the database answers, as before), /livez (the process answers) and
// /readyz (this process should get traffic: database, adapters, and not shutting down).
import type { Logger } from './logger.js';
import type { Db } from './store/db.js';
import { sendJson, type Route } from './http.js';

/** A database that does not answer within this is as good as down to a load balancer. */
const HEALTH_TIMEOUT_MS = 2_000;

/**
 * The probe statement each database has out now. The probes are public, so a flood of them must
 * not take the pool's connections from the people using the bot: every probe that comes while one
 * is out waits for that one's answer. One that outlives a probe's time is given up on (the next
 * probe sends a new one), so a statement stuck on a dead connection does not answer for ever.
 */
const OUT_NOW = new WeakMap<Db, Promise<unknown>>();

function probeStatement(db: Db): Promise<unknown> {
  const out = OUT_NOW.get(db);
  if (out) return out;
  const sent: Promise<unknown> = db.query('select 1').finally(() => {
    if (OUT_NOW.get(db) === sent) OUT_NOW.delete(db);
  });
  OUT_NOW.set(db, sent);
  return sent;
}

/** Resolves when the database answers `select 1` in time; rejects when it fails or hangs. */
async function databaseAnswers(db: Db, timeoutMs: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const statement = probeStatement(db);
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      if (OUT_NOW.get(db) === statement) OUT_NOW.delete(db);
      reject(new Error(`no answer within ${timeoutMs} ms`));
    }, timeoutMs);
  });
  try {
    await Promise.race([statement, late]);
  } finally {
    clearTimeout(timer);
  }
}

/** The two lines logged about one part a probe checks: when it stops being well, and when it is again. */
interface ChangeLines {
  down: string;
  up: string;
}

/** `reason`, when given, says why a part is not well; a new reason while it stays down is logged too. */
type StateNote = (part: string, lines: ChangeLines, ok: boolean, fields: Record<string, unknown>, reason?: string) => void;

/**
 * What the operator's log says about what the probes find. A load balancer probes every few
 * seconds, so a line per probe would fill the log while the database or Slack's socket is down:
 * each part is logged when it turns not well (a warning), when the reason it is not well changes
 * (Slack's socket dropped, then its token refused: the operator must see the second), and when it
 * is well again, not in between.
 */
function logOnChange(log: Logger): StateNote {
  const whyNotWellNow = new Map<string, string | undefined>();
  return (part, lines, ok, fields, reason) => {
    const wasWell = !whyNotWellNow.has(part);
    if (ok) {
      if (wasWell) return;
      whyNotWellNow.delete(part);
      log.info(fields, lines.up);
      return;
    }
    if (!wasWell && whyNotWellNow.get(part) === reason) return;
    whyNotWellNow.set(part, reason);
    log.warn(fields, lines.down);
  };
}

const HEALTH_LINES: ChangeLines = { down: 'health check: database unavailable', up: 'health check: database answers again' };

/** GET /healthz: 200 when the database answers in time, 503 when it fails or hangs. */
export function healthRoute(db: Db, log: Logger, timeoutMs = HEALTH_TIMEOUT_MS): Route {
  const noteHealth = logOnChange(log);
  return {
    method: 'GET',
    path: '/healthz',
    probe: true,
    handler: async (_req, res) => {
      try {
        await databaseAnswers(db, timeoutMs);
        noteHealth('database', HEALTH_LINES, true, {});
        sendJson(res, 200, { status: 'ok', database: db.kind });
      } catch (error) {
        // The reason goes to the operator's log, not to the public endpoint.
        noteHealth('database', HEALTH_LINES, false, { err: error });
        sendJson(res, 503, { status: 'unavailable', database: db.kind });
      }
    },
  };
}

/** GET /livez: the process is alive and its event loop turns. Nothing else is checked. */
export function liveRoute(): Route {
  return { method: 'GET', path: '/livez', probe: true, handler: (_req, res) => sendJson(res, 200, { status: 'ok' }) };
}

/** What /readyz asks besides the database: an adapter's own state (a socket, a login). */
export interface ReadinessSource {
  name: string;
  ready?(): { ok: boolean; detail?: string };
}

export interface ReadyOptions {
  /** True once shutdown began: the process finishes what it has and takes nothing new. */
  draining: () => boolean;
  adapters: readonly ReadinessSource[];
  timeoutMs?: number;
}

/** What /readyz logs, per adapter and for the database (logOnChange says when). */
const READINESS_LINES = {
  adapter: { down: 'readiness: adapter not ready', up: 'readiness: adapter ready again' },
  database: { down: 'readiness: database unavailable', up: 'readiness: database answers again' },
} satisfies Record<string, ChangeLines>;

/** GET /readyz: 200 when this process should get traffic, 503 with what is not ready. */
export function readyRoute(db: Db, log: Logger, opts: ReadyOptions): Route {
  const noteReadiness = logOnChange(log);
  return {
    method: 'GET',
    path: '/readyz',
    probe: true,
    handler: async (_req, res) => {
      if (opts.draining()) {
        sendJson(res, 503, { status: 'draining' });
        return;
      }
      const notReady: string[] = [];
      for (const adapter of opts.adapters) {
        const state = adapter.ready?.();
        if (!state) continue;
        if (!state.ok) notReady.push(adapter.name);
        const fields = state.ok ? { adapter: adapter.name } : { adapter: adapter.name, detail: state.detail };
        noteReadiness(adapter.name, READINESS_LINES.adapter, state.ok, fields, state.detail);
      }
      try {
        await databaseAnswers(db, opts.timeoutMs ?? HEALTH_TIMEOUT_MS);
        noteReadiness('database', READINESS_LINES.database, true, {});
      } catch (error) {
        noteReadiness('database', READINESS_LINES.database, false, { err: error });
        notReady.push('database');
      }
      // Checked again: shutdown may have begun while the database answered.
      if (opts.draining()) sendJson(res, 503, { status: 'draining' });
      else if (notReady.length) sendJson(res, 503, { status: 'unavailable', notReady });
      else sendJson(res, 200, { status: 'ok', database: db.kind });
    },
  };
}
