import { describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.js';
import { createLogger, errorForLog } from '../src/logger.js';
import { startBot } from '../src/server.js';
import { startSummary } from '../src/start-summary.js';
import { pgliteTestDb } from './support/db.js';

function capture(): { lines: string[]; write: (s: string) => void } {
  const lines: string[] = [];
  return { lines, write: (s: string) => void lines.push(s) };
}

describe('logging', () => {
  it('keeps an error to its type, code and message: no row data that may hold user text', () => {
    const pgError = Object.assign(new Error('new row for relation "notes" violates check constraint'), {
      code: '23514',
      detail: 'Failing row contains (Mijn leerling Sam ...)',
    });
    const out = capture();
    createLogger('info', out).error({ err: pgError }, 'store failed');
    expect(out.lines.join('')).toContain('23514');
    expect(out.lines.join('')).not.toContain('Sam');
    expect(errorForLog('not an error')).toEqual({ type: 'string' });
  });

  it('cuts a long message, and the stack does not bring the whole message back', () => {
    const long = new Error(`could not save: ${'x'.repeat(400)}Sam's private note`);
    const logged = errorForLog(long);
    expect(String(logged.message)).toHaveLength(300);
    expect(JSON.stringify(logged)).not.toContain('private note');
    expect(String(logged.stack)).toMatch(/^\s+at /);
  });

  it('redacts tokens and secrets', () => {
    const out = capture();
    createLogger('info', out).info({ slack: { botToken: 'xoxb-secret', signingSecret: 'shh' }, headers: { authorization: 'Bearer abc' } }, 'config');
    const text = out.lines.join('');
    expect(text).toContain('[redacted]');
    for (const secret of ['xoxb-secret', 'shh', 'Bearer abc']) expect(text).not.toContain(secret);
  });

  it('writes one readable line per entry in pretty format, still redacted', () => {
    const out = capture();
    createLogger('info', out, 'pretty').info({ slack: { botToken: 'xoxb-secret' }, leerlijnen: 3 }, 'scheduler ready');
    expect(out.lines).toHaveLength(1);
    const line = out.lines[0] ?? '';
    expect(line).toMatch(/^\[\d{2}:\d{2}:\d{2}\] INFO: scheduler ready/);
    expect(line).toContain('leerlijnen');
    expect(line).not.toContain('xoxb-secret');
    expect(line.trimEnd().split('\n')).toHaveLength(1);
    expect(() => JSON.parse(line)).toThrow();
  });

  it('writes JSON lines by default, for machines', () => {
    const out = capture();
    createLogger('info', out).info({ leerlijnen: 3 }, 'scheduler ready');
    expect(JSON.parse(out.lines[0] ?? '')).toMatchObject({ level: 30, msg: 'scheduler ready', leerlijnen: 3 });
  });
});

describe('the start summary', () => {
  it('names URL, database, Slack mode and Teams auth, and never a password', () => {
    const config = loadConfig({
      PORT: '8080', DATABASE_URL: 'postgres://bot:geheim@db.school.lan:5432/leerlijn',
      SLACK_APP_TOKEN: 'xapp-1-A-1-x', SLACK_BOT_TOKEN: 'xoxb-1', MICROSOFT_APP_ID: 'app', MICROSOFT_APP_PASSWORD: 'pw', MICROSOFT_APP_TENANT_ID: 't',
    });
    const { line } = startSummary(config, 8080);
    expect(line).toBe('leerlijn-bot running at http://localhost:8080 · database postgres (db.school.lan:5432) · Slack socket · Teams auth on · scheduler on · ended leerlijnen kept 365 days');
    expect(line).not.toContain('geheim');
    expect(startSummary(loadConfig({ HOST: '127.0.0.1' }), 3000).line).toBe('leerlijn-bot running at http://127.0.0.1:3000 · database embedded (.data) · Slack off · Teams auth off · scheduler on · ended leerlijnen kept 365 days');
  });

  it('says whether this process sends the reminders and how long ended leerlijnen are kept (RETENTION_DAYS)', () => {
    const tail = (env: Record<string, string>) => startSummary(loadConfig(env), 3000).line.split(' · ').slice(-2).join(' · ');
    expect(tail({ RETENTION_DAYS: '90' })).toBe('scheduler on · ended leerlijnen kept 90 days');
    expect(tail({ RETENTION_DAYS: 'off' })).toBe('scheduler on · ended leerlijnen kept until deleted');
    // Off here, the reminders and the deletions wait for an external `npm run tick`.
    expect(tail({ SCHEDULER_ENABLED: 'false', DATABASE_URL: 'postgres://u@127.0.0.1:5432/x' })).toBe('scheduler off (npm run tick) · ended leerlijnen kept 365 days');
  });

  it('is the last line the start logs', async () => {
    const t = await pgliteTestDb();
    const out = capture();
    const bot = await startBot(loadConfig({ PORT: '0', HOST: '127.0.0.1', SCHEDULER_ENABLED: 'false' }), createLogger('info', out), { db: t.db });
    try {
      const last = JSON.parse(out.lines.at(-1) ?? '{}') as { msg?: string };
      expect(last.msg).toBe(`leerlijn-bot running at http://127.0.0.1:${bot.port} · database embedded (.data) · Slack off · Teams auth off · scheduler off (npm run tick) · ended leerlijnen kept 365 days`);
    } finally {
      await bot.close();
      await t.drop();
    }
  });
});
