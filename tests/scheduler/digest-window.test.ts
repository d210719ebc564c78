// The Monday digest covers the week it is planned for: from where the last digest that went out
// ended (the Monday 09:00 it was planned for) to its own Monday 09:00, whenever a tick sends it.
// A digest sent late (the tick ran at 14:00, or the bot was down a day) must neither miss a
// change nor list it a second time, and each change is listed with the status it gave.
import { beforeEach, describe, expect, it } from 'vitest';
import { syncLeerlijnJobs } from '../../src/app/jobs/plan-jobs.js';
import type { SendResult } from '../../src/app/messenger.js';
import type { Notice } from '../../src/app/notices.js';
import { tick } from '../../src/scheduler/tick.js';
import { RecordingMessenger } from '../fakes/recording-messenger.js';
import { backends } from '../support/db.js';
import { NOW, useStartedLeerlijn } from '../support/fixtures.js';
import { addAction, scheduler, setActionStatus } from './helpers.js';

/** A messenger that cannot reach some people any more (they left the school: the platform says so, for good). */
class SomeGone extends RecordingMessenger {
  readonly gone = new Set<string>();
  override toUser(target: { workspaceId: string; userId: string }, notice: Notice): Promise<SendResult> {
    if (this.gone.has(target.userId)) return Promise.resolve({ ok: false, error: 'user_not_found', permanent: true, recipientGone: true });
    return super.toUser(target, notice);
  }
}

// Mondays 09:00 in Amsterdam (UTC+1 in winter).
const MONDAY_1 = '2026-01-19T08:00:00Z';
const MONDAY_2 = '2026-01-26T08:00:00Z';
const MONDAY_4 = '2026-02-09T08:00:00Z';

