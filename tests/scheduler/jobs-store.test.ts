// A claim is only good for the claim it was made with: once the lease ran out and another
// replica claimed the job again, the first claimer can neither finish, renew, hold nor retry it;
// not even once the second was asked to wait (a 429), which gives the attempt back, so that the
// job's attempt number is the first claim's again.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { claimDueJobs, type Claim } from '../../src/scheduler/job-claims.js';
import { enqueueOnce, finishJob, holdJob, renewLease, retryJobLater, type ClaimedJob } from '../../src/scheduler/jobs-store.js';
import { backends, describeIfPostgres, postgresTestDb, type TestDb } from '../support/db.js';
import { makeDeps, startFixture } from '../support/fixtures.js';
import { secondConnection, waitsForLock } from '../support/locks.js';
import { jobsOf } from './helpers.js';

const DUE = new Date('2026-02-02T08:00:00Z');
const LEASE_S = 300;
/** The test's job among those claimed (the leerlijn's own reminders may be due too). */
const ours = (claimed: Claim): ClaimedJob | undefined => claimed.jobs.find((j) => j.subject === 'test');

describe.each(backends())('a job claimed again on $name', ({ open }) => {
  let t: TestDb;
  let leerlijnId: string;
  let first: ClaimedJob;
  let second: ClaimedJob;

  beforeEach(async () => {
    t = await open();
    leerlijnId = (await startFixture(makeDeps(t.db))).leerlijnId;
    await enqueueOnce(t.db, { kind: 'digest', subject: 'test', occurrence: '1', leerlijnId, runAt: DUE });
    first = ours(await claimDueJobs(t.db, DUE, 100, LEASE_S))!;
    // Leased: nobody else claims it meanwhile.
    expect(ours(await claimDueJobs(t.db, DUE, 100, LEASE_S))).toBeUndefined();
    // Replica 1 hangs past its lease (leases run on the database's clock), replica 2 claims the job again.
    await t.db.query(`update scheduled_jobs set locked_until = now() - interval '1 second' where subject = 'test'`);
    second = ours(await claimDueJobs(t.db, DUE, 100, LEASE_S))!;
  });
  afterEach(() => t.drop());

  const job = async () => (await jobsOf(t.db, leerlijnId)).find((j) => j.subject === 'test')!;

  it('is the same job, one attempt further', () => {
    expect(first).toBeDefined();
    expect(second.id).toBe(first.id);
    expect([first.attempts, second.attempts]).toEqual([1, 2]);
  });

  it('cannot be finished by the first claimer; the second finishes it', async () => {
    expect(await finishJob(t.db, first, 'done', null, { sentTo: ['U1'] })).toBe(false);
    expect(await job()).toMatchObject({ status: 'pending', attempts: 2 });
    expect(await finishJob(t.db, second, 'done', null, {})).toBe(true);
    expect(await job()).toMatchObject({ status: 'done', attempts: 2 });
  });

  it('cannot be renewed or put back by the first claimer', async () => {
    expect(await renewLease(t.db, first, LEASE_S)).toBe(false);
    expect(await retryJobLater(t.db, first, 600, 'late', {})).toBe(false);
    // Still the second claimer's: nobody else can claim it before its lease ends.
    expect(ours(await claimDueJobs(t.db, DUE, 100, LEASE_S))).toBeUndefined();
    expect(await job()).toMatchObject({ status: 'pending', attempts: 2, lastError: null });
  });

  it('cannot be finished, held or put back by the first claimer after the second was asked to wait', async () => {
    expect(await retryJobLater(t.db, second, 30, 'ratelimited', { sentTo: ['U2'] }, false)).toBe(true);
    expect(await job()).toMatchObject({ status: 'pending', attempts: first.attempts });
    expect(await finishJob(t.db, first, 'done', null, { sentTo: ['U1'] })).toBe(false);
    expect(await holdJob(t.db, first, new Date('2026-02-03T06:30:00Z'))).toBe(false);
    expect(await retryJobLater(t.db, first, 600, 'late', { sentTo: ['U1'] })).toBe(false);
    // As the second claimer left it: pending, its 429 recorded, and whom it reached kept.
    expect(await job()).toMatchObject({ status: 'pending', attempts: 1, lastError: 'ratelimited' });
    const { rows } = await t.db.query<{ payload: unknown }>(`select payload from scheduled_jobs where id = $1::bigint`, [first.id]);
    expect(rows[0]!.payload).toEqual({ sentTo: ['U2'] });
  });
});

describe.runIf(describeIfPostgres())('claiming on real Postgres', () => {
  let t: TestDb;
  beforeEach(async () => {
    t = await postgresTestDb(4);
    const leerlijnId = (await startFixture(makeDeps(t.db))).leerlijnId;
    await enqueueOnce(t.db, { kind: 'digest', subject: 'test', occurrence: '1', leerlijnId, runAt: DUE });
  });
  afterEach(() => t.drop());

  it('skips a job another replica is claiming right now instead of waiting for it', async () => {
    const other = await secondConnection(t.db);
    try {
      await other.query('begin');
      await other.query(`select id from scheduled_jobs where subject = 'test' for update`);
      // Someone waiting behind our row lock would mean the claim queues up behind other replicas.
      const claim = claimDueJobs(t.db, DUE, 100, LEASE_S);
      const waited = waitsForLock(other, claim).then(() => 'waited', () => 'did not wait');
      expect(await waited).toBe('did not wait');
      expect(ours(await claim)).toBeUndefined();
      await other.query('commit');
      expect(ours(await claimDueJobs(t.db, DUE, 100, LEASE_S))).toMatchObject({ attempts: 1 });
    } finally {
      await other.end();
    }
  });
});
