// POST /slack/events before Bolt: a size-limited body, verified, shape-checked and cleaned; what
// the bot does not take is answered at once. Bolt reads the canonical body from `rawBody`
// (its hook for a body read before it: HTTPModuleFunctions.bufferIncomingMessage).
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from 'node:http';
import type { z } from 'zod';
import { bodyOr413, parseJson, sendAnswer, sendJson, type Handler } from '../../http.js';
import type { Logger } from '../../logger.js';
import { cleanStrings, withinBounds } from '../../text.js';
import { COMMAND, EVENT_SHAPES, EventCallback, INTERACTION_SHAPES, shapeOf, SlashCommand, Typed, UrlVerification } from './edge-shapes.js';

const FORM = 'application/x-www-form-urlencoded';
const JSON_TYPE = 'application/json';
/** Slack's window, both ways: a request signed in the future is as suspect as an old one. */
const MAX_SKEW_SECONDS = 5 * 60;
// Real payloads (a modal of 100 blocks sent back whole) stay far below these.
const BODY_LIMIT = 1_000_000;
const BOUNDS = { depth: 32, nodes: 50_000 };
export type PayloadKind = 'command' | 'interaction' | 'event';
type Verdict =
  | { do: 'refuse'; status: 400 | 401 | 413; reason: string }
  | { do: 'answer'; body?: unknown; reason: string }
  | { do: 'forward'; kind: PayloadKind; payload: object };

const refuse = (status: 400 | 401 | 413, reason: string): Verdict => ({ do: 'refuse', status, reason });
const answer = (reason: string, body?: unknown): Verdict => ({ do: 'answer', reason, body });

export function verifySignature(headers: IncomingHttpHeaders, raw: Buffer, secret: string, nowMs: number): 'ok' | 'unsigned' | 'stale' | 'future' | 'forged' {
  const signature = headers['x-slack-signature'];
  const timestamp = headers['x-slack-request-timestamp'];
  if (typeof signature !== 'string' || typeof timestamp !== 'string' || !/^\d{1,12}$/.test(timestamp)) return 'unsigned';
  const skew = Math.floor(nowMs / 1000) - Number(timestamp);
  if (skew > MAX_SKEW_SECONDS) return 'stale';
  if (skew < -MAX_SKEW_SECONDS) return 'future';
  const expected = Buffer.from(`v0=${createHmac('sha256', secret).update(`v0:${timestamp}:`).update(raw).digest('hex')}`);
  const given = Buffer.from(signature);
  return given.length === expected.length && timingSafeEqual(given, expected) ? 'ok' : 'forged';
}

/** The value as `schema` reads it, cleaned; undefined when it is not of that shape. */
function checked<T extends object>(schema: z.ZodType<T>, value: unknown): T | undefined {
  return withinBounds(value, BOUNDS) ? schema.safeParse(cleanStrings(value)).data : undefined;
}

function fromForm(text: string): Verdict {
  const form = new URLSearchParams(text);
  const payloads = form.getAll('payload');
  if (payloads.length > 1) return refuse(400, 'form_payload_repeated');
  if (payloads.length === 1) {
    const json = parseJson(payloads[0]!);
    return json.ok ? fromInteraction(json.value) : refuse(400, 'payload_not_json');
  }
  // Repeated fields would reach Bolt as arrays where a listener expects text.
  if (new Set(form.keys()).size !== [...form.keys()].length) return refuse(400, 'form_field_repeated');
  return fromCommand(Object.fromEntries(form));
}

function fromCommand(fields: unknown): Verdict {
  const command = checked(SlashCommand, fields);
  if (!command) return refuse(400, 'command_shape');
  if (command.command !== COMMAND) return answer('command_not_taken');
  return { do: 'forward', kind: 'command', payload: command };
}

