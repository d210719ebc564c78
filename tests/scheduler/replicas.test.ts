// Real Postgres only: several replicas with their own pools claiming from one table.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { syncLeerlijnJobs } from '../../src/app/jobs/plan-jobs.js';
import type { Db } from '../../src/store/db.js';
import { createPgDb } from '../../src/store/pg-db.js';
import { describeIfPostgres, postgresTestDb, TEST_DATABASE_URL, withSearchPath, type TestDb } from '../support/db.js';
import { makeDeps, NOW, startFixture } from '../support/fixtures.js';
import { jobsOf, databaseClockMovesOn, scheduler } from './helpers.js';

const LEERLIJNEN = 30;
// Due per leerlijn: the signalering invitation (01-26), the request for a notulist and invuller
// (01-29, none is set) and the day-before reminder (02-01).
const CATCH_UP_AT = new Date('2026-02-02T08:00:00Z');
const DUE = 3;

describe.runIf(describeIfPostgres())('three scheduler replicas on real Postgres', () => {
  let t: TestDb;
  let pools: Db[];
  let leerlijnIds: string[];

  beforeEach(async () => {
    t = await postgresTestDb(4);
    const schema = (await t.db.query<{ s: string }>('select current_schema() as s')).rows[0]!.s;
    pools = [t.db, createPgDb(withSearchPath(TEST_DATABASE_URL!, schema), 4), createPgDb(withSearchPath(TEST_DATABASE_URL!, schema), 4)];
    const deps = makeDeps(t.db);
    leerlijnIds = [];
    for (let i = 0; i < LEERLIJNEN; i++) {
      const s = await startFixture(deps, { channelId: `C_${i}` });
      await t.db.transaction((tx) => syncLeerlijnJobs(tx, s.leerlijnId, NOW));
      leerlijnIds.push(s.leerlijnId);
    }
  });
  afterEach(async () => {
    await Promise.all(pools.slice(1).map((p) => p.close()));
    await t.drop();
  });

  it('every due reminder is sent exactly once when three replicas tick at the same moment', async () => {
    const replicas = pools.map((db) => scheduler(db, { batchSize: 4 }));
    // Each replica keeps ticking until it finds nothing, all three at once.
    await Promise.all(
      replicas.map(async (r) => {
        while ((await r.tick(CATCH_UP_AT)).claimed > 0);
      }),
    );
    const sends = replicas.flatMap((r) => r.messenger.sends);
    const keys = sends.map((x) => `${x.notice.leerlijn.id}:${x.notice.type === 'meeting_reminder' ? x.notice.when : x.notice.type}`);
    expect(sends).toHaveLength(LEERLIJNEN * DUE);
    expect(new Set(keys).size).toBe(LEERLIJNEN * DUE);
    const done = await Promise.all(leerlijnIds.map((id) => jobsOf(t.db, id, 'done')));
    expect(done.every((jobs) => jobs.length === DUE && jobs.every((j) => j.attempts === 1))).toBe(true);
  });

  it('a replica that hangs mid-send loses its claim when the lease runs out; another sends each job once', async () => {
    const [a, b, c] = pools.map((db) => scheduler(db, { batchSize: 100, leaseSeconds: 300 }));
    a!.messenger.hangNext();
    // Replica a claims everything and then hangs on its first send, like a killed process.
    const hung = a!.tick(CATCH_UP_AT);
    await expect.poll(() => a!.messenger.calls).toBe(1);
    expect((await b!.tick(new Date(CATCH_UP_AT.getTime() + 60_000))).claimed).toBe(0);

    await databaseClockMovesOn(t.db, 301);
    const afterLease = new Date(CATCH_UP_AT.getTime() + 301_000);
    const [rb, rc] = await Promise.all([b!.tick(afterLease), c!.tick(afterLease)]);
    expect(rb.sent + rc.sent).toBe(LEERLIJNEN * DUE);
    expect(b!.messenger.sends.length + c!.messenger.sends.length).toBe(LEERLIJNEN * DUE);
    expect(a!.messenger.sends).toHaveLength(0);
    void hung; // never settles: that replica is "dead"
  });
});
