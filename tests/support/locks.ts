// Real Postgres only: orderings forced with locks held by a second connection, and waits that
// end on what the server reports (a session waiting for that connection), never on a timer.
import pg from 'pg';
import type { Queryable } from '../../src/store/db.js';
import { TEST_DATABASE_URL, withSearchPath } from './db.js';

/**
 * Resolves once some session waits for a lock `holder` holds: the work under test is stuck
 * behind it. Only waits on this holder count: other tests share the server.
 */
export async function someoneWaitsFor(holder: pg.Client): Promise<void> {
  for (;;) {
    const { rows } = await holder.query<{ n: number }>(
      `select count(*)::int as n from pg_locks where not granted and pg_backend_pid() = any(pg_blocking_pids(pid))`,
    );
    if (rows[0]!.n > 0) return;
    await new Promise((r) => setImmediate(r));
  }
}

/** Fails if `work` ends before it waits for a lock `holder` holds; resolves once it waits. */
export async function waitsForLock(holder: pg.Client, work: Promise<unknown>): Promise<void> {
  const endedFirst = work.then(
    () => Promise.reject(new Error('finished without waiting for the lock')),
    (e: unknown) => Promise.reject(new Error(`failed without waiting for the lock: ${String(e)}`)),
  );
  endedFirst.catch(() => undefined); // settles later, once the lock is let go: no error then
  await Promise.race([someoneWaitsFor(holder), endedFirst]);
}

/** A second connection to the test's own schema, for holding locks in its own transaction. */
export async function secondConnection(db: Queryable): Promise<pg.Client> {
  const schema = (await db.query<{ s: string }>('select current_schema() as s')).rows[0]!.s;
  const client = new pg.Client({ connectionString: withSearchPath(TEST_DATABASE_URL!, schema) });
  await client.connect();
  return client;
}
