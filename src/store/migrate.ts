// Plain numbered SQL files, each applied in one transaction and recorded. An advisory
// lock makes a second process wait and then find the work done.
import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Db } from './db.js';

const MIGRATIONS_DIR = fileURLToPath(new URL('../../migrations/', import.meta.url));
// Any fixed number works; it only has to be the same for every process of this app.
const MIGRATION_LOCK = 7_243_001;
// A migration may rewrite a whole table, and a second process waits here for the first's: longer
// than a statement of the running bot may take, still bounded so a database gone silent fails the start.
const MIGRATION_STATEMENT_LIMIT_MS = 10 * 60_000;

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export async function loadMigrations(dir = MIGRATIONS_DIR): Promise<Migration[]> {
  const files = (await readdir(dir)).filter((f) => /^\d{4}_[\w-]+\.sql$/.test(f)).sort();
  return Promise.all(
    files.map(async (file) => ({
      version: Number(file.slice(0, 4)),
      name: file.replace(/\.sql$/, ''),
      sql: await readFile(`${dir}/${file}`, 'utf8'),
    })),
  );
}

/**
 * Applies what is missing, each file in its own transaction; returns the names applied. What the
 * database already records is skipped without taking the lock: a start on a migrated database
 * makes two small reads instead of a locked transaction per file (0.2 to 0.6 s on the embedded database
 * on a busy 2-core machine, at every start and in every test that starts the bot; now about 20 ms).
 * What looks missing is checked again under the lock.
 */
export async function migrate(db: Db, migrations?: Migration[]): Promise<string[]> {
  const all = migrations ?? (await loadMigrations());
  const { pending } = await pendingMigrations(db, all);
  const names: string[] = [];
  for (const m of all.filter((x) => pending.includes(x.name))) {
    const applied = await db.transaction(async (tx) => {
      await tx.query('select pg_advisory_xact_lock($1::bigint)', [MIGRATION_LOCK]);
      await tx.exec(`create table if not exists schema_migrations (
        version int primary key,
        name text not null,
        applied_at timestamptz not null default now()
      )`);
      const done = await tx.query('select 1 from schema_migrations where version = $1::int', [m.version]);
      if (done.rowCount > 0) return false;
      await tx.exec(m.sql);
      await tx.query('insert into schema_migrations (version, name) values ($1::int, $2::text)', [m.version, m.name]);
      return true;
    }, { statementLimitMs: MIGRATION_STATEMENT_LIMIT_MS });
    if (applied) names.push(m.name);
  }
  return names;
}

/**
 * Migrations the database has that `known` lacks: a newer version migrated it, and this one
 * was started on it without restoring the backup. Nothing here undoes them.
 */
export async function newerMigrations(db: Db, known?: Migration[]): Promise<string[]> {
  const all = known ?? (await loadMigrations());
  const latest = Math.max(0, ...all.map((m) => m.version));
  const { rows } = await db.query<{ name: string }>('select name from schema_migrations where version > $1::int order by version', [latest]);
  return rows.map((r) => r.name);
}

/** Migrations `known` has that the database lacks, all of them where it has no tables yet; nothing is applied. */
export async function pendingMigrations(db: Db, known?: Migration[]): Promise<{ tables: boolean; pending: string[] }> {
  const all = known ?? (await loadMigrations());
  const { rows: table } = await db.query<{ found: string | null }>("select to_regclass('schema_migrations')::text as found");
  if (!table[0]?.found) return { tables: false, pending: all.map((m) => m.name) };
  const { rows } = await db.query<{ version: number }>('select version from schema_migrations');
  const applied = new Set(rows.map((r) => Number(r.version)));
  return { tables: true, pending: all.filter((m) => !applied.has(m.version)).map((m) => m.name) };
}
