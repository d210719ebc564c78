// Someone the bot writes to by name who left (the platform says, for good, that it cannot reach
// them: Slack's user_not_found, a Teams 403 for the chat): the coordinators who remain are told
// once, naming them, and the bot stops writing to them until the team changes. Not the weekly
// "could not be sent, check that the bot is in the channel", which is about a channel.
import { beforeEach, describe, expect, it } from 'vitest';
import { syncLeerlijnJobs } from '../../src/app/jobs/plan-jobs.js';
import type { SendResult } from '../../src/app/messenger.js';
import type { Notice } from '../../src/app/notices.js';
import { tick } from '../../src/scheduler/tick.js';
import { RecordingMessenger } from '../fakes/recording-messenger.js';
import { backends } from '../support/db.js';
import { NOW, useStartedLeerlijn } from '../support/fixtures.js';
import { addAction, setActionStatus } from './helpers.js';

/** A messenger that cannot reach some people any more, and counts how often it was asked to. */
class SomeGone extends RecordingMessenger {
  readonly gone = new Set<string>();
  readonly triedGone: string[] = [];
  channelGone = false;
  override toChannel(target: { workspaceId: string; channelId: string }, notice: Notice): Promise<SendResult> {
    if (this.channelGone) return Promise.resolve({ ok: false, error: 'channel_not_found', permanent: true });
    return super.toChannel(target, notice);
  }
  override toUser(target: { workspaceId: string; userId: string }, notice: Notice): Promise<SendResult> {
    if (!this.gone.has(target.userId)) return super.toUser(target, notice);
    this.triedGone.push(target.userId);
    return Promise.resolve({ ok: false, error: 'user_not_found', permanent: true, recipientGone: true });
  }
}

// Mondays 09:00 in Amsterdam (UTC+1 in winter): the digests.
const MONDAYS = ['2026-01-19T08:00:00Z', '2026-01-26T08:00:00Z', '2026-02-02T08:00:00Z'];

describe.each(backends())('someone the bot can no longer reach, on $name', ({ open }) => {
  const env = useStartedLeerlijn(open);
  let messenger: SomeGone;
  let action = '';
  const run = (now: string) => tick({ db: env.t.db, messengers: { slack: messenger } }, new Date(now), { random: () => 0 });
  const makeCoordinator = (userId: string) =>
    env.t.db.query(`update members set is_coordinator = true where leerlijn_id = $1::uuid and user_id = $2::text`, [env.s.leerlijnId, userId]);
  const gone = () => messenger.ofType('recipient_gone').map((d) => ({ to: d.to, target: d.target, userId: d.notice.userId, name: d.notice.name, inChannel: d.notice.inChannel }));

  beforeEach(async () => {
    action = await addAction(env.t.db, env.s.leerlijnId, { owner: 'U002', due: '2026-03-06' });
    await env.t.db.transaction((tx) => syncLeerlijnJobs(tx, env.s.leerlijnId, NOW));
    messenger = new SomeGone('slack');
  });

  it('a coordinator who left: the other is told once, by name, and not every week that the digest could not be sent', async () => {
    await makeCoordinator('U001');
    messenger.gone.add('U001');
    for (const [i, monday] of MONDAYS.entries()) {
      await setActionStatus(env.t.db, action, i % 2 === 0 ? 'bezig' : 'loopt_vast', new Date(Date.parse(monday) - 86_400_000).toISOString());
      await run(monday);
      await run(new Date(Date.parse(monday) + 60_000).toISOString());
    }
    expect(messenger.ofType('job_failed')).toEqual([]);
    expect(gone()).toEqual([{ to: 'user', target: 'U000', userId: 'U001', name: 'Lid 1', inChannel: false }]);
    // The one who stayed still gets every digest; the one who left is not tried again each week.
    expect(messenger.ofType('digest').map((d) => d.target)).toEqual(['U000', 'U000', 'U000']);
    expect(messenger.triedGone).toEqual(['U001']);
  });

  it('after the team changes the bot tries them again, and says nothing new when they are still gone', async () => {
    await makeCoordinator('U001');
    messenger.gone.add('U001');
    await setActionStatus(env.t.db, action, 'bezig', '2026-01-18T10:00:00Z');
    await run(MONDAYS[0]!);
    await run('2026-01-19T08:01:00Z');
    await makeCoordinator('U003');
    await setActionStatus(env.t.db, action, 'loopt_vast', '2026-01-25T10:00:00Z');
    await run(MONDAYS[1]!);
    await run('2026-01-26T08:01:00Z');
    expect(messenger.triedGone).toEqual(['U001', 'U001']);
    expect(gone().map((g) => g.target).sort()).toEqual(['U000']);
    expect(messenger.ofType('digest').map((d) => d.target)).toEqual(['U000', 'U000', 'U003']);
  });

  it('the only coordinator left: the team is told in its channel, once', async () => {
    messenger.gone.add('U000');
    await setActionStatus(env.t.db, action, 'bezig', '2026-01-18T10:00:00Z');
    await run(MONDAYS[0]!);
    await run('2026-01-19T08:01:00Z');
    await setActionStatus(env.t.db, action, 'loopt_vast', '2026-01-25T10:00:00Z');
    await run(MONDAYS[1]!);
    await run('2026-01-26T08:01:00Z');
    expect(gone()).toEqual([{ to: 'channel', target: 'C_TEAM', userId: 'U000', name: 'Lid 0', inChannel: true }]);
    expect(messenger.ofType('job_failed')).toEqual([]);
  });

  it('an action owner who left: the coordinator is told once, not once per reminder about the action', async () => {
    messenger.gone.add('U002');
    for (const at of ['2026-03-03T08:00:00Z', '2026-03-06T08:00:00Z', '2026-03-13T08:00:00Z', '2026-03-20T08:00:00Z']) {
      await env.t.db.transaction((tx) => syncLeerlijnJobs(tx, env.s.leerlijnId, new Date(at)));
      await run(at);
      await run(new Date(Date.parse(at) + 60_000).toISOString());
    }
    expect(gone()).toEqual([{ to: 'user', target: 'U000', userId: 'U002', name: 'Lid 2', inChannel: false }]);
    expect(messenger.ofType('job_failed')).toEqual([]);
    expect(messenger.triedGone).toEqual(['U002']);
  });

  it('a channel the bot cannot post in still gets the notice about the channel', async () => {
    messenger.channelGone = true;
    await run('2026-01-26T08:00:00Z');
    messenger.channelGone = false;
    await run('2026-01-26T08:01:00Z');
    expect(messenger.ofType('job_failed')).toMatchObject([{ to: 'user', target: 'U000', notice: { jobKind: 'meeting_invite' } }]);
    expect(gone()).toEqual([]);
  });
});
