import { afterAll, describe, expect, it } from 'vitest';
import { loadMigrations, migrate } from '../../src/store/migrate.js';
import { createPgDb } from '../../src/store/pg-db.js';
import { backends, describeIfPostgres, postgresTestDb, TEST_DATABASE_URL, withSearchPath } from '../support/db.js';

describe.each(backends())('migrations on $name', ({ open }) => {
  it('applies every file once, records it, and a second run does nothing', async () => {
    const t = await open();
    try {
      const files = await loadMigrations();
      const recorded = await t.db.query<{ name: string }>('select name from schema_migrations order by version');
      expect(recorded.rows.map((r) => r.name)).toEqual(files.map((f) => f.name));
      expect(await migrate(t.db)).toEqual([]);
    } finally {
      await t.drop();
    }
  });

  it('allows only one active leerlijn per channel', async () => {
    const t = await open();
    try {
      const ws = await t.db.query<{ id: string }>(
        `insert into workspaces (platform, tenant_id) values ('slack', 'T1') returning id`,
      );
      const insert = () =>
        t.db.query(
          `insert into leerlijnen (workspace_id, channel_id, kind, school_name, youth_org_name, timezone, start_date, start_time, randvoorwaarden, created_by)
           values ($1::uuid, 'C1', 'bestaand', 'School', 'JW', 'Europe/Amsterdam', '2026-02-02', '15:30', '{}', 'U1')`,
          [ws.rows[0]!.id],
        );
      await insert();
      await expect(insert()).rejects.toMatchObject({ code: '23505' });
    } finally {
      await t.drop();
    }
  });

  it('moves a Teams result message stored as round:<id> to result:<id>, as Slack keys it', async () => {
    const t = await open();
    try {
      const ws = await t.db.query<{ id: string }>(`insert into workspaces (platform, tenant_id) values ('teams', 'tenant') returning id`);
      const id = ws.rows[0]!.id;
      await t.db.query(
        `insert into posted_messages (workspace_id, key, channel_id, message_id) values ($1::uuid, 'round:r1', 'conv', 'm1'), ($1::uuid, 'card:r1:P1', 'conv', 'm2')`,
        [id],
      );
      const file = (await loadMigrations()).find((m) => m.name === '0006_result_key');
      await t.db.exec(file!.sql);
      const keys = await t.db.query<{ key: string; message_id: string }>('select key, message_id from posted_messages where workspace_id = $1::uuid order by key', [id]);
      expect(keys.rows).toEqual([{ key: 'card:r1:P1', message_id: 'm2' }, { key: 'result:r1', message_id: 'm1' }]);
    } finally {
      await t.drop();
    }
  });
});

describe.runIf(describeIfPostgres())('migrations on real Postgres, two processes at once', () => {
  const cleanups: Array<() => Promise<void>> = [];
  afterAll(async () => {
    for (const c of cleanups) await c();
  });

  it('applies each file exactly once when three pools start together', async () => {
    // A fresh schema without migrations: postgresTestDb migrates, so start from one and reset.
    const t = await postgresTestDb(2);
    cleanups.push(t.drop);
    const schema = (await t.db.query<{ s: string }>('select current_schema() as s')).rows[0]!.s;
    await t.db.exec(`drop schema ${schema} cascade; create schema ${schema};`);
    const pools = [1, 2, 3].map(() => createPgDb(withSearchPath(TEST_DATABASE_URL!, schema), 2));
    try {
      const applied = await Promise.all(pools.map((p) => migrate(p)));
      const total = applied.flat();
      const files = await loadMigrations();
      expect(total.sort()).toEqual(files.map((f) => f.name).sort());
      const rows = await pools[0]!.query('select version from schema_migrations');
      expect(rows.rowCount).toBe(files.length);
    } finally {
      await Promise.all(pools.map((p) => p.close()));
    }
  });
});
