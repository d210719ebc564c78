// Real-Postgres test databases: each test its own schema, under a name of its own, so tests never
// share rows. A schema a test gave back cleanly is emptied and renamed for the next test in the
// same worker instead of being dropped: creating and migrating one (fifteen DDL transactions
// behind one advisory lock that all workers share) took about 1 s on a busy 2-core machine,
// emptying and renaming one a few milliseconds.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { Db } from '../../src/store/db.js';
import { migrate } from '../../src/store/migrate.js';
import { createPgDb } from '../../src/store/pg-db.js';

export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL;

/**
 * Set by tests/support/global-setup.ts for one `vitest run`; its teardown drops the schemas
 * still pooled under it. Outside vitest (the benches) nothing is pooled: schemas are dropped.
 */
export const POOLED_SCHEMA_RUN = 'LEERLIJN_TEST_RUN';

/** The prefix of the schemas pooled by a run: the teardown drops `${prefix}%`. */
export function pooledPrefix(run: string): string {
  return `tpool_${run}_`;
}

export interface PgTestDb {
  db: Db;
  drop(): Promise<void>;
}

/** Connections to a test's schema, named after it so dropping it can end the ones still open. */
export function withSearchPath(url: string, schema: string): string {
  const u = new URL(url);
  u.searchParams.set('options', `-c search_path=${schema}`);
  u.searchParams.set('application_name', schema);
  return u.toString();
}

/** How long a test database's pool may take to close before its connections are ended for it. */
const CLOSE_WAIT_MS = 1_000;

/** Emptied schemas of TEST_DATABASE_URL, migrated, ready for the next test in this worker. */
const emptied: string[] = [];

/**
 * The schema as migrating left it, read in a session whose search_path is that schema:
 * relations, columns, functions, triggers, constraints and the migrations recorded. A test that
 * changed any of it (dropped the schema and migrated again by hand, added a trigger) leaves a
 * schema that is not reused unless it came out the same.
 */
const SCHEMA_PRINT = `select md5(string_agg(x, ',' order by x)) as print from (
    select 'r:' || relname::text || relkind::text from pg_class where relnamespace = current_schema()::regnamespace
    union all select 'c:' || table_name::text || '.' || column_name::text || data_type::text || coalesce(column_default::text, '') from information_schema.columns where table_schema = current_schema()
    union all select 'f:' || oid::regprocedure::text || md5(prosrc) from pg_proc where pronamespace = current_schema()::regnamespace
    union all select 't:' || tgname::text || tgrelid::regclass::text from pg_trigger t join pg_class c on c.oid = t.tgrelid where not tgisinternal and c.relnamespace = current_schema()::regnamespace
    union all select 'k:' || conname::text || pg_get_constraintdef(oid) from pg_constraint where connamespace = current_schema()::regnamespace
    union all select 'm:' || count(*)::text from schema_migrations
  ) s(x)`;

/** The print of a schema fresh from migrate() in this worker: what a pooled one must match. */
let migratedPrint: string | null = null;

async function printOf(query: (sql: string) => Promise<{ rows: Array<{ print: string }> }>): Promise<string> {
  return (await query(SCHEMA_PRINT)).rows[0]!.print;
}

/** Empties `schema` as after migrating (rows and sequences) and renames it into the pool; null when it is not as migrated. */
async function emptyIntoPool(c: pg.Client, schema: string, run: string): Promise<string | null> {
  try {
    await c.query('begin');
    await c.query(`set local search_path = ${schema}`);
    if (migratedPrint === null || (await printOf((sql) => c.query(sql))) !== migratedPrint) {
      await c.query('rollback');
      return null;
    }
    // Deleted rather than truncated: a truncate makes new files for every table and index (about
    // 0.2 s, most of giving a schema back); replica skips the foreign keys' and app's triggers.
    const { rows } = await c.query<{ name: string }>(
      `select quote_ident(table_name) as name from information_schema.tables
        where table_schema = current_schema() and table_type = 'BASE TABLE' and table_name <> 'schema_migrations'`,
    );
    await c.query('set local session_replication_role = replica');
    await c.query(rows.map((r) => `delete from ${r.name};`).join(' '));
    await c.query(`select setval(format('%I.%I', schemaname, sequencename)::regclass, start_value, false) from pg_sequences where schemaname = current_schema()`);
    const pooled = `${pooledPrefix(run)}${randomBytes(6).toString('hex')}`;
    await c.query(`alter schema ${schema} rename to ${pooled}`);
    await c.query('commit');
    return pooled;
  } catch {
    await c.query('rollback').catch(() => undefined);
    return null;
  }
}

/**
 * Ends the pool, then gives the schema back. A test that failed mid-transaction never gives its
 * client back, so the pool's end waits forever and the open transaction's lock blocks the drop:
 * after a short wait its connections are ended from outside, and the schema goes all the same.
 * Only a schema nothing was left running on, and still as migrated, goes into the pool.
 */
async function giveBack(db: Db, url: string, schema: string, run: string | undefined): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const closedInTime = await Promise.race([db.close().then(() => true), new Promise<false>((r) => (timer = setTimeout(() => r(false), CLOSE_WAIT_MS)))]);
  clearTimeout(timer);
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    const ended = await c.query('select pg_terminate_backend(pid) from pg_stat_activity where application_name = $1', [schema]);
    const pooled = run && closedInTime && ended.rowCount === 0 ? await emptyIntoPool(c, schema, run) : null;
    if (pooled) emptied.push(pooled);
    else await c.query(`drop schema ${schema} cascade`);
  } finally {
    await c.end();
  }
}

/** Pools only TEST_DATABASE_URL's schemas, in a run whose teardown drops what is left. */
function poolingRun(url: string): string | undefined {
  return url === TEST_DATABASE_URL ? process.env[POOLED_SCHEMA_RUN] : undefined;
}

export async function postgresTestDb(poolSize = 10, url = TEST_DATABASE_URL): Promise<PgTestDb> {
  if (!url) throw new Error('TEST_DATABASE_URL is not set');
  const run = poolingRun(url);
  const schema = `t_${randomBytes(6).toString('hex')}`;
  const reused = run ? emptied.pop() : undefined;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(reused ? `alter schema ${reused} rename to ${schema}` : `create schema ${schema}`);
  await admin.end();
  const db = createPgDb(withSearchPath(url, schema), poolSize);
  if (!reused) {
    await migrate(db);
    if (run) migratedPrint ??= await printOf((sql) => db.query<{ print: string }>(sql));
  }
  return { db, drop: () => giveBack(db, url, schema, run) };
}
