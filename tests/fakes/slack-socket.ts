// Slack's Socket Mode side of the fake, on the fake Web API's own port: apps.connections.open
// hands out a ws://127.0.0.1 URL with a one-time ticket; on connect the fake says `hello`,
// then sends envelopes and records each ack (with its payload). Like Slack, it expects the
// ack within 3 s: a later or missing ack fails the send. It can ask the app to reconnect
// (`disconnect`) or drop the connection without a word, as a network outage would.
import type http from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import { z } from 'zod';

export type EnvelopeType = 'slash_commands' | 'interactive' | 'events_api';
export type Json = Record<string, unknown>;

export interface RecordedAck { envelopeId: string; type: string; payload: Json; afterMs: number }

/** Slack's limit for an ack; after it the user sees a timeout. */
export const ACK_DEADLINE_MS = 3000;

const AckMessage = z.object({ envelope_id: z.string(), payload: z.record(z.string(), z.unknown()).optional() });

interface Waiting { type: string; sentAt: number; resolve(ack: RecordedAck): void; reject(error: Error): void; timer: NodeJS.Timeout }

export class FakeSocketMode {
  readonly acks: RecordedAck[] = [];
  /** How many connections got their `hello`: one more after every reconnect. */
  connections = 0;
  private readonly wss = new WebSocketServer({ noServer: true });
  private readonly tickets = new Set<string>();
  private readonly waiting = new Map<string, Waiting>();
  private readonly connectionWaiters: Array<{ count: number; resolve(): void }> = [];
  private current: WebSocket | undefined;
  private seq = 0;
  /** Connections still to be taken without a word (withholdHello). */
  private unGreeted = 0;

  constructor(private readonly base: () => string) {}

  /** What apps.connections.open answers: a fresh URL that works once. */
  openUrl(): string {
    const ticket = `ticket-${++this.seq}`;
    this.tickets.add(ticket);
    return `${this.base().replace(/^http/, 'ws')}/socket/link/?ticket=${ticket}`;
  }

  /** The HTTP server's `upgrade` event: only a URL handed out by apps.connections.open connects. */
  upgrade(req: http.IncomingMessage, socket: Duplex, head: Buffer): void {
    const url = new URL(req.url ?? '/', this.base());
    const ticket = url.searchParams.get('ticket') ?? '';
    if (url.pathname !== '/socket/link/' || !this.tickets.delete(ticket)) {
      socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
      return;
    }
    this.wss.handleUpgrade(req, socket, head, (ws) => this.accept(ws));
  }

  private accept(ws: WebSocket): void {
    if (this.unGreeted > 0) {
      this.unGreeted -= 1;
      return; // open, answering pings (ws does), and never a word: the app must give up on it itself
    }
    this.current = ws;
    ws.on('message', (data) => this.onAck(String(data)));
    ws.on('close', () => {
      if (this.current === ws) this.current = undefined;
    });
    ws.send(JSON.stringify({ type: 'hello', num_connections: 1, debug_info: { host: 'fake-slack', approximate_connection_time: 3600 }, connection_info: { app_id: 'A0FAKEAPP' } }));
    this.connections += 1;
    for (const w of this.connectionWaiters.filter((x) => x.count <= this.connections)) {
      this.connectionWaiters.splice(this.connectionWaiters.indexOf(w), 1);
      w.resolve();
    }
  }

  private onAck(raw: string): void {
    const parsed = AckMessage.safeParse(JSON.parse(raw));
    if (!parsed.success) throw new Error(`fake socket: not an ack: ${raw.slice(0, 200)}`);
    const w = this.waiting.get(parsed.data.envelope_id);
    if (!w) throw new Error(`fake socket: ack for an unknown or expired envelope ${parsed.data.envelope_id}`);
    this.waiting.delete(parsed.data.envelope_id);
    clearTimeout(w.timer);
    const ack = { envelopeId: parsed.data.envelope_id, type: w.type, payload: parsed.data.payload ?? {}, afterMs: Date.now() - w.sentAt };
    this.acks.push(ack);
    w.resolve(ack);
  }

  /** Resolves once `count` connections have been greeted (default: one more than now). */
  connected(count = this.connections + 1): Promise<void> {
    if (this.connections >= count && this.current) return Promise.resolve();
    return new Promise((resolve) => this.connectionWaiters.push({ count, resolve }));
  }

  /** Sends one envelope on the open connection (waiting for one if the app is reconnecting). */
  async send(type: EnvelopeType, payload: Json, acceptsResponsePayload = type !== 'events_api'): Promise<RecordedAck> {
    return this.sendEnvelope(type, payload, acceptsResponsePayload);
  }

  /**
   * An envelope as a careless or hostile sender would make it: any type, any payload (null,
   * a string). Resolves with its ack; a missing ack fails like a real one.
   */
  async sendEnvelope(type: string, payload: unknown, acceptsResponsePayload = type !== 'events_api'): Promise<RecordedAck> {
    if (!this.current) await this.connected(this.connections + 1);
    const ws = this.current;
    if (!ws) throw new Error('fake socket: no connection');
    const envelopeId = `env-${++this.seq}`;
    const ack = new Promise<RecordedAck>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiting.delete(envelopeId);
        reject(new Error(`fake socket: no ack for ${type} ${envelopeId} within ${ACK_DEADLINE_MS} ms`));
      }, ACK_DEADLINE_MS);
      this.waiting.set(envelopeId, { type, sentAt: Date.now(), resolve, reject, timer });
    });
    ws.send(JSON.stringify({ envelope_id: envelopeId, type, payload, accepts_response_payload: acceptsResponsePayload, ...(type === 'events_api' ? { retry_attempt: 0, retry_reason: '' } : {}) }));
    return ack;
  }

  /** Any text as one WebSocket message, with no ack expected (there is no envelope id to answer). */
  sendText(text: string): void {
    if (!this.current) throw new Error('fake socket: no connection');
    this.current.send(text);
  }

  /** The next `times` connections are opened and then never greeted with `hello`, as a stalled Slack (or a proxy in between) would. */
  withholdHello(times = 1): void {
    this.unGreeted += times;
  }

  /** Slack's `disconnect` message; resolves when the app has connected again. */
  async askToReconnect(reason: 'refresh_requested' | 'warning' = 'refresh_requested'): Promise<void> {
    const again = this.connected(this.connections + 1);
    this.current?.send(JSON.stringify({ type: 'disconnect', reason, debug_info: { host: 'fake-slack' } }));
    await again;
  }

  /** The connection vanishes (no close frame); resolves when the app has connected again. */
  async drop(): Promise<void> {
    const again = this.connected(this.connections + 1);
    this.current?.terminate();
    await again;
  }

  close(): void {
    for (const w of this.waiting.values()) clearTimeout(w.timer);
    for (const client of this.wss.clients) client.terminate();
    this.wss.close();
  }
}
