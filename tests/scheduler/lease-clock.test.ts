// One clock for leases: a pass's `now` only decides what is due; claims, renewals and lease
// expiry follow the database's clock. So a pass run by hand with another `--now` while the
// live ticker runs, or a replica whose clock is off, never sends what another pass is sending.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { syncLeerlijnJobs } from '../../src/app/jobs/plan-jobs.js';
import type { Db } from '../../src/store/db.js';
import { createPgDb } from '../../src/store/pg-db.js';
import { backends, TEST_DATABASE_URL, withSearchPath } from '../support/db.js';
import { NOW, useStartedLeerlijn } from '../support/fixtures.js';
import { databaseClockMovesOn, jobsOf, scheduler } from './helpers.js';

const INVITE_AT = new Date('2026-01-26T08:00:00Z'); // the signalering invitation is due
const AN_HOUR = 3_600_000;

describe.each(backends())('passes with different clocks on $name', ({ name, open }) => {
  const env = useStartedLeerlijn(open);
  let other: Db;

  beforeEach(async () => {
    await env.t.db.transaction((tx) => syncLeerlijnJobs(tx, env.s.leerlijnId, NOW));
    // On Postgres the second pass has its own pool, like a second process; PGlite has one connection.
    if (name === 'postgres') {
      const schema = (await env.t.db.query<{ s: string }>('select current_schema() as s')).rows[0]!.s;
      other = createPgDb(withSearchPath(TEST_DATABASE_URL!, schema), 2);
    } else other = env.t.db;
  });
  afterEach(async () => {
    if (other !== env.t.db) await other.close();
  });

  it.each([
    { first: 'the live pass', firstAt: INVITE_AT, secondAt: new Date(INVITE_AT.getTime() + AN_HOUR) },
    { first: 'a pass an hour ahead', firstAt: new Date(INVITE_AT.getTime() + AN_HOUR), secondAt: INVITE_AT },
  ])('while $first is slow to send the invitation, a pass an hour apart leaves it alone: the channel gets it once', async ({ firstAt, secondAt }) => {
    const a = scheduler(env.t.db);
    const b = scheduler(other);
    const release = a.messenger.holdNext();
    const sending = a.tick(firstAt);
    await expect.poll(() => a.messenger.calls).toBe(1);

    expect(await b.tick(secondAt)).toMatchObject({ claimed: 0, sent: 0 });
    release();
    expect(await sending).toMatchObject({ claimed: 1, sent: 1 });
    expect(await b.tick(secondAt)).toMatchObject({ claimed: 0, sent: 0 });

    const invites = [...a.messenger.sends, ...b.messenger.sends].filter((x) => x.notice.type === 'meeting_reminder');
    expect(invites).toMatchObject([{ to: 'channel', target: 'C_TEAM', notice: { when: 'invite' } }]);
    const [job] = (await jobsOf(env.t.db, env.s.leerlijnId, 'done')).filter((j) => j.kind === 'meeting_invite');
    expect(job).toMatchObject({ attempts: 1 });
  });

  it('a failed send waits its backoff on the database\'s clock: a pass an hour ahead does not retry it sooner, one behind does not wait longer', async () => {
    const a = scheduler(env.t.db);
    a.messenger.failNext({ ok: false, error: 'ratelimited', retryAfterSeconds: 120, permanent: false });
    expect(await a.tick(INVITE_AT)).toMatchObject({ claimed: 1, retried: 1, sent: 0 });

    const ahead = scheduler(other);
    expect(await ahead.tick(new Date(INVITE_AT.getTime() + AN_HOUR))).toMatchObject({ claimed: 0 });
    await databaseClockMovesOn(env.t.db, 119);
    expect(await ahead.tick(new Date(INVITE_AT.getTime() + AN_HOUR))).toMatchObject({ claimed: 0 });

    await databaseClockMovesOn(env.t.db, 2);
    // The pass behind runs for the moment the job first came due: the backoff is over all the same.
    expect(await a.tick(INVITE_AT)).toMatchObject({ claimed: 1, sent: 1 });
    expect(a.messenger.ofType('meeting_reminder')).toHaveLength(1);
    expect(ahead.messenger.sends).toEqual([]);
  });

  it('records when a job was really done, not the moment a pass was run for', async () => {
    const ahead = new Date(Date.now() + 30 * 24 * AN_HOUR);
    await scheduler(env.t.db).tick(ahead);
    const { rows } = await env.t.db.query<{ late: boolean }>(
      `select bool_or(done_at > clock_timestamp()) as late from scheduled_jobs where leerlijn_id = $1::uuid and done_at is not null`,
      [env.s.leerlijnId],
    );
    expect(rows[0]?.late).toBe(false);
  });
});
