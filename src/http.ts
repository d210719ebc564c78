// The one HTTP server every adapter mounts on. Plain node:http: Bolt's HTTPReceiver and
// botbuilder's CloudAdapter both work with a raw request/response pair.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Logger } from './logger.js';

export type Handler = (req: IncomingMessage, res: ServerResponse) => void | Promise<void>;

export interface Route {
  method: 'GET' | 'POST';
  /** Exact path, or a prefix when it ends with '*'. */
  path: string;
  handler: Handler;
  /** Probes keep answering while the server drains; every other route is refused then. */
  probe?: boolean;
}

export interface HttpServer {
  server: Server;
  listen(port: number, host: string): Promise<number>;
  /** Requests being answered right now. */
  inFlight(): number;
  /**
   * Refuses new work with 503 at once, waits for the requests in flight (at most `timeoutMs`,
   * then their connections are cut), and stops listening. Resolves true when all finished.
   */
  close(timeoutMs?: number): Promise<boolean>;
}

function matches(route: Route, method: string, path: string): boolean {
  if (route.method !== method) return false;
  return route.path.endsWith('*') ? path.startsWith(route.path.slice(0, -1)) : route.path === path;
}

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
}

/** A request target's path, or null when it is no URL (Node lets such targets through). */
export function pathOf(target: string | undefined): string | null {
  try {
    return new URL(target ?? '/', 'http://localhost').pathname;
  } catch {
    return null;
  }
}

/**
 * Bytes of request bodies the server holds at once, across all requests: each is read whole before
 * its signature or token is checked, so without a bound anyone could make the process run out of
 * memory with many slow senders. Real payloads are a few kilobytes; this is room for 32 bodies at their limit.
 */
const BODY_BUDGET_BYTES = 32_000_000;

/** The bytes of bodies the server holds now, shared by its requests; released when a request's answer is gone. */
interface BodyBudget {
  left: number;
}

const BUDGETS = new WeakMap<IncomingMessage, BodyBudget>();

class BodyTooLarge extends Error {}
class ServerBusy extends Error {}

/** Counts the requests being answered, so a close can wait until the last one has ended. */
function requestsInFlight() {
  let count = 0;
  // Woken whenever a request ends, so a close waits on that event rather than polling.
  let onRequestEnd: (() => void) | null = null;
  return {
    count: () => count,
    begin(res: ServerResponse): void {
      count += 1;
      res.once('close', () => {
        count -= 1;
        onRequestEnd?.();
      });
    },
    allFinished: (timeoutMs: number): Promise<boolean> =>
      new Promise((resolve) => {
        const timer = setTimeout(() => finish(false), timeoutMs);
        function finish(done: boolean): void {
          clearTimeout(timer);
          onRequestEnd = null;
          resolve(done);
        }
        onRequestEnd = () => {
          if (count === 0) finish(true);
        };
        onRequestEnd();
      }),
  };
}

interface Answering {
  routes: readonly Route[];
  log: Logger;
  budget: BodyBudget;
  requests: ReturnType<typeof requestsInFlight>;
  draining: () => boolean;
}

/** Hands a request to its route; every failure of the route's own becomes a 500, never a crash. */
function answer(req: IncomingMessage, res: ServerResponse, { routes, log, budget, requests, draining }: Answering): void {
  const path = pathOf(req.url);
  // Node takes request targets that are no URL (`GET //[`): answered here, never thrown.
  if (path === null) return sendJson(res, 400, { error: 'bad_request' });
  const route = routes.find((r) => matches(r, req.method ?? 'GET', path));
  if (!route) return sendJson(res, 404, { error: 'not_found' });
  if (draining() && !route.probe) {
    // Slack and the Bot Connector retry a 503, so the work goes to a process that stays.
    res.setHeader('connection', 'close');
    return sendJson(res, 503, { error: 'shutting_down' });
  }
  requests.begin(res);
  BUDGETS.set(req, budget);
  Promise.resolve(route.handler(req, res)).catch((error: unknown) => {
    // The route, not the path: a path can hold a secret (a document link's token).
    log.error({ err: error, route: route.path }, 'request failed');
    if (!res.headersSent) sendJson(res, 500, { error: 'internal' });
    else res.end();
  });
}

