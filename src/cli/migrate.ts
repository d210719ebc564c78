// `npm run migrate`: applies pending migrations to the configured database and exits.
import { pathToFileURL } from 'node:url';
import { configOrExit } from '../config.js';
import { databaseUsed } from '../start-summary.js';
import { exitOnStartFailure } from '../start-failure.js';
import type { Db } from '../store/db.js';
import { migrate, newerMigrations } from '../store/migrate.js';
import { openDb } from '../store/open-db.js';

/**
 * Applies what is pending and prints it; 1 when the database holds migrations a newer version
 * made (someone went back without restoring the backup), which the start names too (server.ts).
 */
export async function migrateAndReport(db: Db, where: string, print: { out: (line: string) => void; err: (line: string) => void }): Promise<number> {
  const applied = await migrate(db);
  print.out(`${where}: ${applied.length ? `applied ${applied.join(', ')}` : 'nothing to apply'}`);
  const unknown = await newerMigrations(db);
  if (!unknown.length) return 0;
  print.err(`the database was migrated by a newer leerlijn-bot (${unknown.join(', ')}): start that version again, or restore the backup made before the upgrade (docs/running.md, Upgrading)`);
  return 1;
}

async function main(): Promise<number> {
  const config = configOrExit();
  // An embedded data dir in use by the bot is refused here with the bot's pid (exit 78); a
  // Postgres that cannot be reached or refuses is named in one line (start-failure.ts).
  const db = await openDb(config.database);
  try {
    return await migrateAndReport(db, databaseUsed(config), { out: (l) => console.log(l), err: (l) => console.error(l) });
  } finally {
    await db.close().catch(() => undefined);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().then(
    (code) => process.exit(code),
    (error: unknown) => exitOnStartFailure('migrate', error),
  );
}
