// A Monday digest for two coordinators: the first one's DM times out, then the platform answers
// the second one's 429, asking two minutes. The job waited only the backoff of the timeout (15 s
// here), ran into the rate limit again, and counted the wait as a failed attempt. Now the pass
// waits as long as asked, and a wait asked for is no failed attempt: the job stays pending with
// its attempts as they were, and both coordinators get the digest once the two minutes are over.
// An outage that says when to come back still counts: given up after the last attempt, the
// coordinators are told, as before.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { syncLeerlijnJobs } from '../../src/app/jobs/plan-jobs.js';
import { tick } from '../../src/scheduler/tick.js';
import { RecordingMessenger } from '../fakes/recording-messenger.js';
import { backends, type TestDb } from '../support/db.js';
import { makeDeps, NOW, startFixture, type Started } from '../support/fixtures.js';
import { addAction, databaseClockMovesOn, jobsOf, setActionStatus } from './helpers.js';

const MONDAY = '2026-01-19T08:00:00Z'; // 09:00 in Amsterdam: the digest
const later = (seconds: number) => new Date(Date.parse(MONDAY) + seconds * 1000);
const TIMED_OUT = { ok: false as const, error: 'timeout', permanent: false };
const RATE_LIMITED = { ok: false as const, error: 'ratelimited', retryAfterSeconds: 120, throttled: true as const, permanent: false };

describe.each(backends())('a digest whose second DM is rate limited after the first timed out, on $name', ({ open }) => {
  let t: TestDb;
  let s: Started;
  let messenger: RecordingMessenger;
  const run = (now: Date) => tick({ db: t.db, messengers: { slack: messenger } }, now, { random: () => 0 });

  beforeEach(async () => {
    t = await open();
    s = await startFixture(makeDeps(t.db), { members: 4 });
    await t.db.query(`update members set is_coordinator = true where leerlijn_id = $1::uuid and user_id = 'U001'`, [s.leerlijnId]);
    const action = await addAction(t.db, s.leerlijnId, { owner: 'U002', due: '2026-03-06' });
    await t.db.transaction((tx) => syncLeerlijnJobs(tx, s.leerlijnId, NOW));
    await setActionStatus(t.db, action, 'bezig', '2026-01-16T10:00:00Z');
    messenger = new RecordingMessenger('slack');
  });
  afterEach(() => t.drop());

  it('waits the two minutes asked, counts no attempt for them, then reaches both coordinators once', async () => {
    messenger.failNext(TIMED_OUT).failNext(RATE_LIMITED);
    expect(await run(later(0))).toMatchObject({ retried: 1, sent: 0 });
    const [digest] = (await jobsOf(t.db, s.leerlijnId, 'pending')).filter((j) => j.kind === 'digest' && j.lastError !== null);
    expect(digest).toMatchObject({ attempts: 0, lastError: 'ratelimited' });
    await databaseClockMovesOn(t.db, 60);
    expect(await run(later(60))).toMatchObject({ claimed: 0 });
    await databaseClockMovesOn(t.db, 60);
    expect(await run(later(120))).toMatchObject({ sent: 1 });
    expect(messenger.ofType('digest').map((d) => d.target).sort()).toEqual(['U000', 'U001']);
  });

  it('counts no attempt either when the 429 names no wait: it is the platform asking to wait all the same', async () => {
    messenger.failNext(TIMED_OUT).failNext({ ...RATE_LIMITED, retryAfterSeconds: undefined });
    expect(await run(later(0))).toMatchObject({ retried: 1, sent: 0 });
    const [digest] = (await jobsOf(t.db, s.leerlijnId, 'pending')).filter((j) => j.kind === 'digest' && j.lastError !== null);
    expect(digest).toMatchObject({ attempts: 0, lastError: 'ratelimited' });
  });

  it('after a 429 that names no wait for one coordinator, still reaches the other in that pass (throttled-one-coordinator.test.ts)', async () => {
    messenger.failNext({ ...RATE_LIMITED, retryAfterSeconds: undefined });
    expect(await run(later(0))).toMatchObject({ retried: 1, sent: 0 });
    expect(messenger.calls).toBe(2);
    expect(messenger.ofType('digest')).toHaveLength(1);
  });

  it('counts an attempt for an outage that says when to come back (a 503 with Retry-After): only a rate limit is none', async () => {
    messenger.failNext({ ok: false, error: 'http_503', retryAfterSeconds: 120, permanent: false });
    expect(await run(later(0))).toMatchObject({ retried: 1 });
    const [digest] = (await jobsOf(t.db, s.leerlijnId, 'pending')).filter((j) => j.kind === 'digest' && j.lastError !== null);
    expect(digest).toMatchObject({ attempts: 1, lastError: 'http_503' });
  });
});
