import pg from 'pg';
import type { Db, Queryable, QueryOptions, QueryResult, SqlParam } from './db.js';

// Dates come back as strings ('YYYY-MM-DD') so a due date never shifts by a timezone.
pg.types.setTypeParser(pg.types.builtins.DATE, (value: string) => value);

function wrap(client: pg.Pool | pg.PoolClient): Queryable {
  return {
    async query<T>(sql: string, params: readonly SqlParam[] = [], opts: QueryOptions = {}): Promise<QueryResult<T>> {
      const values = params as unknown[];
      const result = opts.prepareAs ? await client.query({ name: opts.prepareAs, text: sql, values }) : await client.query(sql, values);
      return { rows: result.rows as T[], rowCount: result.rowCount ?? 0 };
    },
    async exec(sql: string): Promise<void> {
      await client.query(sql);
    },
  };
}

export function createPgDb(url: string, poolSize = 10): Db {
  // A server that accepts but never answers must fail a connect, not hang it (and /healthz).
  const pool = new pg.Pool({ connectionString: url, max: poolSize, connectionTimeoutMillis: 10_000 });
  // An idle client that errors (server restart) must not crash the process.
  pool.on('error', () => undefined);
  const base = wrap(pool);
  return {
    kind: 'postgres',
    query: base.query,
    exec: base.exec,
    async transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T> {
      const client = await pool.connect();
      // While checked out, a client has no listener of the pool's: a connection lost mid-transaction
      // (a server restart, a killed backend) would be an unhandled 'error' and end the process.
      // The transaction's statement fails instead, and the client is discarded, not pooled again.
      let lost: Error | undefined;
      const onLost = (error: Error): void => void (lost = error);
      client.on('error', onLost);
      try {
        await client.query('begin');
        const result = await fn(wrap(client));
        await client.query('commit');
        return result;
      } catch (error) {
        await client.query('rollback').catch(() => undefined);
        throw error;
      } finally {
        client.off('error', onLost);
        client.release(lost);
      }
    },
    async close(): Promise<void> {
      await pool.end();
    },
  };
}
