import type { Config } from '../config.js';
import type { Db } from './db.js';

/**
 * Opens the configured database. Each driver is loaded only when it is used: the embedded
 * one (PGlite) costs a Postgres deployment start time and memory for nothing, and pg the other way round.
 */
export async function openDb(database: Config['database']): Promise<Db> {
  if (database.kind === 'postgres') {
    const { createPgDb } = await import('./pg-db.js');
    return createPgDb(database.url, database.poolSize);
  }
  const { createPgliteDb } = await import('./pglite-db.js');
  return createPgliteDb(database.dataDir);
}
