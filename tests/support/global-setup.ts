// Once per `vitest run`: names the run, so a worker can keep real-Postgres schemas that tests gave
// back for its next test (tests/support/pg-test-db.ts), and drops the ones still kept at the end.
// Other runs on the same server (CI jobs, a second checkout) keep theirs: only this run's prefix goes.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { POOLED_SCHEMA_RUN, pooledPrefix, TEST_DATABASE_URL } from './pg-test-db.js';

export default function setup(): () => Promise<void> {
  // Each project may run this too: the first run's name is the one the workers get.
  const run = (process.env[POOLED_SCHEMA_RUN] ??= randomBytes(6).toString('hex'));
  return async () => {
    if (!TEST_DATABASE_URL) return;
    const c = new pg.Client({ connectionString: TEST_DATABASE_URL });
    await c.connect();
    try {
      const { rows } = await c.query<{ name: string }>(`select nspname as name from pg_namespace where starts_with(nspname, $1)`, [pooledPrefix(run)]);
      for (const { name } of rows) await c.query(`drop schema ${name} cascade`);
    } finally {
      await c.end();
    }
  };
}
