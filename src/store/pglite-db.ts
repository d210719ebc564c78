import { mkdir } from 'node:fs/promises';
import { PGlite, types, type Transaction } from '@electric-sql/pglite';
import { lockDataDir } from './data-dir-lock.js';
import type { Db, Queryable, QueryResult, SqlParam } from './db.js';

type Target = Pick<PGlite, 'query' | 'exec'> | Pick<Transaction, 'query' | 'exec'>;

const parsers = {
  // Same as the pg Pool: dates stay 'YYYY-MM-DD' strings.
  [types.DATE]: (value: string) => value,
};

function wrap(target: Target): Queryable {
  return {
    async query<T>(sql: string, params: readonly SqlParam[] = []): Promise<QueryResult<T>> {
      const result = await target.query<T>(sql, params as unknown[], { parsers });
      return { rows: result.rows, rowCount: Math.max(result.affectedRows ?? 0, result.rows.length) };
    },
    async exec(sql: string): Promise<void> {
      await target.exec(sql);
    },
  };
}

/**
 * Embedded Postgres (WASM) in `dataDir`, or in memory when dataDir is 'memory://'. A data dir
 * is locked for this process until close(); another process's open throws DataDirInUseError.
 */
export async function createPgliteDb(dataDir: string): Promise<Db> {
  if (dataDir.startsWith('memory://')) return pgliteDb(await PGlite.create(dataDir));
  await mkdir(dataDir, { recursive: true });
  const lock = await lockDataDir(dataDir);
  try {
    return pgliteDb(await PGlite.create(dataDir), () => lock.release());
  } catch (error) {
    await lock.release();
    throw error;
  }
}

export function pgliteDb(pglite: PGlite, afterClose?: () => Promise<void>): Db {
  const base = wrap(pglite);
  return {
    kind: 'pglite',
    query: base.query,
    exec: base.exec,
    transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T> {
      return pglite.transaction((tx) => fn(wrap(tx)));
    },
    async close(): Promise<void> {
      try {
        await pglite.close();
      } finally {
        await afterClose?.();
      }
    },
  };
}
