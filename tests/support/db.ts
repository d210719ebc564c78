// Test databases: embedded PGlite always; real Postgres too when TEST_DATABASE_URL is set.
// Each real-Postgres database is a schema of its own (tests/support/pg-test-db.ts), so files never share rows.
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { readFile, rename, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Db } from '../../src/store/db.js';
import { migrate } from '../../src/store/migrate.js';
import { PGlite } from '@electric-sql/pglite';
import { pgliteDb } from '../../src/store/pglite-db.js';
import { postgresTestDb, TEST_DATABASE_URL } from './pg-test-db.js';

export { postgresTestDb, TEST_DATABASE_URL, withSearchPath } from './pg-test-db.js';

export interface TestDb {
  db: Db;
  drop(): Promise<void>;
}

/**
 * The migrated template as its gzipped dump, read once per process: each new test database is
 * loaded from it. No template instance is kept to clone(): clone() dumps an instance and loads
 * that, so keeping one would cost each fresh worker (each alone-project file is one) a second
 * PGlite start for its first database.
 */
let dump: Promise<Buffer> | null = null;

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

async function migratedDump(): Promise<Buffer> {
  const path = templateDumpPath();
  if (existsSync(path)) return readFile(path);
  const pglite = await PGlite.create('memory://');
  await migrate(pgliteDb(pglite));
  const bytes = Buffer.from(await (await pglite.dumpDataDir('gzip')).arrayBuffer());
  await pglite.close();
  // Written aside and renamed: a test file starting at the same moment never reads half a dump.
  const partial = `${path}.${process.pid}.${randomBytes(4).toString('hex')}`;
  await writeFile(partial, bytes);
  await rename(partial, path);
  return bytes;
}

const migratedBytes = (): Promise<Buffer> => (dump ??= migratedDump());

/** A migrated instance no test has used. */
const freshMigrated = async (): Promise<PGlite> => PGlite.create({ loadDataDir: new Blob([await migratedBytes()]) });

/**
 * Fills the empty directory `dir` with the migrated template, for code that opens its own embedded
 * database in a DATA_DIR (the tick CLI). Loading the dump took 2.5 s where a new data dir's initdb
 * and migrating took 13 s (measured on a busy 2-core machine).
 */
export async function migratedDataDir(dir: string): Promise<void> {
  const pglite = await PGlite.create(dir, { loadDataDir: new Blob([await migratedBytes()]) });
  await pglite.close();
}

/**
 * Migrated instances that a finished test gave back, emptied, for the next test in this worker:
 * a new one starts a WASM Postgres and loads the dump (1.5 to 2.7 s measured on a busy 2-core
 * machine, more than most tests take), emptying one takes a few milliseconds.
 */
const emptied: PGlite[] = [];
/** How long a closed test database may still be busy before its instance is not reused. */
const SETTLE_MS = 5_000;

/** The tables a test may fill: every table but the migrations' own record. */
async function tablesOf(pglite: PGlite): Promise<string[]> {
  const { rows } = await pglite.query<{ name: string }>(
    `select quote_ident(table_name) as name from information_schema.tables
      where table_schema = 'public' and table_type = 'BASE TABLE' and table_name <> 'schema_migrations'`,
  );
  return rows.map((r) => r.name);
}

/**
 * The schema as migrating left it: relations, columns, functions, triggers, constraints and the
 * migrations recorded. A test that changed any of it (a trigger to make a write fail) leaves an
 * instance that is not reused.
 */
const SCHEMA_PRINT = `select md5(string_agg(x, ',' order by x)) as print from (
    select 'r:' || relname::text || relkind::text from pg_class where relnamespace = 'public'::regnamespace
    union all select 'c:' || relname::text || '.' || attname::text || format_type(atttypid, atttypmod) || coalesce(pg_get_expr(adbin, adrelid), '')
      from pg_attribute join pg_class on pg_class.oid = attrelid left join pg_attrdef on adrelid = attrelid and adnum = attnum
      where relnamespace = 'public'::regnamespace and attnum > 0 and not attisdropped
    union all select 'f:' || oid::regprocedure::text || md5(prosrc) from pg_proc where pronamespace = 'public'::regnamespace
    union all select 't:' || tgname::text || tgrelid::regclass::text from pg_trigger where not tgisinternal
    union all select 'k:' || conname::text || pg_get_constraintdef(oid) from pg_constraint where connamespace = 'public'::regnamespace
    union all select 'm:' || count(*)::text from schema_migrations
  ) s(x)`;
async function schemaPrint(pglite: PGlite): Promise<string> {
  return (await pglite.query<{ print: string }>(SCHEMA_PRINT)).rows[0]!.print;
}

/** Read once from a fresh instance: an instance with the same schema print has the same tables. */
let templateShape: Promise<{ print: string; emptyAll: string }> | null = null;

/**
 * Every table emptied and every sequence restarted. Deleted rather than truncated: a truncate makes
 * new files for every table and index (0.15 to 0.9 s a test on a busy 2-core machine, deleting a
 * test's rows 2 to 80 ms); replica skips the foreign keys' triggers, so the order does not matter.
 */
const emptyAllOf = (tables: string[]): string => `reset all; begin; set local session_replication_role = replica;
  ${tables.map((t) => `delete from ${t};`).join(' ')}
  select setval(format('%I.%I', schemaname, sequencename)::regclass, start_value, false) from pg_sequences where schemaname = 'public';
  commit`;

async function shapeOf(pglite: PGlite): Promise<{ print: string; emptyAll: string }> {
  return { print: await schemaPrint(pglite), emptyAll: emptyAllOf(await tablesOf(pglite)) };
}

/** Empty again, as after migrating; false when it is not (then it is closed instead). */
async function empty(pglite: PGlite): Promise<boolean> {
  try {
    const shape = await templateShape!;
    if ((await schemaPrint(pglite)) !== shape.print) return false;
    await pglite.exec(shape.emptyAll);
    return true;
  } catch {
    return false;
  }
}

/**
 * A test's database on a pooled instance. Closing it is final for the test (later queries fail
 * as on a closed PGlite, so work a test left running cannot write into the next test's data);
 * once what was under way has settled, the instance is emptied and pooled.
 */
function lease(pglite: PGlite): Db {
  const inner = pgliteDb(pglite);
  const running = new Set<Promise<unknown>>();
  let closing: Promise<void> | null = null;
  const guard = <T>(run: () => Promise<T>): Promise<T> => {
    if (closing) return Promise.reject(new Error('PGlite is closed'));
    const p = run();
    running.add(p);
    void p.finally(() => running.delete(p)).catch(() => undefined);
    return p;
  };
  const giveBack = async (): Promise<void> => {
    const settled = Promise.allSettled([...running]).then(() => true);
    const inTime = await Promise.race([settled, new Promise<false>((r) => setTimeout(() => r(false), SETTLE_MS).unref())]);
    if (inTime && (await empty(pglite))) emptied.push(pglite);
    else await pglite.close();
  };
  return {
    kind: 'pglite',
    query: (sql, params) => guard(() => inner.query(sql, params)),
    exec: (sql) => guard(() => inner.exec(sql)),
    transaction: (fn) => guard(() => inner.transaction(fn)),
    close: () => (closing ??= giveBack()),
  };
}

export async function pgliteTestDb(): Promise<TestDb> {
  let pglite = emptied.pop();
  if (!pglite) {
    pglite = await freshMigrated();
    // Read before the first lease, while it is still as migrating left it.
    await (templateShape ??= shapeOf(pglite));
  }
  const db = lease(pglite);
  return { db, drop: () => db.close() };
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
