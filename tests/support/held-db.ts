// A database handle whose statements the test can hold back: work that reaches the database
// while it is held waits until the test lets go, so a turn is as slow as the test needs it
// to be without any sleeping (PGlite itself cannot be locked from a second connection).
import type { Db } from '../../src/store/db.js';
import type { TestDb } from './db.js';

export interface HeldDb extends TestDb {
  /** From now on, every statement and transaction waits until `release`. */
  hold(): void;
  release(): void;
}

export function heldDb(inner: TestDb): HeldDb {
  let gate: { opened: Promise<void>; open: () => void } | null = null;
  const passed = (): Promise<void> => gate?.opened ?? Promise.resolve();
  const base = inner.db;
  const db: Db = {
    kind: base.kind,
    query: async (sql, params, opts) => {
      await passed();
      return base.query(sql, params, opts);
    },
    exec: async (sql) => {
      await passed();
      return base.exec(sql);
    },
    transaction: async (fn, opts) => {
      await passed();
      return base.transaction(fn, opts);
    },
    close: () => base.close(),
  };
  return {
    db,
    drop: () => inner.drop(),
    hold() {
      let open = (): void => {};
      const opened = new Promise<void>((resolve) => (open = resolve));
      gate = { opened, open };
    },
    release() {
      gate?.open();
      gate = null;
    },
  };
}
