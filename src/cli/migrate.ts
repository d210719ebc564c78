// `npm run migrate`: applies pending migrations to the configured database and exits.
import { configOrExit } from '../config.js';
import { databaseUsed } from '../start-summary.js';
import { exitOnStartFailure } from '../start-failure.js';
import { migrate } from '../store/migrate.js';
import { openDb } from '../store/open-db.js';

const config = configOrExit();
// An embedded data dir in use by the bot is refused here with the bot's pid (exit 78); a
// Postgres that cannot be reached or refuses is named in one line (start-failure.ts).
const db = await openDb(config.database).catch((error: unknown) => exitOnStartFailure('migrate', error));
try {
  const applied = await migrate(db);
  console.log(`${databaseUsed(config)}: ${applied.length ? `applied ${applied.join(', ')}` : 'nothing to apply'}`);
} catch (error) {
  await db.close().catch(() => undefined);
  exitOnStartFailure('migrate', error);
} finally {
  await db.close();
}
