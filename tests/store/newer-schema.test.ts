// An older version started on a database a newer one migrated (someone went back without
// restoring the backup) ran without a word. The start now says so, naming what it does not
// know and the way back, so the IT person does not find out from odd failures later.
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { createLogger } from '../../src/logger.js';
import { startBot } from '../../src/server.js';
import { migrateAndReport } from '../../src/cli/migrate.js';
import { pgliteTestDb } from '../support/db.js';

function capture(): { lines: string[]; write: (s: string) => void } {
  const lines: string[] = [];
  return { lines, write: (s: string) => void lines.push(s) };
}

const config = loadConfig({ PORT: '0', HOST: '127.0.0.1', SCHEDULER_ENABLED: 'false' });

describe('a database migrated by a newer version', () => {
  it('is named at start as an error, with the migrations this version does not know', async () => {
    const t = await pgliteTestDb();
    await t.db.query(`insert into schema_migrations (version, name) values (9999, '9999_from_a_newer_version')`);
    const out = capture();
    const bot = await startBot(config, createLogger('info', out), { db: t.db });
    try {
      const errors = out.lines.map((l) => JSON.parse(l) as { level: number; msg: string; unknown?: string[] }).filter((l) => l.level >= 50);
      expect(errors).toEqual([expect.objectContaining({ unknown: ['9999_from_a_newer_version'] })]);
      expect(errors[0]?.msg).toContain('newer leerlijn-bot');
      expect(errors[0]?.msg).toContain('restore the backup');
    } finally {
      await bot.close();
      await t.db.query(`delete from schema_migrations where version = 9999`);
      await t.drop();
    }
  });

  it('says nothing of the kind on a database of this version', async () => {
    const t = await pgliteTestDb();
    const out = capture();
    const bot = await startBot(config, createLogger('info', out), { db: t.db });
    try {
      expect(out.lines.map((l) => JSON.parse(l) as { level: number }).filter((l) => l.level >= 50)).toEqual([]);
    } finally {
      await bot.close();
      await t.drop();
    }
  });
});

describe('npm run migrate on a database migrated by a newer version', () => {
  it("says so, as the start does, and exits 1 rather than 'nothing to apply' and 0", async () => {
    const t = await pgliteTestDb();
    await t.db.query(`insert into schema_migrations (version, name) values (9999, '9999_from_a_newer_version')`);
    const out: string[] = [];
    const err: string[] = [];
    try {
      const code = await migrateAndReport(t.db, 'the embedded database in .data', { out: (l) => out.push(l), err: (l) => err.push(l) });
      expect(out).toEqual(['the embedded database in .data: nothing to apply']);
      expect(err).toEqual([
        'the database was migrated by a newer leerlijn-bot (9999_from_a_newer_version): start that version again, or restore the backup made before the upgrade (docs/running.md, Upgrading)',
      ]);
      expect(code).toBe(1);
    } finally {
      await t.db.query(`delete from schema_migrations where version = 9999`);
      await t.drop();
    }
  });
});
