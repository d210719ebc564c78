// Socket Mode envelopes get edge.ts's checks before Bolt: the client hands them on unchecked (a
// null `events_api` payload is an unhandled rejection). A malformed one is still acknowledged, so
// Slack does not send it again.
import type { SocketModeReceiver } from '@slack/bolt';
import { z } from 'zod';
import { parseJson } from '../../http.js';
import type { Logger } from '../../logger.js';
import { judgePayload, type PayloadKind } from './edge.js';

const KINDS: Readonly<Record<string, PayloadKind>> = { slash_commands: 'command', interactive: 'interaction', events_api: 'event' };
/** Messages of the connection itself, read by the client, not by Bolt. */
const CONNECTION_MESSAGES = new Set(['hello', 'disconnect']);
const Envelope = z.looseObject({ type: z.string().max(64), envelope_id: z.string().min(1).max(200).optional(), payload: z.unknown().optional() });
type EnvelopeVerdict =
  | { do: 'pass'; message: string }
  /** refused: malformed; otherwise a kind the bot does not take. */
  | { do: 'ack'; envelopeId: string; reason: string; refused: boolean; body?: unknown }
  | { do: 'drop'; reason: string };

export function judgeEnvelope(text: string): EnvelopeVerdict {
  const json = parseJson(text);
  const envelope = Envelope.safeParse(json.ok ? json.value : undefined);
  if (!envelope.success) return { do: 'drop', reason: 'envelope_shape' };
  const { type, envelope_id: envelopeId } = envelope.data;
  if (CONNECTION_MESSAGES.has(type)) return { do: 'pass', message: text };
  // Nothing to acknowledge: Slack never sends such an envelope.
  if (envelopeId === undefined) return { do: 'drop', reason: 'envelope_id_missing' };
  const kind = KINDS[type];
  if (!kind) return { do: 'ack', envelopeId, reason: 'envelope_not_taken', refused: false };
  const verdict = judgePayload(kind, envelope.data.payload);
  if (verdict.do === 'refuse') return { do: 'ack', envelopeId, reason: verdict.reason, refused: true };
  if (verdict.do === 'answer') return { do: 'ack', envelopeId, reason: verdict.reason, refused: false, body: verdict.body };
  return { do: 'pass', message: JSON.stringify({ ...envelope.data, payload: verdict.payload }) };
}

type MessageListener = (data: unknown, isBinary: boolean) => unknown;
// The client's send() is typed private, but is the one way to answer an envelope it never sees.
type Acknowledging = { send(envelopeId: string, body?: unknown): Promise<void> };

function textOf(data: unknown): string {
  if (typeof data === 'string') return data;
  if (Buffer.isBuffer(data)) return data.toString('utf8');
  return data instanceof ArrayBuffer ? Buffer.from(data).toString('utf8') : '';
}

/** Puts judgeEnvelope before the client's own 'ws_message' listeners. */
export function guardEnvelopes(client: SocketModeReceiver['client'], log: Logger): void {
  const handlers = client.listeners('ws_message') as MessageListener[];
  client.removeAllListeners('ws_message');
  const run = async (data: unknown, isBinary: boolean): Promise<void> => {
    if (isBinary) return; // as the client itself does
    const verdict = judgeEnvelope(textOf(data));
    if (verdict.do === 'pass') {
      for (const handle of handlers) await handle(verdict.message, false);
      return;
    }
    if (verdict.do === 'drop') return void log.info({ reason: verdict.reason }, 'slack envelope dropped');
    if (verdict.refused) log.info({ reason: verdict.reason }, 'slack envelope refused');
    else log.debug({ reason: verdict.reason }, 'slack envelope answered at the edge');
    await (client as unknown as Acknowledging).send(verdict.envelopeId, verdict.body ?? {});
  };
  client.on('ws_message', (data: unknown, isBinary: boolean) => {
    run(data, isBinary).catch((error: unknown) => log.warn({ err: error }, 'slack envelope could not be handled'));
  });
}
