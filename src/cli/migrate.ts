// `npm run migrate`: applies pending migrations to the configured database and exits.
import { configOrExit } from '../config.js';
import { migrate } from '../store/migrate.js';
import { openDb } from '../store/open-db.js';

const config = configOrExit();
const db = await openDb(config.database);
try {
  const applied = await migrate(db);
  console.log(applied.length ? `applied: ${applied.join(', ')}` : 'nothing to apply');
} finally {
  await db.close();
}
