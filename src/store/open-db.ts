import type { Config } from '../config.js';
import type { Db } from './db.js';
import { createPgDb } from './pg-db.js';
import { createPgliteDb } from './pglite-db.js';

export async function openDb(database: Config['database']): Promise<Db> {
  return database.kind === 'postgres' ? createPgDb(database.url, database.poolSize) : createPgliteDb(database.dataDir);
}
