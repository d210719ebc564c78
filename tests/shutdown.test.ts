// Draining as a load balancer and a user in the middle of a click see it, and what signals do.
import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.js';
import { sendJson } from '../src/http.js';
import { startBot, type Adapter, type AdapterFactory } from '../src/server.js';
import { exitOnSignals } from '../src/shutdown.js';
import { pgliteTestDb } from './support/db.js';
import { capturedLog, type LogLine } from './support/log-lines.js';

function deferred<T = void>() {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
}

/** An adapter whose POST /slow holds each request until the test lets it go. */
function heldAdapter() {
  const started = deferred();
  const release = deferred();
  const events: string[] = [];
  const state = { ok: true, detail: 'socket connected' };
  const adapter: Adapter = {
    name: 'stub',
    routes: [{ method: 'POST', path: '/slow', handler: async (_req, res) => {
      started.resolve();
      await release.promise;
      events.push('request finished');
      sendJson(res, 200, { ok: true });
    } }],
    ready: () => state,
    stop: async () => void events.push('adapter stopped'),
  };
  const factory: AdapterFactory = async () => adapter;
  return { factory, started: started.promise, release: release.resolve, events, state };
}

async function startWithHeld(drainTimeoutMs?: number) {
  const t = await pgliteTestDb();
  const held = heldAdapter();
  const { lines, log } = capturedLog();
  const config = loadConfig({ PORT: '0', HOST: '127.0.0.1', SCHEDULER_ENABLED: 'false' });
  const bot = await startBot(config, log, { db: t.db, adapters: [held.factory], drainTimeoutMs });
  const url = (path: string) => `http://127.0.0.1:${bot.port}${path}`;
  return { t, held, lines, bot, url };
}

describe('probes', () => {
  it('/readyz is 200 when database and adapters are ready, 503 naming what is not', async () => {
    const { t, held, bot, url } = await startWithHeld();
    try {
      expect((await fetch(url('/livez'))).status).toBe(200);
      const ready = await fetch(url('/readyz'));
      expect([ready.status, await ready.json()]).toEqual([200, { status: 'ok', database: 'pglite' }]);

      held.state.ok = false;
      const socketDown = await fetch(url('/readyz'));
      expect([socketDown.status, await socketDown.json()]).toEqual([503, { status: 'unavailable', notReady: ['stub'] }]);

      held.state.ok = true;
      await t.db.close();
      const dbDown = await fetch(url('/readyz'));
      expect([dbDown.status, await dbDown.json()]).toEqual([503, { status: 'unavailable', notReady: ['database'] }]);
      expect((await fetch(url('/livez'))).status).toBe(200); // alive, just not ready
      expect((await fetch(url('/healthz'))).status).toBe(503);
    } finally {
      await bot.close();
    }
  });
});

describe('draining', () => {
  it('a request in flight finishes; meanwhile /readyz is 503 and new work is refused', async () => {
    const { t, held, lines, bot, url } = await startWithHeld();
    try {
      const inFlight = fetch(url('/slow'), { method: 'POST' });
      await held.started;
      let closed = false;
      const closing = bot.close().then(() => void (closed = true));

      const ready = await fetch(url('/readyz'));
      expect([ready.status, await ready.json()]).toEqual([503, { status: 'draining' }]);
      expect((await fetch(url('/livez'))).status).toBe(200);
      const refused = await fetch(url('/slow'), { method: 'POST' });
      expect([refused.status, await refused.json()]).toEqual([503, { error: 'shutting_down' }]);
      expect(closed).toBe(false);

      held.release();
      expect((await inFlight).status).toBe(200);
      await closing;
      expect(held.events).toEqual(['request finished', 'adapter stopped']);
      expect(lines).toContainEqual(expect.objectContaining({ msg: 'waiting for requests in flight', requests: 1 }));
      await expect(fetch(url('/livez'))).rejects.toThrow(); // no longer listening
    } finally {
      held.release();
      await bot.close();
      await t.drop();
    }
  });

  it('a request that outlives the drain timeout is cut and shutdown goes on', async () => {
    const { t, held, lines, bot, url } = await startWithHeld(50);
    try {
      const inFlight = fetch(url('/slow'), { method: 'POST' });
      await held.started;
      await bot.close();
      await expect(inFlight).rejects.toThrow();
      expect(held.events).toEqual(['adapter stopped']);
      expect(lines.map((l) => l.msg)).toContain('requests still open after the drain timeout were cut');
    } finally {
      held.release();
      await t.drop();
    }
  });
});

describe('signals', () => {
  function harness() {
    const signals = new EventEmitter();
    const closing = deferred();
    const exits: number[] = [];
    let clock = 0;
    const { lines, log } = capturedLog();
    exitOnSignals({ signals, log, close: () => closing.promise, exit: (code) => void exits.push(code), now: () => clock });
    return { signals, closing, exits, lines, advance: (ms: number) => void (clock += ms) };
  }
  const shuttingDown = (lines: readonly LogLine[]) => lines.filter((l) => l.msg === 'shutting down').length;

  it('the first signal drains and exits 0; its echo from npm is ignored', async () => {
    const h = harness();
    h.signals.emit('SIGINT');
    h.advance(5);
    h.signals.emit('SIGINT'); // npm forwards the terminal's Ctrl-C once more
    expect(h.exits).toEqual([]);
    expect(shuttingDown(h.lines)).toBe(1);
    h.closing.resolve();
    await h.closing.promise;
    await Promise.resolve();
    expect(h.exits).toEqual([0]);
  });

  it('a second signal later exits at once, without waiting for the drain', () => {
    const h = harness();
    h.signals.emit('SIGTERM');
    h.advance(1_000);
    h.signals.emit('SIGTERM');
    expect(h.exits).toEqual([143]);
    expect(shuttingDown(h.lines)).toBe(1);
  });

  it('a failed shutdown exits 1 and says so', async () => {
    const h = harness();
    h.signals.emit('SIGTERM');
    h.closing.reject(new Error('database would not close'));
    await h.closing.promise.catch(() => undefined);
    await Promise.resolve();
    expect(h.exits).toEqual([1]);
    expect(h.lines.map((l) => l.msg)).toContain('shutdown failed');
  });
});
