import type { Logger } from './logger.js';
import type { Db } from './store/db.js';
import { sendJson, type Route } from './http.js';

/** GET /healthz: 200 when the database answers, 503 when it does not. */
export function healthRoute(db: Db, log: Logger): Route {
  return {
    method: 'GET',
    path: '/healthz',
    handler: async (_req, res) => {
      try {
        await db.query('select 1');
        sendJson(res, 200, { status: 'ok', database: db.kind });
      } catch (error) {
        // The reason goes to the operator's log, not to the public endpoint.
        log.warn({ err: error }, 'health check: database unavailable');
        sendJson(res, 503, { status: 'unavailable', database: db.kind });
      }
    },
  };
}
