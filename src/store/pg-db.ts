import pg from 'pg';
import type { Db, Queryable, QueryOptions, QueryResult, SqlParam, TransactionOptions } from './db.js';

// Dates come back as strings ('YYYY-MM-DD') so a due date never shifts by a timezone.
pg.types.setTypeParser(pg.types.builtins.DATE, (value: string) => value);

/**
 * How long a statement may hold its caller (the scheduler's tick, which skips while one runs, or
 * an inbound request). The bot's statements take milliseconds; its longest, an export's reads,
 * well under a second.
 */
export interface PgTimeLimits {
  /**
   * The server cancels a statement running longer (statement_timeout): a clean error, and the
   * server stops the work (and lets go of its locks), which a client that only stops waiting does not make it do.
   */
  statementMs: number;
  /**
   * The client stops waiting for an answer after this long and drops the connection: a database
   * gone silent (a network split) otherwise holds the caller for the ~15 minutes TCP takes to
   * give up. Longer than statementMs, so a server that is there cancels first.
   */
  answerMs: number;
}

export const PG_TIME_LIMITS: PgTimeLimits = { statementMs: 30_000, answerMs: 35_000 };

// pg's message when query_timeout passes without an answer (it sets no code).
const NO_ANSWER = 'Query read timeout';

interface Wrapped extends Queryable {
  /** Whether a statement went unanswered: the connection is then still waiting and of no more use. */
  unanswered(): boolean;
}

function wrap(client: pg.Pool | pg.PoolClient, answerMs?: number): Wrapped {
  let silent = false;
  const run = async (config: pg.QueryConfig): Promise<pg.QueryResult> => {
    try {
      // pg reads a query's own query_timeout (its types do not list it).
      return await client.query(answerMs ? ({ ...config, query_timeout: answerMs } as pg.QueryConfig) : config);
    } catch (error) {
      if (error instanceof Error && error.message === NO_ANSWER) silent = true;
      throw error;
    }
  };
  return {
    async query<T>(sql: string, params: readonly SqlParam[] = [], opts: QueryOptions = {}): Promise<QueryResult<T>> {
      const result = await run({ name: opts.prepareAs, text: sql, values: params as unknown[] });
      return { rows: result.rows as T[], rowCount: result.rowCount ?? 0 };
    },
    async exec(sql: string): Promise<void> {
      await run({ text: sql });
    },
    unanswered: () => silent,
  };
}

export function createPgDb(url: string, poolSize = 10, limits: PgTimeLimits = PG_TIME_LIMITS): Db {
  const pool = new pg.Pool({
    connectionString: url,
    max: poolSize,
    // A server that accepts but never answers must fail a connect, not hang it (and /healthz).
    connectionTimeoutMillis: 10_000,
    statement_timeout: limits.statementMs,
    query_timeout: limits.answerMs,
    // TCP keepalives, so the OS finds out a host that is gone without waiting for our next statement
    // (its own probe timing applies, minutes on Linux); idle clients are closed after 10 s anyway.
    keepAlive: true,
    keepAliveInitialDelayMillis: 10_000,
  });
  // An idle client that errors (server restart) must not crash the process.
  pool.on('error', () => undefined);
  const base = wrap(pool);
  return {
    kind: 'postgres',
    query: base.query,
    exec: base.exec,
    transaction: (fn, opts) => inTransaction(pool, limits, fn, opts),
    async close(): Promise<void> {
      await pool.end();
    },
  };
}

async function inTransaction<T>(pool: pg.Pool, limits: PgTimeLimits, fn: (tx: Queryable) => Promise<T>, opts: TransactionOptions = {}): Promise<T> {
  const client = await pool.connect();
  // While checked out, a client has no listener of the pool's: a connection lost mid-transaction
  // (a server restart, a killed backend) would be an unhandled 'error' and end the process.
  // The transaction's statement fails instead, and the client is discarded, not pooled again.
  let lost: Error | undefined;
  const onLost = (error: Error): void => void (lost = error);
  client.on('error', onLost);
  const statementMs = opts.statementLimitMs ?? limits.statementMs;
  const tx = wrap(client, statementMs + limits.answerMs - limits.statementMs);
  try {
    await tx.query('begin');
    if (opts.statementLimitMs !== undefined) await tx.query(`select set_config('statement_timeout', $1::text, true)`, [String(statementMs)]);
    const result = await fn(tx);
    await tx.query('commit');
    return result;
  } catch (error) {
    // A connection that left a statement unanswered would only make the rollback wait its own limit;
    // dropping it ends the transaction on the server as well.
    if (tx.unanswered()) lost ??= error instanceof Error ? error : new Error(String(error));
    else await tx.query('rollback').catch((failed: unknown) => void (lost ??= failed instanceof Error ? failed : new Error(String(failed))));
    throw error;
  } finally {
    client.off('error', onLost);
    client.release(lost);
  }
}
