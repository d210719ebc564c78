// Real Postgres only: a start sent while its channel's leerlijn is being stopped. The start must
// not slip in beside the stopped one (src/app/ended.ts): the stopped one's data would then be out
// of reach of export and verwijder, which act on the channel's running leerlijn.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { endedLeerlijnIn } from '../../src/app/ended.js';
import { postgresTestDb, describeIfPostgres, type TestDb } from '../support/db.js';
import { makeDeps, startFixture } from '../support/fixtures.js';
import { secondConnection, waitsForLock } from '../support/locks.js';

describe.runIf(describeIfPostgres())('a start sent while the channel’s leerlijn is being stopped', () => {
  let t: TestDb;
  beforeEach(async () => {
    t = await postgresTestDb();
  });
  afterEach(() => t.drop());

  it('is refused once the stop commits, with the stopped one kept as the channel’s', async () => {
    const deps = makeDeps(t.db);
    const s = await startFixture(deps);
    const stopping = await secondConnection(t.db);
    try {
      // The stop's transaction, open: the row is stopped but not yet committed.
      await stopping.query('begin');
      await stopping.query(`update leerlijnen set status = 'stopped', ended_at = now() where id = $1::uuid`, [s.leerlijnId]);
      const start = startFixture(deps).then(() => 'started', (e: { code?: string }) => e.code);
      await waitsForLock(stopping, start);
      await stopping.query('commit');
      expect(await start).toBe('leerlijn_kept');
    } finally {
      await stopping.end();
    }
    const { rows } = await t.db.query<{ status: string }>(`select status from leerlijnen where channel_id = 'C_TEAM'`);
    expect(rows.map((r) => r.status)).toEqual(['stopped']);
    expect(await endedLeerlijnIn(deps, s.workspaceId, 'C_TEAM')).toMatchObject({ id: s.leerlijnId });
  });
});
