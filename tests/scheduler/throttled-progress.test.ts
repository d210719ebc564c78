// A Monday digest for three coordinators on a platform that throttles some of their DMs for a long
// time. A job asked to wait on every try for a day is given up (app/jobs/throttled.ts), but the day
// counted from the first 429 even when the digest kept reaching coordinators between 429s: one that
// reached a second coordinator after 23 hours was given up an hour later. The day now counts from the
// last try that reached someone; a job that reaches nobody more for a day is still given up.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { syncLeerlijnJobs } from '../../src/app/jobs/plan-jobs.js';
import { THROTTLED_GIVE_UP_HOURS } from '../../src/app/jobs/throttled.js';
import { tick } from '../../src/scheduler/tick.js';
import { RecordingMessenger } from '../fakes/recording-messenger.js';
import { backends, type TestDb } from '../support/db.js';
import { makeDeps, NOW, startFixture, type Started } from '../support/fixtures.js';
import { addAction, databaseClockMovesOn, setActionStatus } from './helpers.js';

const MONDAY = new Date('2026-01-19T08:00:00Z'); // 09:00 in Amsterdam: the digest
const hoursLater = (hours: number) => new Date(MONDAY.getTime() + hours * 3_600_000);
/** A 429 without a Retry-After: the job store's own backoff decides when it is tried again. */
const RATE_LIMITED = { ok: false as const, error: 'ratelimited', throttled: true as const, permanent: false };

describe.each(backends())('a digest that reaches its coordinators one by one between 429s, on $name', ({ open }) => {
  let t: TestDb;
  let s: Started;
  let messenger: RecordingMessenger;
  let clockAt = 0;
  /** A pass at this many hours after the digest's time, the database's clock moving on with it. */
  const passAt = async (hours: number): Promise<void> => {
    await databaseClockMovesOn(t.db, (hours - clockAt) * 3600);
    clockAt = hours;
    await tick({ db: t.db, messengers: { slack: messenger } }, hoursLater(hours), { random: () => 0 });
  };
  const digest = async () => {
    const { rows } = await t.db.query<{ status: string; payload: { sentTo?: string[] } }>(
      `select status, payload from scheduled_jobs where leerlijn_id = $1::uuid and kind = 'digest' and occurrence = '2026-01-19'`,
      [s.leerlijnId],
    );
    return rows[0]!;
  };
  const digestsTo = (userId: string) => messenger.ofType('digest').filter((d) => d.target === userId).length;

  beforeEach(async () => {
    t = await open();
    clockAt = 0;
    s = await startFixture(makeDeps(t.db), { members: 4 });
    await t.db.query(`update members set is_coordinator = true where leerlijn_id = $1::uuid and user_id in ('U001', 'U002')`, [s.leerlijnId]);
    const action = await addAction(t.db, s.leerlijnId, { owner: 'U003', due: '2026-03-06' });
    await t.db.transaction((tx) => syncLeerlijnJobs(tx, s.leerlijnId, NOW));
    await setActionStatus(t.db, action, 'bezig', '2026-01-16T10:00:00Z');
    // U001's DMs are throttled for three tries, U002's for days.
    messenger = new RecordingMessenger('slack').failFor('U001', RATE_LIMITED, 3).failFor('U002', RATE_LIMITED, 10_000);
  });
  afterEach(() => t.drop());

  it(`is not given up ${THROTTLED_GIVE_UP_HOURS} hours after its first 429 when it reached someone since; only a day after the last`, async () => {
    await passAt(0);
    expect(digestsTo('U000')).toBe(1);
    // Later that day (after the backoff), and the next morning, when U001's throttling is over.
    for (const hours of [2, 5, THROTTLED_GIVE_UP_HOURS - 1]) await passAt(hours);
    expect(digestsTo('U001')).toBe(1);
    await passAt(THROTTLED_GIVE_UP_HOURS + 1);
    expect(await digest()).toMatchObject({ status: 'pending' });
    // A whole day without reaching anyone more (Wednesday 09:00): given up, with U000 and U001 reached once each.
    await passAt(2 * THROTTLED_GIVE_UP_HOURS);
    expect(await digest()).toMatchObject({ status: 'failed', payload: { sentTo: ['user:U000', 'user:U001'] } });
    expect([digestsTo('U000'), digestsTo('U001'), digestsTo('U002')]).toEqual([1, 1, 0]);
  }, 60_000); // six passes, which a loaded machine takes a while for
});
