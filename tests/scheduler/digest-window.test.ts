// The Monday digest covers the week it is planned for: from where the last digest that went out
// ended (the Monday 09:00 it was planned for) to its own Monday 09:00, whenever a tick sends it.
// A digest sent late (the tick ran at 14:00, or the bot was down a day) must neither miss a
// change nor list it a second time, and each change is listed with the status it gave.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { syncLeerlijnJobs } from '../../src/app/jobs/plan-jobs.js';
import { backends, type TestDb } from '../support/db.js';
import { makeDeps, NOW, startFixture, type Started } from '../support/fixtures.js';
import { addAction, scheduler, setActionStatus } from './helpers.js';

// Mondays 09:00 in Amsterdam (UTC+1 in winter).
const MONDAY_1 = '2026-01-19T08:00:00Z';
const MONDAY_2 = '2026-01-26T08:00:00Z';
const MONDAY_4 = '2026-02-09T08:00:00Z';

describe.each(backends())('the weekly digest window on $name', ({ open }) => {
  let t: TestDb;
  let s: Started;
  let a: ReturnType<typeof scheduler>;
  let first = '';
  let second = '';

  beforeEach(async () => {
    t = await open();
    s = await startFixture(makeDeps(t.db), { members: 4 });
    first = await addAction(t.db, s.leerlijnId, { owner: 'U001', due: '2026-03-06' });
    second = await addAction(t.db, s.leerlijnId, { owner: 'U002', due: '2026-03-06' });
    await t.db.transaction((tx) => syncLeerlijnJobs(tx, s.leerlijnId, NOW));
    a = scheduler(t.db);
  });
  afterEach(() => t.drop());

  /** Per digest sent, the changed actions as `id:status`. */
  const listed = () => a.messenger.ofType('digest').map((d) => [...d.notice.done, ...d.notice.bezig, ...d.notice.stuck].map((x) => `${x.id}:${x.status}`).sort());

  it('sent five hours late, a change made after its Monday 09:00 comes in the next digest, once', async () => {
    await setActionStatus(t.db, first, 'bezig', '2026-01-16T10:00:00Z');
    // After the digest's time, before the late tick that sends it.
    await setActionStatus(t.db, second, 'loopt_vast', '2026-01-19T10:00:00Z');
    await a.tick('2026-01-19T13:00:00Z');
    await a.tick(MONDAY_2);
    expect(listed()).toEqual([[`${first}:bezig`], [`${second}:loopt_vast`]]);
  });

  it('sent a day late, nothing made since the digest before is missed', async () => {
    await a.tick(MONDAY_1);
    // Right after the first digest, then the bot is down until Tuesday.
    await setActionStatus(t.db, first, 'klaar', '2026-01-19T09:00:00Z');
    await setActionStatus(t.db, second, 'bezig', '2026-01-26T12:00:00Z');
    await a.tick('2026-01-27T08:00:00Z');
    await a.tick('2026-02-02T08:00:00Z');
    expect(listed()).toEqual([[], [`${first}:klaar`], [`${second}:bezig`]]);
  });

  it('an action changed in the week and again before the late send is listed once per change, as each left it', async () => {
    await setActionStatus(t.db, first, 'loopt_vast', '2026-01-18T10:00:00Z');
    await setActionStatus(t.db, first, 'klaar', '2026-01-19T10:00:00Z');
    await a.tick('2026-01-19T13:00:00Z');
    await a.tick(MONDAY_2);
    expect(listed()).toEqual([[`${first}:loopt_vast`], [`${first}:klaar`]]);
  });

  it('after a digest that never went out (the bot down all week), the next one covers both weeks', async () => {
    await a.tick(MONDAY_1);
    await setActionStatus(t.db, first, 'bezig', '2026-01-20T10:00:00Z');
    // The bot is down until after the next Monday's digest is a week old: it is dropped.
    await a.tick('2026-02-02T08:30:00Z');
    await setActionStatus(t.db, second, 'klaar', '2026-02-03T10:00:00Z');
    await a.tick(MONDAY_4);
    expect(listed()).toEqual([[], [`${first}:bezig`, `${second}:klaar`].sort()]);
  });
});
