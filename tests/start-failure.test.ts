// A start that fails on something the IT person can fix that is no setting (the port is taken,
// Postgres cannot be reached or refuses) says what and where in one plain line, naming the
// variable to check, instead of a stack trace; never with the password of DATABASE_URL.
import { spawn } from 'node:child_process';
import net from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { startProblem } from '../src/start-failure.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

/** A TCP port on 127.0.0.1 that nothing listens on (taken, then given back). */
async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as net.AddressInfo).port;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** The error Node gives a second listener on a port in use. */
async function portInUseError(): Promise<unknown> {
  const first = net.createServer();
  await new Promise<void>((resolve) => first.listen(0, '127.0.0.1', resolve));
  const port = (first.address() as net.AddressInfo).port;
  const second = net.createServer();
  try {
    return await new Promise((resolve) => {
      second.once('error', resolve);
      second.listen(port, '127.0.0.1');
    });
  } finally {
    await new Promise((resolve) => first.close(resolve));
  }
}

/** The error pg gives a query against `url`. */
async function pgError(url: string, sql = 'select 1'): Promise<unknown> {
  const pool = new pg.Pool({ connectionString: url, connectionTimeoutMillis: 5_000 });
  try {
    await pool.query(sql);
    return undefined;
  } catch (error) {
    return error;
  } finally {
    await pool.end();
  }
}

describe('what a failed start tells the IT person', () => {
  it('a port in use: which port, and PORT to change', async () => {
    const problem = startProblem(await portInUseError());
    expect(problem).toMatch(/^port \d+ on 127\.0\.0\.1 is in use by another process/);
    expect(problem).toContain('PORT');
  });

  it('Postgres not listening: where it looked, and DATABASE_URL to check, without the password', async () => {
    const port = await closedPort();
    const problem = startProblem(await pgError(`postgres://bot:geheim-wachtwoord@127.0.0.1:${port}/leerlijn`));
    expect(problem).toContain(`127.0.0.1:${port}`);
    expect(problem).toContain('DATABASE_URL');
    expect(problem).not.toContain('geheim');
  });

  it.skipIf(!process.env.TEST_DATABASE_URL)('a database that does not exist: its name, and DATABASE_URL to check', async () => {
    const url = new URL(process.env.TEST_DATABASE_URL!);
    url.pathname = '/leerlijn_none_such';
    const problem = startProblem(await pgError(url.toString()));
    expect(problem).toContain('"leerlijn_none_such" does not exist');
    expect(problem).toContain('DATABASE_URL');
  });

  it.skipIf(!process.env.TEST_DATABASE_URL)('a user that may not use the tables (made by another user): the refusal, and DATABASE_URL to check', async () => {
    const admin = new pg.Pool({ connectionString: process.env.TEST_DATABASE_URL });
    const role = `leerlijn_not_owner_${process.pid}`;
    await admin.query(`create role ${role} login`);
    try {
      const url = new URL(process.env.TEST_DATABASE_URL!);
      url.username = role;
      url.password = '';
      const problem = startProblem(await pgError(url.toString(), 'select * from pg_authid'));
      expect(problem).toBe('the database refused the bot: permission denied for table pg_authid; check the user, password and database name in DATABASE_URL (docs/running.md, step 2)');
    } finally {
      await admin.query(`drop role ${role}`);
      await admin.end();
    }
  });

  it('anything else is not dressed up as one of these', () => {
    expect(startProblem(new Error('boom'))).toBeUndefined();
    expect(startProblem(undefined)).toBeUndefined();
  });

  it.each([
    ['npm start', 'src/main.ts', 'leerlijn-bot'],
    ['npm run migrate', 'src/cli/migrate.ts', 'migrate'],
  ])('%s against a Postgres that is not there: one plain line, no stack, exit 1 (a service manager tries again)', { timeout: 60_000 }, async (_command, entry, what) => {
    const port = await closedPort();
    const bot = spawn(process.execPath, ['--import', 'tsx', entry], {
      cwd: ROOT,
      env: { PATH: process.env.PATH, HOME: process.env.HOME, PORT: '0', HOST: '127.0.0.1', DATABASE_URL: `postgres://bot:geheim@127.0.0.1:${port}/leerlijn` },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let text = '';
    for (const stream of [bot.stdout, bot.stderr]) stream.on('data', (chunk: Buffer) => void (text += chunk.toString()));
    expect(await new Promise((resolve) => bot.once('exit', resolve))).toBe(1);
    expect(text).toContain(`${what} cannot start: cannot reach the database at 127.0.0.1:${port}`);
    expect(text).not.toMatch(/^\s+at /m);
    expect(text).not.toContain('geheim');
  });
});