function fromInteraction(value: unknown): Verdict {
  const type = checked(Typed, value)?.type;
  if (type === undefined) return refuse(400, 'interaction_shape');
  // Slack waits for options; an empty list says "none" instead of an error in the menu.
  if (type === 'block_suggestion') return answer('options_not_taken', { options: [] });
  const shape = shapeOf(INTERACTION_SHAPES, type);
  if (!shape) return answer('interaction_not_taken');
  const payload = checked(shape, value);
  return payload ? { do: 'forward', kind: 'interaction', payload } : refuse(400, `${type}_shape`);
}

function fromEvents(value: unknown): Verdict {
  const type = checked(Typed, value)?.type;
  if (type === undefined) return refuse(400, 'events_shape');
  if (type === 'url_verification') {
    const check = checked(UrlVerification, value);
    return check ? answer('url_verification', { challenge: check.challenge }) : refuse(400, 'url_verification_shape');
  }
  if (type !== 'event_callback') return answer('envelope_not_taken');
  const callback = checked(EventCallback, value);
  if (!callback) return refuse(400, 'event_shape');
  const shape = shapeOf(EVENT_SHAPES, callback.event.type);
  if (!shape) return answer('event_not_taken');
  return shape.safeParse(callback.event).success ? { do: 'forward', kind: 'event', payload: callback } : refuse(400, 'event_shape');
}

/** The same decision for a payload from a Socket Mode envelope. */
export function judgePayload(kind: PayloadKind, payload: unknown): Verdict {
  if (kind === 'command') return fromCommand(payload);
  return kind === 'interaction' ? fromInteraction(payload) : fromEvents(payload);
}

/** The body in the exact content type Bolt's HTTPReceiver compares against. */
function forBolt(kind: PayloadKind, payload: object): { contentType: string; body: string } {
  if (kind === 'event') return { contentType: JSON_TYPE, body: JSON.stringify(payload) };
  const form = kind === 'command' ? (payload as Record<string, string>) : { payload: JSON.stringify(payload) };
  return { contentType: FORM, body: new URLSearchParams(form).toString() };
}

function judge(headers: IncomingHttpHeaders, raw: Buffer, secret: string, nowMs: number): Verdict {
  const mediaType = (headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
  const text = raw.toString('utf8');
  // Slack's TLS check comes unsigned (Bolt lets it through too) and carries nothing to act on.
  if (mediaType === FORM && new URLSearchParams(text).get('ssl_check') === '1') return answer('ssl_check');
  const signature = verifySignature(headers, raw, secret, nowMs);
  if (signature !== 'ok') return refuse(401, `signature_${signature}`);
  if (mediaType === FORM) return fromForm(text);
  if (mediaType !== JSON_TYPE) return refuse(400, 'content_type');
  const json = parseJson(text);
  return json.ok ? fromEvents(json.value) : refuse(400, 'body_not_json');
}

/** `next` is Bolt's request listener, which must not verify again (app.ts). */
export function slackEdge(next: Handler, opts: { signingSecret: string; log: Logger }): Handler {
  return async (req: IncomingMessage, res: ServerResponse) => {
    const raw = await bodyOr413(req, res, BODY_LIMIT);
    // http.ts answered 413 or 503.
    if (!raw) return void opts.log.info({ reason: 'body_not_read', status: res.statusCode }, 'slack request refused');
    const verdict = judge(req.headers, raw, opts.signingSecret, Date.now());
    if (verdict.do === 'refuse') {
      opts.log.info({ reason: verdict.reason, status: verdict.status, bytes: raw.length }, 'slack request refused');
      // Why a signature failed (stale, future, forged) is for the log, not for the caller.
      return sendJson(res, verdict.status, { error: verdict.status === 401 ? 'unauthenticated' : verdict.reason });
    }
    if (verdict.do === 'answer') {
      opts.log.debug({ reason: verdict.reason }, 'slack request answered at the edge');
      return sendAnswer(res, 200, verdict.body);
    }
    const { contentType, body } = forBolt(verdict.kind, verdict.payload);
    req.headers['content-type'] = contentType;
    await next(Object.assign(req, { rawBody: Buffer.from(body, 'utf8') }), res);
  };
}
