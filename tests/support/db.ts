// Test databases: embedded PGlite always; real Postgres too when TEST_DATABASE_URL is set.
// Each real-Postgres database is a fresh schema, dropped afterwards, so files never share rows.
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { readFile, rename, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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

/**
 * Where the migrated template's data dir is kept between test files and runs. initdb in WASM is
 * most of a file's start (8.9 s of 9.1 s measured on a busy 2-core machine; loading a dump
 * took 2.5 s), so it runs once per set of migrations and PGlite version, not once per file.
 */
function templateDumpPath(): string {
  const migrations = new URL('../../migrations/', import.meta.url);
  const hash = createHash('sha256').update(readFileSync(new URL('../../node_modules/@electric-sql/pglite/package.json', import.meta.url)));
  for (const file of readdirSync(migrations).sort()) hash.update(file).update(readFileSync(new URL(file, migrations)));
  return join(tmpdir(), `leerlijn-pglite-template-${hash.digest('hex').slice(0, 16)}.tar.gz`);
}

async function migratedTemplate(): Promise<PGlite> {
  const path = templateDumpPath();
  if (existsSync(path)) return PGlite.create({ loadDataDir: new Blob([await readFile(path)]) });
  const pglite = await PGlite.create('memory://');
  await migrate(pgliteDb(pglite));
  // Written aside and renamed: a test file starting at the same moment never reads half a dump.
  const partial = `${path}.${process.pid}.${randomBytes(4).toString('hex')}`;
  await writeFile(partial, Buffer.from(await (await pglite.dumpDataDir('gzip')).arrayBuffer()));
  await rename(partial, path);
  return pglite;
}

export async function pgliteTestDb(): Promise<TestDb> {
  template ??= migratedTemplate();
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
