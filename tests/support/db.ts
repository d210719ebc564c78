// Test databases: embedded PGlite always; real Postgres too when TEST_DATABASE_URL is set.
// Each real-Postgres database is a fresh schema, dropped afterwards, so files never share rows.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { Db } from '../../src/store/db.js';
import { migrate } from '../../src/store/migrate.js';
import { createPgDb } from '../../src/store/pg-db.js';
import { PGlite } from '@electric-sql/pglite';
import { pgliteDb } from '../../src/store/pglite-db.js';

export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL;

export interface TestDb {
  db: Db;
  drop(): Promise<void>;
}

// Starting PGlite and migrating takes seconds; clone one migrated template per test file.
let template: Promise<PGlite> | null = null;

export async function pgliteTestDb(): Promise<TestDb> {
  template ??= (async () => {
    const pglite = await PGlite.create('memory://');
    await migrate(pgliteDb(pglite));
    return pglite;
  })();
  const db = pgliteDb((await (await template).clone()) as PGlite);
  return { db, drop: () => db.close() };
}

export function withSearchPath(url: string, schema: string): string {
  const u = new URL(url);
  u.searchParams.set('options', `-c search_path=${schema}`);
  return u.toString();
}

export async function postgresTestDb(poolSize = 10, url = TEST_DATABASE_URL): Promise<TestDb> {
  if (!url) throw new Error('TEST_DATABASE_URL is not set');
  const schema = `t_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create schema ${schema}`);
  await admin.end();
  const db = createPgDb(withSearchPath(url, schema), poolSize);
  await migrate(db);
  return {
    db,
    async drop() {
      await db.close();
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      await c.query(`drop schema ${schema} cascade`);
      await c.end();
    },
  };
}

/** The backends a store test runs on, with a line in the output for the one skipped. */
export function backends(): Array<{ name: string; open: () => Promise<TestDb> }> {
  const list = [{ name: 'pglite', open: pgliteTestDb }];
  if (TEST_DATABASE_URL) list.push({ name: 'postgres', open: () => postgresTestDb() });
  return list;
}

export function describeIfPostgres(): boolean {
  if (!TEST_DATABASE_URL) {
    // Said out loud so a green run without a server never hides what did not run.
    console.warn('[tests] TEST_DATABASE_URL not set: real-Postgres concurrency tests are skipped');
    return false;
  }
  return true;
}