describe.each(backends())('the weekly digest window on $name', ({ open }) => {
  const env = useStartedLeerlijn(open);
  let a: ReturnType<typeof scheduler>;
  let first = '';
  let second = '';

  beforeEach(async () => {
    first = await addAction(env.t.db, env.s.leerlijnId, { owner: 'U001', due: '2026-03-06' });
    second = await addAction(env.t.db, env.s.leerlijnId, { owner: 'U002', due: '2026-03-06' });
    await env.t.db.transaction((tx) => syncLeerlijnJobs(tx, env.s.leerlijnId, NOW));
    a = scheduler(env.t.db);
  });

  /** Per digest sent, the changed actions as `id:status`. */
  const listed = () => a.messenger.ofType('digest').map((d) => [...d.notice.done, ...d.notice.bezig, ...d.notice.stuck].map((x) => `${x.id}:${x.status}`).sort());

  it('sent five hours late, a change made after its Monday 09:00 comes in the next digest, once', async () => {
    await setActionStatus(env.t.db, first, 'bezig', '2026-01-16T10:00:00Z');
    // After the digest's time, before the late tick that sends it.
    await setActionStatus(env.t.db, second, 'loopt_vast', '2026-01-19T10:00:00Z');
    await a.tick('2026-01-19T13:00:00Z');
    await a.tick(MONDAY_2);
    expect(listed()).toEqual([[`${first}:bezig`], [`${second}:loopt_vast`]]);
  });

  it('sent a day late, nothing made since the digest before is missed', async () => {
    await a.tick(MONDAY_1);
    // Right after the first digest, then the bot is down until Tuesday.
    await setActionStatus(env.t.db, first, 'klaar', '2026-01-19T09:00:00Z');
    await setActionStatus(env.t.db, second, 'bezig', '2026-01-26T12:00:00Z');
    await a.tick('2026-01-27T08:00:00Z');
    await a.tick('2026-02-02T08:00:00Z');
    expect(listed()).toEqual([[], [`${first}:klaar`], [`${second}:bezig`]]);
  });

  it('an action changed in the week and again before the late send is listed once per change, as each left it', async () => {
    await setActionStatus(env.t.db, first, 'loopt_vast', '2026-01-18T10:00:00Z');
    await setActionStatus(env.t.db, first, 'klaar', '2026-01-19T10:00:00Z');
    await a.tick('2026-01-19T13:00:00Z');
    await a.tick(MONDAY_2);
    expect(listed()).toEqual([[`${first}:loopt_vast`], [`${first}:klaar`]]);
  });

  it('lists a change with the note written with it, not one written with a later change', async () => {
    await setActionStatus(env.t.db, first, 'loopt_vast', '2026-01-18T10:00:00Z', 'Wacht op het rooster');
    await setActionStatus(env.t.db, first, 'klaar', '2026-01-19T10:00:00Z', 'Overleg staat');
    await a.tick('2026-01-19T13:00:00Z');
    await a.tick(MONDAY_2);
    const notes = a.messenger.ofType('digest').map((d) => [...d.notice.stuck, ...d.notice.done].map((x) => `${x.status}: ${x.lastNote}`));
    expect(notes).toEqual([['loopt_vast: Wacht op het rooster'], ['klaar: Overleg staat']]);
  });

  it('after a digest that never went out (the bot down all week), the next one covers both weeks', async () => {
    await a.tick(MONDAY_1);
    await setActionStatus(env.t.db, first, 'bezig', '2026-01-20T10:00:00Z');
    // The bot is down until after the next Monday's digest is a week old: it is dropped.
    await a.tick('2026-02-02T08:30:00Z');
    await setActionStatus(env.t.db, second, 'klaar', '2026-02-03T10:00:00Z');
    await a.tick(MONDAY_4);
    expect(listed()).toEqual([[], [`${first}:bezig`, `${second}:klaar`].sort()]);
  });

  it('when the first digest never went out, the first one that does misses nothing before it', async () => {
    await setActionStatus(env.t.db, first, 'bezig', '2026-01-16T10:00:00Z');
    // The bot is down from before the first Monday until that digest is a week old: it is dropped.
    await a.tick('2026-01-26T08:30:00Z');
    await setActionStatus(env.t.db, second, 'klaar', '2026-01-27T10:00:00Z');
    await a.tick('2026-02-02T08:00:00Z');
    expect(listed()).toEqual([[`${first}:bezig`, `${second}:klaar`].sort()]);
  });

  it('a coordinator the platform no longer reaches does not make the next digests repeat the weeks the other one was told', async () => {
    await env.t.db.query(`update members set is_coordinator = true where leerlijn_id = $1::uuid and user_id = 'U001'`, [env.s.leerlijnId]);
    const messenger = new SomeGone('slack');
    const run = (now: string) => tick({ db: env.t.db, messengers: { slack: messenger } }, new Date(now), { random: () => 0 });
    const toU000 = () => messenger.ofType('digest').filter((d) => d.target === 'U000').map((d) => [...d.notice.done, ...d.notice.bezig, ...d.notice.stuck].map((x) => `${x.id}:${x.status}`).sort());
    await setActionStatus(env.t.db, first, 'bezig', '2026-01-16T10:00:00Z');
    await run(MONDAY_1);
    messenger.gone.add('U001');
    await setActionStatus(env.t.db, second, 'bezig', '2026-01-20T10:00:00Z');
    await run(MONDAY_2);
    await setActionStatus(env.t.db, first, 'klaar', '2026-01-27T10:00:00Z');
    await run('2026-02-02T08:00:00Z');
    expect(toU000()).toEqual([[`${first}:bezig`], [`${second}:bezig`], [`${first}:klaar`]]);
  });

  it('a coordinator the platform no longer reaches does not keep the digest from the others', async () => {
    await env.t.db.query(`update members set is_coordinator = true where leerlijn_id = $1::uuid and user_id = 'U001'`, [env.s.leerlijnId]);
    const messenger = new SomeGone('slack');
    messenger.gone.add('U000');
    const run = (now: string) => tick({ db: env.t.db, messengers: { slack: messenger } }, new Date(now), { random: () => 0 });
    await setActionStatus(env.t.db, first, 'bezig', '2026-01-16T10:00:00Z');
    // Sent: the one who left is told of apart (recipient-gone.test.ts), not as this digest's failure.
    expect(await run(MONDAY_1)).toMatchObject({ sent: 1, failed: 0 });
    await setActionStatus(env.t.db, second, 'bezig', '2026-01-20T10:00:00Z');
    await run(MONDAY_2);
    const toU001 = messenger.ofType('digest').filter((d) => d.target === 'U001').map((d) => [...d.notice.bezig].map((x) => x.id));
    expect(toU001).toEqual([[first], [second]]);
  });

  it('tells of the week between two Mondays 09:00 local across the change to summer time', async () => {
    // Amsterdam goes to summer time on Sunday 29 March 2026: 09:00 is 08:00Z on the 23rd, 07:00Z on the 30th.
    const before = await addAction(env.t.db, env.s.leerlijnId, { owner: 'U001', due: '2026-05-06' });
    const after = await addAction(env.t.db, env.s.leerlijnId, { owner: 'U002', due: '2026-05-06' });
    await env.t.db.transaction((tx) => syncLeerlijnJobs(tx, env.s.leerlijnId, new Date('2026-03-20T12:00:00Z')));
    await a.tick('2026-03-20T12:00:00Z');
    await setActionStatus(env.t.db, before, 'bezig', '2026-03-23T07:30:00Z'); // 08:30 on the 23rd: before that digest
    await a.tick('2026-03-23T08:00:00Z');
    await setActionStatus(env.t.db, before, 'loopt_vast', '2026-03-30T06:30:00Z'); // 08:30 summer time on the 30th
    await setActionStatus(env.t.db, after, 'klaar', '2026-03-30T07:30:00Z'); // 09:30 summer time: the next week's news
    await a.tick('2026-03-30T07:00:00Z');
    // Monday 6 April is Tweede Paasdag: that week's digest comes on Tuesday at 09:00, still the week to Monday.
    await a.tick('2026-04-07T07:00:00Z');
    expect(listed().slice(-3)).toEqual([[`${before}:bezig`], [`${before}:loopt_vast`], [`${after}:klaar`]]);
  });

  /** Per digest sent, from when it counts when that is more than a week back. */
  const since = () => a.messenger.ofType('digest').map((d) => d.notice.since);

  it('after a digest that never went out, the next one says since when it counts, not "the past week"', async () => {
    await a.tick(MONDAY_1);
    await a.tick('2026-02-02T08:30:00Z');
    await setActionStatus(env.t.db, second, 'klaar', '2026-02-03T10:00:00Z');
    await a.tick(MONDAY_4);
    await a.tick('2026-02-16T08:00:00Z');
    // The first counts one week back, the second from 19 January (three weeks), the third its own week.
    expect(since()).toEqual([undefined, '2026-01-19', undefined]);
  });

  it('down from before one Monday until the day after the next, the digest due that week still goes out (late), since the last one', async () => {
    await a.tick(MONDAY_1);
    await setActionStatus(env.t.db, first, 'bezig', '2026-01-20T10:00:00Z');
    // 26 January's digest is a week old by then (dropped); 2 February's is a day late, not lost.
    await a.tick('2026-02-03T08:00:00Z');
    await a.tick('2026-02-03T08:01:00Z');
    expect(listed()).toEqual([[], [`${first}:bezig`]]);
    expect(since()).toEqual([undefined, '2026-01-19']);
    // And the next Monday's covers its own week again.
    await a.tick(MONDAY_4);
    expect(since()).toEqual([undefined, '2026-01-19', undefined]);
  });
});
