// node:http request/response → the Express-like pair CloudAdapter.process expects.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { CloudAdapter, TurnContext } from 'botbuilder';
import { readBody, sendJson, type Handler } from '../../http.js';

interface ShimResponse {
  socket: unknown;
  status(code: number): void;
  header(name: string, value: unknown): void;
  send(body?: unknown): void;
  end(): void;
}

function shimResponse(res: ServerResponse): ShimResponse {
  return {
    socket: res.socket,
    status: (code) => void (res.statusCode = code),
    header: (name, value) => void res.setHeader(name, String(value)),
    send: (body) => {
      if (body === undefined) return;
      if (typeof body === 'string' || Buffer.isBuffer(body)) return void res.write(body);
      if (!res.headersSent) res.setHeader('content-type', 'application/json; charset=utf-8');
      res.write(JSON.stringify(body));
    },
    end: () => void res.end(),
  };
}

/** True for http(s) URLs on this machine: the only place an unauthenticated Emulator lives. */
export function isLoopbackUrl(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  try {
    const host = new URL(value).hostname;
    return host === 'localhost' || host === '[::1]' || /^127(\.\d{1,3}){3}$/.test(host);
  } catch {
    return false; // not a URL at all: refused below, like any other foreign serviceUrl
  }
}

/**
 * With auth off, `serviceUrl` is whatever the caller says; answering it would let anyone make
 * the bot send requests to any host. So without an app id only loopback serviceUrls are served.
 */
export function messagesHandler(
  adapter: CloudAdapter,
  logic: (context: TurnContext) => Promise<void>,
  opts: { authEnabled: boolean } = { authEnabled: true },
): Handler {
  return async (req: IncomingMessage, res: ServerResponse) => {
    let body: unknown;
    try {
      body = JSON.parse(await readBody(req));
    } catch (error) {
      // Malformed or oversized input is the caller's problem, not a server failure.
      sendJson(res, 400, { error: 'bad_request', detail: error instanceof Error ? error.message : 'invalid body' });
      return;
    }
    if (typeof body !== 'object' || body === null || Array.isArray(body)) {
      sendJson(res, 400, { error: 'bad_request' });
      return;
    }
    if (!opts.authEnabled && !isLoopbackUrl((body as { serviceUrl?: unknown }).serviceUrl)) {
      sendJson(res, 401, { error: 'unauthenticated', detail: 'auth is off: only a local Emulator may call' });
      return;
    }
    const shimReq = { body: body as Record<string, unknown>, headers: req.headers, method: req.method };
    await adapter.process(shimReq, shimResponse(res), logic);
  };
}
