// A database handle that counts the statements it is sent, for tests and benchmarks that
// hold a code path to a number of round trips. A transaction counts its begin and commit
// too: each is a round trip on a pooled connection.
import type { Db, Queryable } from '../../src/store/db.js';
import { beforeEach } from 'vitest';
import { pgliteTestDb, type TestDb } from './db.js';
import { useStartedLeerlijn, type LeerlijnEnv } from './fixtures.js';

export interface CountingDb extends TestDb {
  /** Statements sent since the start (or the last reset). */
  readonly count: number;
  /** The SQL of each statement, first line only, for a message when a count is off. */
  readonly statements: readonly string[];
  /** Each statement sent and each answer back, in order ('sent: …', 'answered: …'): what waited for what. */
  readonly events: readonly string[];
  reset(): void;
}

export function countingDb(inner: TestDb): CountingDb {
  const statements: string[] = [];
  const events: string[] = [];
  const line = (sql: string): string => sql.trim().split('\n')[0]!.slice(0, 120);
  const note = (sql: string): void => {
    statements.push(line(sql));
    events.push(`sent: ${line(sql)}`);
  };
  const counted = (q: Queryable): Queryable => ({
    query: <T>(sql: string, params?: Parameters<Queryable['query']>[1], opts?: Parameters<Queryable['query']>[2]) => {
      note(sql);
      return q.query<T>(sql, params, opts).finally(() => void events.push(`answered: ${line(sql)}`));
    },
    exec: (sql) => {
      note(sql);
      return q.exec(sql);
    },
  });
  const base = inner.db;
  const db: Db = {
    kind: base.kind,
    ...counted(base),
    transaction: (fn) => {
      note('begin');
      return base.transaction((tx) => fn(counted(tx))).finally(() => note('commit'));
    },
    close: () => base.close(),
  };
  return {
    db,
    drop: () => inner.drop(),
    get count() {
      return statements.length;
    },
    statements,
    events,
    reset: () => void (statements.length = events.length = 0),
  };
}

/** Per test: a started leerlijn (useStartedLeerlijn) on PGlite, its database counting from after the start. */
export function useCountedLeerlijn(members = 4): LeerlijnEnv & { readonly db: CountingDb } {
  let counting: CountingDb;
  const env = useStartedLeerlijn(async () => (counting = countingDb(await pgliteTestDb())), members);
  beforeEach(() => counting.reset());
  return Object.defineProperty(env, 'db', { get: () => counting }) as LeerlijnEnv & { readonly db: CountingDb };
}
