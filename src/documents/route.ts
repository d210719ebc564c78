// GET /documents/<token>: a signed link's PDF, made at request time. Anything wrong with
// the token, or a document that no longer exists, is one 404 page that says nothing more (link-gone.ts).
import type { ServerResponse } from 'node:http';
import { renderDocument } from '../app/documents.js';
import type { ExportFile } from '../app/export-files.js';
import type { Deps } from '../app/context.js';
import type { DocumentsConfig } from '../config-documents.js';
import { LATE, pathOf, withinDeadline, type Route } from '../http.js';
import { t, tError, type Lang } from '../i18n/index.js';
import type { Logger } from '../logger.js';
import { DOCUMENT_PATH, verifyDocumentToken, type DocumentClaim } from './links.js';
import { sendLinkGone } from './link-gone.js';
import { renderTurns } from './render-turns.js';

/** PDFs drawn at once across all links, and how many more may wait their turn. */
const RENDERS_AT_ONCE = 2;
const RENDERS_WAITING = 10;

/**
 * How long one PDF may take before its turn is given back. Measured: the slowest document (a
 * filled instrument with its chart, the first after a start, fonts and charts not yet loaded)
 * took 3.3 s on a 2-core machine under a load of 14, and about 0.6 s after that. A PDF still not
 * made after this long waits on something that will not answer (a query, say), and would hold
 * its turn until a restart.
 */
export const RENDER_TIME_LIMIT_MS = 60_000;

/** A full queue is logged at most this often: a flood of refused links must not fill the log. */
const BUSY_LOG_EVERY_MS = 60_000;

/** The database did not answer: a person with a browser reads to try again, in the link's language. */
function tryAgain(res: ServerResponse, lang: Lang): void {
  res.writeHead(503, { 'content-type': 'text/plain; charset=utf-8', 'retry-after': '60', 'cache-control': 'no-store' });
  res.end(tError(lang, 'internal'));
}

/** Too many PDFs being made: the reader is asked to try again shortly, in the link's language. */
function busy(res: ServerResponse, lang: Lang): void {
  res.writeHead(503, { 'content-type': 'text/plain; charset=utf-8', 'retry-after': '30', 'cache-control': 'no-store' });
  res.end(t(lang, 'documents.link.busy'));
}

type Made = ExportFile | null | 'failed' | 'busy';

/**
 * Tells the operator that links are being refused for a full queue: a warning, then nothing more
 * for a minute, with how many were refused since the last line. Never the token or path: the
 * token is the link itself, and whoever reads the log must not be able to open it.
 */
function busyWarnings(log: Logger, now: () => Date): () => void {
  let loggedAt: number | undefined;
  let refused = 0;
  return () => {
    refused++;
    const at = now().getTime();
    if (loggedAt !== undefined && at - loggedAt < BUSY_LOG_EVERY_MS) return;
    log.warn({ refused, drawingAtOnce: RENDERS_AT_ONCE, waiting: RENDERS_WAITING }, 'document link refused: too many PDFs being made');
    loggedAt = at;
    refused = 0;
  };
}

export interface DocumentRouteOptions {
  /** Makes a link's document; tests give their own to count and hold the PDFs drawn. */
  render?: (deps: Deps, claim: DocumentClaim) => Promise<ExportFile | null>;
}

/**
 * The link's document, or 'busy' once it took longer than RENDER_TIME_LIMIT_MS: then its turn is
 * given back and its readers asked to try again, where a render that never ends held its turn
 * until a restart (two of those, and every link answered 503). One warning; never the link.
 */
async function inTime(log: Logger, kind: DocumentClaim['kind'], rendering: Promise<ExportFile | null>): Promise<Made> {
  const lateFailure = (error: unknown): void => log.warn({ err: error, kind }, 'document not made, after its time limit');
  const made = await withinDeadline(rendering, RENDER_TIME_LIMIT_MS, lateFailure);
  if (made !== LATE) return made;
  log.warn({ kind, limitMs: RENDER_TIME_LIMIT_MS }, 'document not made within its time limit');
  return 'busy';
}

/**
 * A link's document as requests for it get it. A PDF takes the better part of a second to make, and
 * a link travels: requests for one link while its PDF is being made share that PDF, so whoever holds
 * a link cannot keep the process busy by asking for it many times at once. Made, the next request
 * makes it anew (as it is now). Across links, PDFs take turns: holding many links does not have
 * them all drawn at once.
 */
function sharedMaker(deps: Deps, log: Logger, render: NonNullable<DocumentRouteOptions['render']>): (token: string, claim: DocumentClaim) => Promise<Made> {
  const turns = renderTurns(RENDERS_AT_ONCE, RENDERS_WAITING);
  const beingMade = new Map<string, Promise<Made>>();
  const noteBusy = busyWarnings(log, deps.now);
  return (token, claim) => {
    const shared = beingMade.get(token);
    if (shared) return shared;
    const inTurn = turns.take(() => inTime(log, claim.kind, render(deps, claim)));
    if (!inTurn) {
      noteBusy();
      return Promise.resolve('busy');
    }
    const made = inTurn
      .catch((error: unknown): Made => {
        // Not the path: the token in it is the link itself.
        log.warn({ err: error, kind: claim.kind }, 'document not made');
        return 'failed';
      })
      .finally(() => beingMade.delete(token));
    beingMade.set(token, made);
    return made;
  };
}

/** No route while links are off (no PUBLIC_URL): then no token can be valid anyway. */
export function documentRoutes(deps: Deps, config: DocumentsConfig, log: Logger, opts: DocumentRouteOptions = {}): Route[] {
  const secret = config.linkSecret;
  if (!config.publicUrl || !secret) return [];
  const make = sharedMaker(deps, log, opts.render ?? renderDocument);
  return [
    {
      method: 'GET',
      path: `${DOCUMENT_PATH}*`,
      async handler(req, res) {
        // Routed here, the target is a URL (http.ts answers any other 400).
        const token = (pathOf(req.url) ?? '').slice(DOCUMENT_PATH.length);
        const claim = verifyDocumentToken(secret, token, deps.now());
        if (!claim) return sendLinkGone(res);
        const file = await make(token, claim);
        if (file === 'failed') return tryAgain(res, claim.lang);
        if (file === 'busy') return busy(res, claim.lang);
        if (!file) return sendLinkGone(res);
        res.writeHead(200, {
          'content-type': file.contentType,
          'content-length': file.bytes.length,
          'content-disposition': `inline; filename="${file.name}"`,
          // The team's results: no shared cache may keep them after the link expires.
          'cache-control': 'private, no-store',
          'x-content-type-options': 'nosniff',
          'referrer-policy': 'no-referrer',
        });
        res.end(file.bytes);
      },
    },
  ];
}
