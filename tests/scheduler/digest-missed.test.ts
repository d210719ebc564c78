// A Monday digest that reached one coordinator while another's direct messages hit an outage
// (5xx, timeouts: retried, then given up): the one it missed is not left without it. Delivery is
// per coordinator: an outage for one does not hold it back from the other, and once it clears
// the one it missed gets what it told with their next digest, once; the one who got it does not
// get it again.
import { beforeEach, describe, expect, it } from 'vitest';
import { syncLeerlijnJobs } from '../../src/app/jobs/plan-jobs.js';
import type { SendResult } from '../../src/app/messenger.js';
import type { Notice } from '../../src/app/notices.js';
import { tick } from '../../src/scheduler/tick.js';
import { RecordingMessenger } from '../fakes/recording-messenger.js';
import { backends } from '../support/db.js';
import { NOW, useStartedLeerlijn } from '../support/fixtures.js';
import { addAction, databaseClockMovesOn, jobsOf, setActionStatus } from './helpers.js';

/** A messenger whose direct messages to some people fail for now (the platform answers 503), or for good though they are there (`refused`). */
class Outage extends RecordingMessenger {
  readonly down = new Set<string>();
  readonly refused = new Set<string>();
  override toUser(target: { workspaceId: string; userId: string }, notice: Notice): Promise<SendResult> {
    if (this.down.has(target.userId)) return Promise.resolve({ ok: false, error: 'http_503', permanent: false });
    if (this.refused.has(target.userId)) return Promise.resolve({ ok: false, error: 'restricted_action', permanent: true });
    return super.toUser(target, notice);
  }
}

const MONDAY_1 = '2026-01-19T08:00:00Z';
const MONDAY_2 = '2026-01-26T08:00:00Z';

describe.each(backends())('a digest that missed a coordinator, on $name', ({ open }) => {
  const env = useStartedLeerlijn(open);
  let messenger: Outage;
  let first = '';
  let second = '';
  const run = (now: string) => tick({ db: env.t.db, messengers: { slack: messenger } }, new Date(now), { random: () => 0 });
  /** Per coordinator, each digest they got: the changed actions as `id:status`, and since when when more than a week. */
  const digestsTo = (userId: string) =>
    messenger.ofType('digest').filter((d) => d.target === userId).map((d) => ({ changed: [...d.notice.done, ...d.notice.bezig, ...d.notice.stuck].map((x) => `${x.id}:${x.status}`).sort(), since: d.notice.since }));

  /** The Monday's digest, retried through the outage until it is given up. */
  async function digestThroughOutage(monday: string): Promise<void> {
    await run(monday);
    for (let i = 0; i < 6; i++) {
      await databaseClockMovesOn(env.t.db, 3600);
      await run(monday);
    }
  }

  beforeEach(async () => {
    await env.t.db.query(`update members set is_coordinator = true where leerlijn_id = $1::uuid and user_id = 'U001'`, [env.s.leerlijnId]);
    first = await addAction(env.t.db, env.s.leerlijnId, { owner: 'U002', due: '2026-03-06' });
    second = await addAction(env.t.db, env.s.leerlijnId, { owner: 'U003', due: '2026-03-06' });
    await env.t.db.transaction((tx) => syncLeerlijnJobs(tx, env.s.leerlijnId, NOW));
    messenger = new Outage('slack');
  });

  it('an outage for one coordinator does not hold the digest back from the other', async () => {
    messenger.down.add('U000');
    await setActionStatus(env.t.db, first, 'bezig', '2026-01-16T10:00:00Z');
    await run(MONDAY_1);
    expect(digestsTo('U001')).toEqual([{ changed: [`${first}:bezig`], since: undefined }]);
  });

  it('after the outage, the one it missed gets what it told with the next digest, once; the other gets only the new week', async () => {
    messenger.down.add('U000');
    await setActionStatus(env.t.db, first, 'bezig', '2026-01-16T10:00:00Z');
    await digestThroughOutage(MONDAY_1);
    expect((await jobsOf(env.t.db, env.s.leerlijnId)).filter((j) => j.kind === 'digest' && j.occurrence === '2026-01-19').map((j) => j.status)).toEqual(['failed']);
    messenger.down.clear();
    await setActionStatus(env.t.db, second, 'klaar', '2026-01-21T10:00:00Z');
    await run(MONDAY_2);
    await run('2026-02-02T08:00:00Z');
    expect(digestsTo('U001')).toEqual([
      { changed: [`${first}:bezig`], since: undefined },
      { changed: [`${second}:klaar`], since: undefined },
      { changed: [], since: undefined },
    ]);
    expect(digestsTo('U000')).toEqual([
      { changed: [`${first}:bezig`, `${second}:klaar`].sort(), since: '2026-01-12' },
      { changed: [], since: undefined },
    ]);
    // Made up next Monday, nothing for them to do: not the 'could not be sent, check the channel' notice.
    expect(messenger.ofType('job_failed')).toEqual([]);
  });

  // The bot itself was down between two tries: the next Monday finds the digest still being
  // retried, too late to send, and gives it up. The one it had not reached yet still gets its week.
  it('a digest given up a week later, still being retried for one coordinator: that week comes with their next one', async () => {
    messenger.down.add('U000');
    await setActionStatus(env.t.db, first, 'bezig', '2026-01-16T10:00:00Z');
    await run(MONDAY_1);
    messenger.down.clear();
    await setActionStatus(env.t.db, second, 'klaar', '2026-01-21T10:00:00Z');
    await databaseClockMovesOn(env.t.db, 3600);
    await run(MONDAY_2);
    await run('2026-01-26T08:01:00Z');
    const weekOne = (await jobsOf(env.t.db, env.s.leerlijnId)).filter((j) => j.kind === 'digest' && j.occurrence === '2026-01-19');
    expect(weekOne.map((j) => j.status)).toEqual(['dropped']);
    expect(digestsTo('U001')).toEqual([
      { changed: [`${first}:bezig`], since: undefined },
      { changed: [`${second}:klaar`], since: undefined },
    ]);
    expect(digestsTo('U000')).toEqual([{ changed: [`${first}:bezig`, `${second}:klaar`].sort(), since: '2026-01-12' }]);
  });

  // A refusal for good that is not about a person who left (a workspace setting, the bot's scope):
  // next Monday's digest would be refused as well, so nothing is made up and the coordinators hear of it.
  it('a digest refused for good to one coordinator: the coordinators are told, as it will not be made up', async () => {
    messenger.refused.add('U000');
    await setActionStatus(env.t.db, first, 'bezig', '2026-01-16T10:00:00Z');
    await run(MONDAY_1);
    await run('2026-01-19T08:01:00Z');
    expect(digestsTo('U001')).toHaveLength(1);
    expect(messenger.ofType('job_failed').map((d) => [d.target, d.notice.jobKind])).toEqual([['U001', 'digest']]);
  });

  it('a coordinator added later does not get the weeks before they coordinated', async () => {
    await setActionStatus(env.t.db, first, 'bezig', '2026-01-16T10:00:00Z');
    await run(MONDAY_1);
    await env.t.db.query(`update members set is_coordinator = true where leerlijn_id = $1::uuid and user_id = 'U002'`, [env.s.leerlijnId]);
    await setActionStatus(env.t.db, second, 'klaar', '2026-01-21T10:00:00Z');
    await run(MONDAY_2);
    expect(digestsTo('U002')).toEqual([{ changed: [`${second}:klaar`], since: undefined }]);
  });
});
