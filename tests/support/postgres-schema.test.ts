// A test's own Postgres schema is dropped also when the test failed with a connection still busy.
import { describe, expect, it } from 'vitest';
import pg from 'pg';
import { describeIfPostgres, postgresTestDb, TEST_DATABASE_URL, withSearchPath } from './db.js';

async function schemaExists(schema: string): Promise<boolean> {
  const c = new pg.Client({ connectionString: TEST_DATABASE_URL });
  await c.connect();
  try {
    return (await c.query('select 1 from pg_namespace where nspname = $1', [schema])).rowCount === 1;
  } finally {
    await c.end();
  }
}

describe.runIf(describeIfPostgres())('a test database on real Postgres', () => {
  it('is dropped when a failed test left a transaction open on it', async () => {
    const t = await postgresTestDb(2);
    const schema = (await t.db.query<{ s: string }>('select current_schema() as s')).rows[0]!.s;
    // What a test that timed out mid-transaction leaves behind: a connection holding a lock in the schema.
    const left = new pg.Client({ connectionString: withSearchPath(TEST_DATABASE_URL!, schema) });
    left.on('error', () => undefined);
    await left.connect();
    await left.query('begin');
    await left.query('select count(*) from leerlijnen');
    await t.drop();
    expect(await schemaExists(schema)).toBe(false);
  }, 15_000);
});
