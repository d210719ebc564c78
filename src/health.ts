import type { Logger } from './logger.js';
import type { Db } from './store/db.js';
import { sendJson, type Route } from './http.js';

/** A database that does not answer within this is as good as down to a load balancer. */
const HEALTH_TIMEOUT_MS = 2_000;

/** GET /healthz: 200 when the database answers in time, 503 when it fails or hangs. */
export function healthRoute(db: Db, log: Logger, timeoutMs = HEALTH_TIMEOUT_MS): Route {
  return {
    method: 'GET',
    path: '/healthz',
    handler: async (_req, res) => {
      let timer: NodeJS.Timeout | undefined;
      const late = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
      });
      try {
        await Promise.race([db.query('select 1'), late]);
        sendJson(res, 200, { status: 'ok', database: db.kind });
      } catch (error) {
        // The reason goes to the operator's log, not to the public endpoint.
        log.warn({ err: error }, 'health check: database unavailable');
        sendJson(res, 503, { status: 'unavailable', database: db.kind });
      } finally {
        clearTimeout(timer);
      }
    },
  };
}
