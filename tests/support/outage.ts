// A database that does not answer: every statement fails as when the server is gone, until restored.
import type { Db } from '../../src/store/db.js';

/** Makes `db` fail every statement and transaction; returns what puts it back. */
export function databaseDown(db: Db): () => void {
  const { query, transaction } = db;
  const down = async (): Promise<never> => {
    throw Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' });
  };
  Object.assign(db, { query: down, transaction: down });
  return () => void Object.assign(db, { query, transaction });
}
