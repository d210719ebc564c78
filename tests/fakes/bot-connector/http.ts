// The fake connector's HTTP side: reads a request, applies any injected fault, routes it
// and records what was asked and answered.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { route, type Answer } from './routes.js';
import { HttpFailure, isObject, type ConnectorState } from './state.js';
import type { Fault, JsonObject } from './types.js';

const FAULT_CODES: Record<Exclude<Fault['status'], 'no answer'>, string> = {
  401: 'Unauthorized', 403: 'BotNotInConversationRoster', 404: 'ConversationNotFound', 429: 'Throttled', 412: 'PreconditionFailed', 502: 'BadGateway', 503: 'ServiceUnavailable', 504: 'GatewayTimeout',
};

export async function handle(state: ConnectorState, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  const method = req.method ?? 'GET';
  const segments = url.pathname.split('/').filter(Boolean).map(decodeURIComponent);
  const path = '/' + segments.join('/');
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (segments[0] === 'upload') return handleUpload(state, req, res, method, path, segments[1] ?? '');
  let answer: Answer;
  let body: JsonObject = {};
  try {
    body = await readJson(req);
    const fault = state.takeFault(method, path);
    if (fault?.status === 'no answer') return leaveHanging(state, method, path);
    if (fault?.retryAfter !== undefined) headers['retry-after'] = String(fault.retryAfter);
    if (fault) throw new HttpFailure(fault.status, fault.code ?? FAULT_CODES[fault.status], `Injected ${fault.status}`);
    answer = route(state, method, segments, url.searchParams, body);
  } catch (error) {
    if (!(error instanceof HttpFailure)) throw error;
    answer = [error.status, { error: { code: error.code, message: error.message } }];
  }
  await state.pauses.before({ method, path, body });
  const [status, payload] = answer;
  const authorization = req.headers.authorization;
  state.requests.push({ method, path, status, at: new Date(), ...(authorization ? { authorization } : {}) });
  res.writeHead(status, headers);
  res.end(JSON.stringify(payload ?? {}));
}

/** Upload bodies are the file's raw bytes, not JSON; injected faults apply to them too. */
async function handleUpload(state: ConnectorState, req: IncomingMessage, res: ServerResponse, method: string, path: string, name: string): Promise<void> {
  const body = await readRaw(req);
  const fault = state.takeFault(method, path);
  if (fault?.status === 'no answer') return leaveHanging(state, method, path);
  let status = 201;
  let payload: JsonObject = { id: `item-${state.uploads.length + 1}`, name, size: body.length };
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (fault?.retryAfter !== undefined) headers['retry-after'] = String(fault.retryAfter);
  if (fault) {
    status = fault.status;
    payload = { error: { code: fault.code ?? FAULT_CODES[fault.status], message: `Injected ${fault.status}` } };
  } else if (method !== 'PUT') {
    status = 405;
    payload = { error: { code: 'MethodNotAllowed', message: `${method} on an upload url` } };
  } else {
    const contentRange = req.headers['content-range'];
    state.uploads.push({ name, body, at: new Date(), ...(typeof contentRange === 'string' ? { contentRange } : {}) });
  }
  state.requests.push({ method, path, status, at: new Date() });
  res.writeHead(status, headers);
  res.end(JSON.stringify(payload));
}

/** Read, never answered: the caller waits until it gives up itself (or the fake closes). Recorded with status 0. */
function leaveHanging(state: ConnectorState, method: string, path: string): void {
  state.requests.push({ method, path, status: 0, at: new Date() });
}

async function readRaw(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

async function readJson(req: IncomingMessage): Promise<JsonObject> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  if (text.trim() === '') return {};
  const parsed: unknown = JSON.parse(text);
  if (!isObject(parsed)) throw new HttpFailure(400, 'BadSyntax', 'Body must be a JSON object');
  return parsed;
}
