// Real Postgres only: a statement the database does not answer fails within a limit instead of
// holding its caller (the scheduler's tick, an inbound request) for the ~15 minutes TCP takes to
// give up on a split network. The limits are parameters, small here. Without TEST_DATABASE_URL
// this is skipped and the run says so.
import { randomBytes } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import pg from 'pg';
import { migrate } from '../../src/store/migrate.js';
import { createPgDb } from '../../src/store/pg-db.js';
import type { Db, Queryable } from '../../src/store/db.js';
import { describeIfPostgres, TEST_DATABASE_URL, withSearchPath } from '../support/db.js';
import { silentProxy, type SilentProxy } from '../support/silent-proxy.js';

const LIMITS = { statementMs: 300, answerMs: 1_000 };

async function timed(work: Promise<unknown>): Promise<{ error: unknown; ms: number }> {
  const t0 = performance.now();
  const error = await work.then(
    () => undefined,
    (e: unknown) => e,
  );
  return { error, ms: performance.now() - t0 };
}

describe.runIf(describeIfPostgres())('Postgres time limits', () => {
  let db: Db | undefined;
  let proxy: SilentProxy | undefined;
  afterEach(async () => {
    await proxy?.close();
    await db?.close();
    db = proxy = undefined;
  });

  it('a statement to a database gone silent fails within the answer limit; once it speaks again the next is answered', async () => {
    proxy = await silentProxy(TEST_DATABASE_URL!);
    db = createPgDb(proxy.url, 2, LIMITS);
    await db.query('select 1');
    proxy.goSilent();
    const { error, ms } = await timed(db.query('select 1'));
    expect(error).toBeInstanceOf(Error);
    expect(ms).toBeGreaterThanOrEqual(LIMITS.answerMs - 50);
    expect(ms).toBeLessThan(LIMITS.answerMs + 1_500);
    proxy.speakAgain();
    expect((await db.query<{ one: number }>('select 1 as one')).rows).toEqual([{ one: 1 }]);
  }, 10_000);

  it('a transaction whose database goes silent fails within one answer limit, not a second one for the rollback', async () => {
    proxy = await silentProxy(TEST_DATABASE_URL!);
    db = createPgDb(proxy.url, 1, LIMITS);
    const silenced = proxy;
    const { error, ms } = await timed(
      db.transaction(async (tx) => {
        await tx.query('select 1');
        silenced.goSilent();
        await tx.query('select 2');
      }),
    );
    expect(error).toBeInstanceOf(Error);
    expect(ms).toBeLessThan(LIMITS.answerMs * 1.8);
    proxy.speakAgain();
    // The pool's one connection was the silent one: it is not handed out again.
    expect(await db.transaction(async (tx) => (await tx.query<{ one: number }>('select 1 as one')).rows)).toEqual([{ one: 1 }]);
  }, 10_000);

  it('a statement the database takes too long over is cancelled by the server; its transaction rolls back and the connection serves the next', async () => {
    db = createPgDb(TEST_DATABASE_URL!, 1, LIMITS);
    const pid = (tx: Queryable) => tx.query<{ pid: number }>('select pg_backend_pid() as pid').then((r) => r.rows[0]!.pid);
    const before = await db.transaction(pid);
    const { error, ms } = await timed(db.transaction((tx) => tx.query('select pg_sleep(5)')));
    expect(error).toMatchObject({ code: '57014' }); // query_canceled: statement_timeout
    expect(ms).toBeLessThan(LIMITS.answerMs);
    expect(await db.transaction(pid)).toBe(before);
  }, 10_000);

  it('a migration may run longer than a statement may', async () => {
    const schema = `t_${randomBytes(6).toString('hex')}`;
    const admin = new pg.Client({ connectionString: TEST_DATABASE_URL });
    await admin.connect();
    await admin.query(`create schema ${schema}`);
    try {
      db = createPgDb(withSearchPath(TEST_DATABASE_URL!, schema), 1, LIMITS);
      const slow = { version: 1, name: '0001_slow', sql: 'select pg_sleep(1.5); create table slow (id int)' };
      expect(await migrate(db, [slow])).toEqual(['0001_slow']);
    } finally {
      await db?.close();
      db = undefined;
      await admin.query(`drop schema ${schema} cascade`);
      await admin.end();
    }
  }, 10_000);
});