export function createHttpServer(routes: readonly Route[], log: Logger, opts: { bodyBudgetBytes?: number } = {}): HttpServer {
  const budget: BodyBudget = { left: opts.bodyBudgetBytes ?? BODY_BUDGET_BYTES };
  const requests = requestsInFlight();
  let draining = false;
  const server = createServer((req, res) => answer(req, res, { routes, log, budget, requests, draining: () => draining }));
  // Slack retries after 3 s; do not let slow clients hold sockets for long.
  server.requestTimeout = 30_000;

  return {
    server,
    inFlight: requests.count,
    listen: (port, host) =>
      new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => {
          const address = server.address();
          resolve(typeof address === 'object' && address ? address.port : port);
        });
      }),
    async close(timeoutMs = 10_000) {
      draining = true;
      const finished = await requests.allFinished(timeoutMs);
      await new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        // Past the deadline, requests still open are cut; idle keep-alive sockets always are.
        if (finished) server.closeIdleConnections();
        else server.closeAllConnections();
      });
      return finished;
    },
  };
}

/**
 * Reads a request body's bytes, refusing more than `limit` of them. Each byte is taken from the
 * server's budget as it arrives and given back once the answer is gone (`res` closes).
 */
async function readRawBody(req: IncomingMessage, res: ServerResponse, limit: number): Promise<Buffer> {
  const budget = BUDGETS.get(req);
  let held = 0;
  if (budget) res.once('close', () => void (budget.left += held));
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buf = chunk as Buffer;
    size += buf.length;
    if (size > limit) throw new BodyTooLarge();
    if (budget) {
      if (budget.left < buf.length) throw new ServerBusy();
      budget.left -= buf.length;
      held += buf.length;
    }
    chunks.push(buf);
  }
  return Buffer.concat(chunks);
}

/**
 * A request body's bytes, or null once it was answered: 413 over `limit` (or the caller went away),
 * 503 while the server holds as many bodies as it may (Slack and the Bot Connector retry a 503).
 * The rest is not read, so the connection is closed (or the caller may see a reset).
 */
export async function bodyOr413(req: IncomingMessage, res: ServerResponse, limit = 1_000_000): Promise<Buffer | null> {
  try {
    return await readRawBody(req, res, limit);
  } catch (error) {
    res.setHeader('connection', 'close');
    if (error instanceof ServerBusy) {
      res.setHeader('retry-after', '1');
      sendJson(res, 503, { error: 'busy' });
    } else sendJson(res, 413, { error: 'too_large' });
    return null;
  }
}

/** JSON text's value, or why not. (JSON.parse's message quotes the input: never send it back.) */
export function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false }; // the caller answers 400: malformed input is the sender's problem
  }
}

/** An answer that may have no body: then just the status. */
export function sendAnswer(res: ServerResponse, status: number, body?: unknown): void {
  if (body !== undefined) return sendJson(res, status, body);
  res.writeHead(status);
  res.end();
}

/**
 * Seconds a Retry-After value asks for: delta-seconds, or an HTTP-date read against `nowMs` (RFC 9110 allows both).
 * Undefined when it names no wait (missing, empty, garbled): the caller then waits its own backoff, never not at all.
 */
export function retryAfterSeconds(value: unknown, nowMs: number): number | undefined {
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return seconds >= 0 ? seconds : undefined;
  const at = Date.parse(value);
  return Number.isFinite(at) ? Math.max(0, Math.ceil((at - nowMs) / 1000)) : undefined;
}

/** True for http(s) URLs on this machine: the only place an unauthenticated local tool (an emulator) lives. */
export function isLoopbackUrl(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  try {
    const host = new URL(value).hostname;
    return host === 'localhost' || host === '[::1]' || /^127(\.\d{1,3}){3}$/.test(host);
  } catch {
    return false; // not a URL at all: refused, like any other foreign URL
  }
}

/** True when the TCP peer is this machine (IPv4 or IPv6 loopback). */
export function fromLoopback(req: IncomingMessage): boolean {
  const address = req.socket.remoteAddress ?? '';
  return address === '::1' || /^(::ffff:)?127(\.\d{1,3}){3}$/.test(address);
}

export const LATE = Symbol('late');

/** A deadline `ms` from now: asked later, what is left of it (0 once it has passed). */
export function startDeadline(ms: number, now: () => number = () => performance.now()): () => number {
  const due = now() + ms;
  return () => Math.max(0, due - now());
}

/**
 * The work's result, or LATE once `ms` pass. Late work runs on (its writes still count) and
 * a failure after the deadline goes to `onLateFailure`, not lost. `onLate` is called the moment
 * the deadline passes, so the work itself can know from then on.
 */
export async function withinDeadline<T>(work: Promise<T>, ms: number, onLateFailure: (error: unknown) => void, onLate?: () => void): Promise<T | typeof LATE> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<typeof LATE>((resolve) => {
    timer = setTimeout(() => {
      onLate?.();
      resolve(LATE);
    }, ms);
  });
  try {
    const first = await Promise.race([work, late]);
    if (first === LATE) work.catch(onLateFailure);
    return first;
  } finally {
    clearTimeout(timer);
  }
}
