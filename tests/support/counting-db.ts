// A database handle that counts the statements it is sent, for tests and benchmarks that
// hold a code path to a number of round trips. A transaction counts its begin and commit
// too: each is a round trip on a pooled connection.
import type { Db, Queryable } from '../../src/store/db.js';
import type { TestDb } from './db.js';

export interface CountingDb extends TestDb {
  /** Statements sent since the start (or the last reset). */
  readonly count: number;
  /** The SQL of each statement, first line only, for a message when a count is off. */
  readonly statements: readonly string[];
  reset(): void;
}

export function countingDb(inner: TestDb): CountingDb {
  const statements: string[] = [];
  const note = (sql: string): void => void statements.push(sql.trim().split('\n')[0]!.slice(0, 120));
  const counted = (q: Queryable): Queryable => ({
    query: (sql, params, opts) => {
      note(sql);
      return q.query(sql, params, opts);
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
    reset: () => void (statements.length = 0),
  };
}
