import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { healthRoute } from '../src/health.js';
import type { Db } from '../src/store/db.js';
import { loadConfig } from '../src/config.js';
import { createLogger } from '../src/logger.js';
import { startBot } from '../src/server.js';
import { pgliteTestDb } from './support/db.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

describe('the HTTP server', () => {
  it('answers /healthz with 200 and the database kind, 404 elsewhere', async () => {
    const t = await pgliteTestDb();
    const bot = await startBot(loadConfig({ PORT: '0', HOST: '127.0.0.1' }), createLogger('silent'), { db: t.db });
    try {
      const health = await fetch(`http://127.0.0.1:${bot.port}/healthz`);
      expect(health.status).toBe(200);
      expect(await health.json()).toEqual({ status: 'ok', database: 'pglite' });
      expect((await fetch(`http://127.0.0.1:${bot.port}/nothing`)).status).toBe(404);
    } finally {
      await bot.close();
      await t.drop();
    }
  });

  it('answers 503 when the database is gone', async () => {
    const t = await pgliteTestDb();
    const bot = await startBot(loadConfig({ PORT: '0', HOST: '127.0.0.1' }), createLogger('silent'), { db: t.db });
    try {
      await t.db.close();
      const health = await fetch(`http://127.0.0.1:${bot.port}/healthz`);
      expect(health.status).toBe(503);
    } finally {
      await bot.close();
    }
  });

  // A first start creates the embedded database in a child process: seconds on a busy machine.
  it('npm start with no env serves /healthz and stops cleanly on SIGTERM', { timeout: 120_000 }, async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'leerlijn-'));
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      // JSON lines, as a log collector reads them (a terminal would get readable lines).
      env: { PATH: process.env.PATH, PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: 'info', LOG_FORMAT: 'json' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    try {
      const port = await new Promise<number>((resolve, reject) => {
        child.stdout.on('data', (chunk: Buffer) => {
          out += chunk.toString();
          const match = /"port":(\d+).*"msg":"leerlijn-bot running at /.exec(out);
          if (match) resolve(Number(match[1]));
        });
        child.once('exit', (code) => reject(new Error(`exited early with ${code}: ${out}`)));
      });
      expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);
      // The operator reads what is off, and why, in the start log.
      expect(out).toContain('Slack adapter off: set SLACK_BOT_TOKEN');
      expect(out).toContain('MICROSOFT_APP_ID is not set: Teams requests are NOT authenticated');
      const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
    } finally {
      child.kill('SIGKILL');
      await rm(dataDir, { recursive: true, force: true });
    }
  });

  it('answers 503 when the database hangs instead of failing', async () => {
    vi.useFakeTimers();
    try {
      const hanging = { kind: 'postgres', query: () => new Promise<never>(() => undefined) } as unknown as Db;
      const route = healthRoute(hanging, createLogger('silent'), 2_000);
      const res = { status: 0, writeHead(s: number) { this.status = s; }, end: () => undefined };
      const answered = route.handler({} as IncomingMessage, res as unknown as ServerResponse);
      await vi.advanceTimersByTimeAsync(1_999);
      expect(res.status).toBe(0);
      await vi.advanceTimersByTimeAsync(1);
      await answered;
      expect(res.status).toBe(503);
    } finally {
      vi.useRealTimers();
    }
  });
});

/** Runs an entry point in `cwd` with only the given environment; its exit code and stderr. */
async function runEntry(script: string, env: Record<string, string>, cwd = process.cwd()): Promise<{ code: number | null; err: string }> {
  // tsx by path: from another working directory, a bare 'tsx' would not resolve.
  const tsx = pathToFileURL(join(ROOT, 'node_modules/tsx/dist/loader.mjs')).href;
  const child = spawn(process.execPath, ['--import', tsx, join(ROOT, script)], { cwd, env: { PATH: process.env.PATH, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let err = '';
  child.stderr.on('data', (c: Buffer) => (err += c.toString()));
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  return { code, err };
}

// Each child compiles and loads its entry point's modules (tsx) before it reads its settings:
// seconds, and more beside another test file.
describe('the entry points', { timeout: 90_000 }, () => {
  it.each(['src/main.ts', 'src/cli/migrate.ts', 'src/cli/tick.ts'])('%s refuses a bad setting with exit 78 and names it', async (script) => {
    const { code, err } = await runEntry(script, { PORT: 'eighty' });
    expect(code).toBe(78);
    expect(err).toContain('PORT');
    expect(err).not.toContain('    at '); // a message for the operator, not a stack trace
  });

  it('reads .env from the working directory, without overriding what is set', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'leerlijn-env-'));
    try {
      await writeFile(join(dir, '.env'), 'PORT=eighty\nDEFAULT_LANG=xx\n');
      const fromFile = await runEntry('src/main.ts', {}, dir);
      expect(fromFile.code).toBe(78);
      expect(fromFile.err).toContain('PORT');
      // PORT set in the environment wins over the file; DEFAULT_LANG still comes from it.
      const overridden = await runEntry('src/main.ts', { PORT: '0' }, dir);
      expect(overridden.code).toBe(78);
      expect(overridden.err).not.toContain('PORT');
      expect(overridden.err).toContain('DEFAULT_LANG');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('refuses a .env it cannot read with exit 78 and says so, not a stack trace naming ENOENT', async () => {
    // As a .env of root's with mode 600 is to the bot's user (docs/running.md keeps settings that way);
    // a folder fails the same read, also for a test run as root.
    const dir = await mkdtemp(join(tmpdir(), 'leerlijn-env-'));
    try {
      await mkdir(join(dir, '.env'));
      const { code, err } = await runEntry('src/main.ts', { PORT: '0' }, dir);
      expect(err.trim()).toMatch(/^Invalid configuration:\n  - \.env: this process \(user [^)]+\) cannot read it: give it to the bot's user/);
      expect(err).not.toContain('    at ');
      expect(code).toBe(78);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
