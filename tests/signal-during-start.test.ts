// systemd sent SIGTERM while the bot was still starting (the embedded database and Slack's
// socket take seconds): the log said 'shutting down' and then 'leerlijn-bot running at …', the
// port opened and the scheduler started, and only then did it stop. Once shutting down begins,
// the start goes no further: it closes what it opened, says nothing about running, and exits 0.
import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.js';
import { runUntilSignals } from '../src/run.js';
import type { AdapterFactory } from '../src/server.js';
import { pgliteTestDb } from './support/db.js';
import { capturedLog } from './support/log-lines.js';

/** What a start under test is signalled through, and what it logs and exits with. */
function startWatch() {
  const signals = new EventEmitter();
  let exited!: (code: number) => void;
  const exitCode = new Promise<number>((resolve) => (exited = resolve));
  return { signals, exited, exitCode, ...capturedLog() };
}

describe('a signal during the start', () => {
  it('stops the start where it is: no "running at", no port, no scheduler, exit 0', async () => {
    const t = await pgliteTestDb();
    try {
      let connect!: () => void;
      const connected = new Promise<void>((resolve) => (connect = resolve));
      let connecting!: () => void;
      const connectingStarted = new Promise<void>((resolve) => (connecting = resolve));
      const events: string[] = [];
      // Slack's socket still connecting when the signal comes.
      const slowAdapter: AdapterFactory = async () => {
        connecting();
        await connected;
        return { name: 'slack', routes: [], stop: async () => void events.push('slack stopped') };
      };
      const { signals, exited, exitCode, lines, log } = startWatch();
      const config = loadConfig({ PORT: '0', HOST: '127.0.0.1', SCHEDULER_ENABLED: 'true' });
      const starting = runUntilSignals(config, log, { db: t.db, adapters: [slowAdapter], signals, exit: exited });
      await connectingStarted;
      signals.emit('SIGTERM');
      connect();
      const bot = await starting;
      expect(await exitCode).toBe(0);
      const said = lines.map((l) => l.msg ?? '');
      expect(said).toContain('shutting down');
      expect(said.filter((m) => m.includes('running at'))).toEqual([]);
      expect(said).not.toContain('scheduler');
      expect(bot.port).toBe(0);
      expect(events).toEqual(['slack stopped']);
    } finally {
      await t.drop();
    }
  });

  it('a signal before the database is ready: Slack is not even connected', async () => {
    const t = await pgliteTestDb();
    try {
      const built: string[] = [];
      const slack: AdapterFactory = async () => (built.push('slack'), { name: 'slack', routes: [] });
      const { signals, exited, exitCode, lines, log } = startWatch();
      const config = loadConfig({ PORT: '0', HOST: '127.0.0.1', SCHEDULER_ENABLED: 'false' });
      const starting = runUntilSignals(config, log, { db: t.db, adapters: [slack], signals, exit: exited });
      signals.emit('SIGTERM');
      await starting;
      expect(await exitCode).toBe(0);
      expect(built).toEqual([]);
      expect(lines.map((l) => l.msg ?? '').filter((m) => m.includes('running at'))).toEqual([]);
    } finally {
      await t.drop();
    }
  });
});
