// A team's platform answers every message of the bot's with a 429 (its rate limit), pass after
// pass. Being asked to wait is no failed attempt, so the invitation was tried again for ever and
// its coordinators never heard it did not go. A job asked to wait for a day is now given up as
// failed, and its coordinators are told once, as for any other failure.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { syncLeerlijnJobs } from '../../src/app/jobs/plan-jobs.js';
import { THROTTLED_GIVE_UP_HOURS } from '../../src/app/jobs/throttled.js';
import { tick } from '../../src/scheduler/tick.js';
import { RecordingMessenger } from '../fakes/recording-messenger.js';
import { backends, type TestDb } from '../support/db.js';
import { makeDeps, NOW, startFixture, type Started } from '../support/fixtures.js';
import { databaseClockMovesOn, jobsOf } from './helpers.js';

const INVITE_AT = new Date('2026-01-26T08:00:00Z'); // the signalering's invitation, Monday 09:00 Amsterdam
const hoursLater = (hours: number) => new Date(INVITE_AT.getTime() + hours * 3_600_000);
/** A 429 without a Retry-After: the job store's own backoff decides when it is tried again. */
const RATE_LIMITED = { ok: false as const, error: 'ratelimited', throttled: true as const, permanent: false };

describe.each(backends())('a platform that answers every send with a 429, on $name', ({ open }) => {
  let t: TestDb;
  let s: Started;
  let messenger: RecordingMessenger;
  const run = (now: Date) => tick({ db: t.db, messengers: { slack: messenger } }, now, { random: () => 0 });
  let clockAt = 0;
  /** Passes at these hours after the invitation's time, the database's clock moving on with them. */
  const passesAt = async (...hours: number[]): Promise<void> => {
    for (const h of hours) {
      await databaseClockMovesOn(t.db, (h - clockAt) * 3600);
      clockAt = h;
      await run(hoursLater(h));
    }
  };
  const invitation = async () => (await jobsOf(t.db, s.leerlijnId)).find((j) => j.kind === 'meeting_invite')!;
  const noticesOfFailure = async (jobId: string) =>
    (await t.db.query(`select 1 from scheduled_jobs where kind = 'job_failed' and payload->>'failedJobId' = $1::text`, [jobId])).rows.length;

  beforeEach(async () => {
    t = await open();
    clockAt = 0;
    s = await startFixture(makeDeps(t.db));
    await t.db.transaction((tx) => syncLeerlijnJobs(tx, s.leerlijnId, NOW));
    messenger = new RecordingMessenger('slack').failNext(RATE_LIMITED, 10_000);
  });
  afterEach(() => t.drop());

  it(`tries the invitation again while asked to wait, then after ${THROTTLED_GIVE_UP_HOURS} hours gives it up and tells its coordinators once`, async () => {
    // Every few hours of the day, and the next morning's first pass (the night it waits out: late-sends.ts).
    await passesAt(0, 1, 4, 7, 10, THROTTLED_GIVE_UP_HOURS - 1);
    const waiting = await invitation();
    expect(waiting).toMatchObject({ status: 'pending', lastError: 'ratelimited' });
    expect(await noticesOfFailure(waiting.id)).toBe(0);
    await passesAt(THROTTLED_GIVE_UP_HOURS, THROTTLED_GIVE_UP_HOURS + 1);
    expect(await invitation()).toMatchObject({ status: 'failed', lastError: 'ratelimited' });
    expect(await noticesOfFailure(waiting.id)).toBe(1);
    // Once the platform takes messages again, the coordinators read why: it kept asking to wait.
    messenger = new RecordingMessenger('slack');
    await passesAt(THROTTLED_GIVE_UP_HOURS + 2);
    expect(messenger.ofType('job_failed').map((m) => m.notice)).toEqual([expect.objectContaining({ jobKind: 'meeting_invite', throttled: true })]);
  }, 60_000); // seven passes, which a loaded machine takes half a minute for

  it('waits longer after each 429 in a row that names no wait, as after failed attempts: not every half minute for a day', async () => {
    const waits: number[] = [];
    for (let i = 0; i < 4; i++) {
      await run(new Date(INVITE_AT.getTime() + i * 60_000));
      // The first meeting's invitation, the one due (the later meetings' are not yet).
      const { rows } = await t.db.query<{ s: number }>(
        `select extract(epoch from retry_not_before - clock_timestamp())::float8 as s from scheduled_jobs
         where leerlijn_id = $1::uuid and kind = 'meeting_invite' order by run_at limit 1`,
        [s.leerlijnId],
      );
      waits.push(Math.round(rows[0]!.s));
      await databaseClockMovesOn(t.db, 3600);
    }
    // Half the backoff of 30 s doubling, as the jitter is 0 here.
    expect(waits).toEqual([15, 30, 60, 120]);
  });
});
