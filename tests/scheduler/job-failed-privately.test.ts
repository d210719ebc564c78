// A failed job's notice tells the coordinator what went wrong by where the message went, as recorded
// when it failed: a recipient_gone notice sent to the other coordinator's private chat and refused
// there (a setting about the bot, not someone gone) gets the private text ("the private message did not
// get through"), not the advice to check the channel, though the same kind goes to the channel when no
// coordinator is left. Time is a parameter: each tick is run for its moment.
import { beforeEach, describe, expect, it } from 'vitest';
import { syncLeerlijnJobs } from '../../src/app/jobs/plan-jobs.js';
import type { SendResult } from '../../src/app/messenger.js';
import type { Notice } from '../../src/app/notices.js';
import { tick } from '../../src/scheduler/tick.js';
import { RecordingMessenger } from '../fakes/recording-messenger.js';
import { backends } from '../support/db.js';
import { NOW, useStartedLeerlijn } from '../support/fixtures.js';
import { addAction, setActionStatus } from './helpers.js';

/** U001 has left; a recipient_gone notice is refused for good in anyone's private chat. */
class RefusesGoneNotice extends RecordingMessenger {
  override toUser(target: { workspaceId: string; userId: string }, notice: Notice): Promise<SendResult> {
    if (target.userId === 'U001') return Promise.resolve({ ok: false, error: 'user_not_found', permanent: true, recipientGone: true });
    if (notice.type === 'recipient_gone') return Promise.resolve({ ok: false, error: 'not_allowed_token_type', permanent: true });
    return super.toUser(target, notice);
  }
}

const MONDAY = Date.parse('2026-01-19T08:00:00Z'); // 09:00 in Amsterdam: the digests

describe.each(backends())('a failed job told by where it went, on $name', ({ open }) => {
  const env = useStartedLeerlijn(open);
  let messenger: RefusesGoneNotice;
  const run = (minutes: number) => tick({ db: env.t.db, messengers: { slack: messenger } }, new Date(MONDAY + minutes * 60_000), { random: () => 0 });

  beforeEach(async () => {
    const action = await addAction(env.t.db, env.s.leerlijnId, { owner: 'U002', due: '2026-03-06' });
    await setActionStatus(env.t.db, action, 'bezig', '2026-01-18T10:00:00Z');
    await env.t.db.query(`update members set is_coordinator = true where leerlijn_id = $1::uuid and user_id = 'U001'`, [env.s.leerlijnId]);
    await env.t.db.transaction((tx) => syncLeerlijnJobs(tx, env.s.leerlijnId, NOW));
    messenger = new RefusesGoneNotice('slack');
  });

  it('a recipient_gone notice refused in a coordinator\'s private chat is told as a private message that did not get through', async () => {
    for (const m of [0, 1, 2]) await run(m);
    const failed = messenger.ofType('job_failed').map((x) => ({ to: x.to, target: x.target, jobKind: x.notice.jobKind, privately: x.notice.privately }));
    expect(failed).toEqual([{ to: 'user', target: 'U000', jobKind: 'recipient_gone', privately: true }]);
  });
});
