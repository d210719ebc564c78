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
}

export interface HttpServer {
  server: Server;
  listen(port: number, host: string): Promise<number>;
  close(): Promise<void>;
}

function matches(route: Route, method: string, path: string): boolean {
  if (route.method !== method) return false;
  return route.path.endsWith('*') ? path.startsWith(route.path.slice(0, -1)) : route.path === path;
}

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
}

export function createHttpServer(routes: readonly Route[], log: Logger): HttpServer {
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    const route = routes.find((r) => matches(r, req.method ?? 'GET', path));
    if (!route) {
      sendJson(res, 404, { error: 'not_found' });
      return;
    }
    Promise.resolve(route.handler(req, res)).catch((error: unknown) => {
      log.error({ err: error, path }, 'request failed');
      if (!res.headersSent) sendJson(res, 500, { error: 'internal' });
      else res.end();
    });
  });
  // Slack retries after 3 s; do not let slow clients hold sockets for long.
  server.requestTimeout = 30_000;
  return {
    server,
    listen: (port, host) =>
      new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => {
          const address = server.address();
          resolve(typeof address === 'object' && address ? address.port : port);
        });
      }),
    close: () =>
      new Promise((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeIdleConnections();
      }),
  };
}

/** Reads a request body's bytes, refusing more than `limit` of them (for routes that are not handled by an SDK). */
export async function readRawBody(req: IncomingMessage, limit = 1_000_000): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buf = chunk as Buffer;
    size += buf.length;
    if (size > limit) throw new Error('body_too_large');
    chunks.push(buf);
  }
  return Buffer.concat(chunks);
}

/** Reads a request body as UTF-8 text (for routes that are not handled by an SDK). */
export async function readBody(req: IncomingMessage, limit = 1_000_000): Promise<string> {
  return (await readRawBody(req, limit)).toString('utf8');
}
