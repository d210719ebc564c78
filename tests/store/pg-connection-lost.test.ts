// Real Postgres only: a connection that is lost in the middle of a transaction (a server restart,
// a killed backend) fails that transaction, and the process and its other connections go on.
// Without TEST_DATABASE_URL this is skipped and the run says so.
import { afterEach, describe, expect, it } from 'vitest';
import pg from 'pg';
import { createPgDb } from '../../src/store/pg-db.js';
import type { Db } from '../../src/store/db.js';
import { describeIfPostgres, TEST_DATABASE_URL } from '../support/db.js';

describe.runIf(describeIfPostgres())('a Postgres connection lost mid-transaction', () => {
  let db: Db | undefined;
  afterEach(async () => db?.close());

  it('fails only that transaction: no unhandled error, and the next query is answered', async () => {
    db = createPgDb(TEST_DATABASE_URL!, 2);
    const killer = new pg.Client({ connectionString: TEST_DATABASE_URL });
    await killer.connect();
    const unhandled: unknown[] = [];
    const onUncaught = (error: unknown) => void unhandled.push(error);
    process.prependListener('uncaughtException', onUncaught);
    try {
      const lost = db.transaction(async (tx) => {
        const { rows } = await tx.query<{ pid: number }>('select pg_backend_pid() as pid');
        await killer.query('select pg_terminate_backend($1)', [rows[0]!.pid]);
        // Give the socket's close a turn to arrive before the next statement.
        await new Promise((resolve) => setImmediate(resolve));
        await tx.query('select 1');
      });
      await expect(lost).rejects.toThrow();
      await new Promise((resolve) => setImmediate(resolve));
      expect(unhandled).toEqual([]);
      expect((await db.query<{ one: number }>('select 1 as one')).rows).toEqual([{ one: 1 }]);
    } finally {
      process.removeListener('uncaughtException', onUncaught);
      await killer.end();
    }
  });
});
