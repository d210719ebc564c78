// The Monday digest for three coordinators (U000, U001, U002). Whom a job reached (sentTo) was
// written only at the end of its turn: a scheduler that died after U000's digest went out, while
// sending U001's, left the job to the next one after its lease, which sent U000's again. And one
// whose claim ran out while a send was slow went on to the others after another had taken the
// job over: U002 got it twice. Now sentTo is saved after each send, and a scheduler that finds
// its claim taken over sends nothing more. Reaching someone so saved counts as reaching them for
// the day of 429s after which a job is given up (app/jobs/throttled.ts), as it does at a turn's end.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { backends, type TestDb } from '../support/db.js';
import { databaseClockMovesOn, RATE_LIMITED_30S, scheduler, threeCoordinatorsDigest } from './helpers.js';
import { THROTTLED_GIVE_UP_HOURS } from '../../src/app/jobs/throttled.js';

const MONDAY = new Date('2026-01-19T08:00:00Z'); // 09:00 in Amsterdam: the digest
const AFTER_LEASE = new Date(MONDAY.getTime() + 301_000);
/** No lease renewal: the claim runs out after its 300 s, as a dead or stuck scheduler's does. */
const NOT_RENEWED = { leaseSeconds: 300, every: () => () => undefined };
const hoursLater = (hours: number) => new Date(MONDAY.getTime() + hours * 3_600_000);

describe.each(backends())('a digest for three coordinators whose scheduler stops midway, on $name', ({ open }) => {
  let t: TestDb;

  beforeEach(async () => {
    t = await open();
    await threeCoordinatorsDigest(t.db);
  });
  afterEach(() => t.drop());

  const digestStatus = async () => {
    const { rows } = await t.db.query<{ status: string }>(`select status from scheduled_jobs where kind = 'digest' and occurrence = '2026-01-19'`);
    return rows[0]?.status;
  };
  const digestsTo = (...schedulers: Array<ReturnType<typeof scheduler>>) =>
    schedulers.flatMap((x) => x.messenger.ofType('digest').map((d) => d.target)).sort();

  it('dying while sending to the second: the next scheduler does not send it to the first again', async () => {
    const a = scheduler(t.db, NOT_RENEWED);
    a.messenger.hangFor('U001');
    void a.tick(MONDAY); // never settles: this scheduler is "dead"
    await expect.poll(() => a.messenger.ofType('digest').length).toBe(1);
    await expect.poll(() => a.messenger.calls).toBeGreaterThanOrEqual(2);
    await databaseClockMovesOn(t.db, 301);
    const b = scheduler(t.db);
    await b.tick(AFTER_LEASE);
    expect(digestsTo(a, b)).toEqual(['U000', 'U001', 'U002']);
  });

  it('a claim taken over while a send was slow: that scheduler sends to nobody after it', async () => {
    const a = scheduler(t.db, NOT_RENEWED);
    const release = a.messenger.holdFor('U001');
    const first = a.tick(MONDAY);
    await expect.poll(() => a.messenger.ofType('digest').length).toBe(1);
    await databaseClockMovesOn(t.db, 301);
    const b = scheduler(t.db);
    await b.tick(AFTER_LEASE);
    release();
    await first;
    // U001's was on its way when b took over, and goes out twice; nobody else gets it twice.
    expect(digestsTo(a, b)).toEqual(['U000', 'U001', 'U001', 'U002']);
  });

  it('dying right after reaching someone more between 429s: that counts as reaching them, the day of 429s starts anew', async () => {
    const a = scheduler(t.db, NOT_RENEWED);
    a.messenger.failFor('U001', RATE_LIMITED_30S).failFor('U002', RATE_LIMITED_30S);
    await a.tick(MONDAY); // U000 reached; U001 and U002 asked to wait
    await databaseClockMovesOn(t.db, (THROTTLED_GIVE_UP_HOURS - 1) * 3600);
    a.messenger.hangFor('U002');
    void a.tick(hoursLater(THROTTLED_GIVE_UP_HOURS - 1)); // U001 reached, then this scheduler dies
    await expect.poll(() => a.messenger.ofType('digest').length).toBe(2);
    await databaseClockMovesOn(t.db, 301);
    const b = scheduler(t.db);
    b.messenger.failFor('U002', RATE_LIMITED_30S, 2);
    await b.tick(new Date(hoursLater(THROTTLED_GIVE_UP_HOURS - 1).getTime() + 301_000));
    await databaseClockMovesOn(t.db, 3600);
    await b.tick(hoursLater(THROTTLED_GIVE_UP_HOURS + 0.1));
    // Not a day of 429s since U001 was reached: still tried, U002 not given up.
    expect(await digestStatus()).toBe('pending');
    expect(digestsTo(a, b)).toEqual(['U000', 'U001']);
  });
});
