// A test's embedded database is handed on to the next test in the worker only as migrating left
// it: no rows, identities restarted, no setting left, the schema unchanged (tests/support/db.ts).
import { expect, it } from 'vitest';
import { pgliteTestDb } from './db.js';

const audit = `insert into audit_log (actor, action) values ('U1', 'test') returning id`;

it('hands on an instance emptied, identities restarted, settings reset', async () => {
  const first = await pgliteTestDb();
  await first.db.query(audit);
  await first.db.query(audit);
  const zone = async (db: typeof first.db): Promise<unknown> => (await db.query(`select current_setting('TimeZone') as zone`)).rows;
  const before = await zone(first.db);
  await first.db.exec(`set timezone = 'Asia/Tokyo'`);
  await first.drop();
  const next = await pgliteTestDb();
  try {
    expect((await next.db.query<{ n: number }>('select count(*)::int as n from audit_log')).rows).toEqual([{ n: 0 }]);
    expect((await next.db.query<{ id: string }>(audit)).rows.map((r) => Number(r.id))).toEqual([1]);
    expect(await zone(next.db)).toEqual(before);
  } finally {
    await next.drop();
  }
});

it('never hands on an instance whose schema a test changed', async () => {
  const first = await pgliteTestDb();
  await first.db.exec(`alter table audit_log add column extra text`);
  await first.drop();
  const next = await pgliteTestDb();
  try {
    const { rows } = await next.db.query(`select 1 from information_schema.columns where table_name = 'audit_log' and column_name = 'extra'`);
    expect(rows).toEqual([]);
  } finally {
    await next.drop();
  }
});
