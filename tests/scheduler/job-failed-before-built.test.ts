// A job that fails before its message is built (the database does not answer while it is read) is
// recorded for the coordinators by where its kind goes, known without building it (an owner's action
// reminder: their private chat; a meeting reminder: the channel), and as failed before it was built:
// they hear of a fault on the bot's side, not advice about private messages or the channel, which
// would not apply. Time is a parameter.
import { beforeEach, describe, expect, it } from 'vitest';
import { syncLeerlijnJobs } from '../../src/app/jobs/plan-jobs.js';
import type { Db } from '../../src/store/db.js';
import { tick } from '../../src/scheduler/tick.js';
import type { Notice } from '../../src/app/notices.js';
import { t } from '../../src/i18n/index.js';
import { jobFailedText } from '../../src/i18n/phrases.js';
import { RecordingMessenger } from '../fakes/recording-messenger.js';
import { backends } from '../support/db.js';
import { NOW, useStartedLeerlijn } from '../support/fixtures.js';
import { addAction, jobsOf } from './helpers.js';

/** Reads fail the way a database hiccup does, only those of the job's own kind (its actions, or its meetings). */
function failingReads(db: Db, failsOn: RegExp): Db {
  return { ...db, query: (sql, params, opts) => (failsOn.test(sql) ? Promise.reject(new Error('connection terminated')) : db.query(sql, params, opts)) };
}

describe.each(backends())('a job that failed before its message was built, on $name', ({ open }) => {
  const env = useStartedLeerlijn(open);
  let messenger: RecordingMessenger;

  beforeEach(async () => {
    await addAction(env.t.db, env.s.leerlijnId, { owner: 'U002', due: '2026-03-06' });
    await env.t.db.transaction((tx) => syncLeerlijnJobs(tx, env.s.leerlijnId, NOW));
    messenger = new RecordingMessenger('slack');
  });

  /** Given up at its first try with the reads failing; then the coordinators' notices sent with the database back. */
  async function failedNoticesOf(kind: string, failsOn: RegExp): Promise<Array<Extract<Notice, { type: 'job_failed' }>>> {
    const job = (await jobsOf(env.t.db, env.s.leerlijnId)).find((j) => j.kind === kind);
    expect(job, kind).toBeDefined();
    const at = new Date(job!.runAt);
    await tick({ db: failingReads(env.t.db, failsOn), messengers: { slack: messenger } }, at, { random: () => 0, maxAttempts: 1 });
    await tick({ db: env.t.db, messengers: { slack: messenger } }, new Date(at.getTime() + 60_000), { random: () => 0 });
    return messenger.ofType('job_failed').filter((x) => x.notice.jobKind === kind).map((x) => x.notice);
  }

  async function failedNoticeOf(kind: string, failsOn: RegExp): Promise<Array<{ jobKind: unknown; privately: unknown }>> {
    return (await failedNoticesOf(kind, failsOn)).map((n) => ({ jobKind: n.jobKind, privately: n.privately }));
  }

  it('an owner’s action reminder is recorded as one that went privately', async () => {
    const failed = await failedNoticeOf('action_before', /from action_updates u where u\.action_id = a\.id/);
    expect(failed).toEqual([{ jobKind: 'action_before', privately: true }]);
  });

  it('is told as a fault on the bot’s side, not with advice about private messages or the channel', async () => {
    const [notice, ...more] = await failedNoticesOf('action_before', /from action_updates u where u\.action_id = a\.id/);
    expect(more).toEqual([]);
    expect(notice?.beforeBuilt).toBe(true);
    const advice = { nl: 'Mag de bot privéberichten sturen?', en: 'Is the bot allowed to send private messages?' } as const;
    for (const lang of ['nl', 'en'] as const) {
      const said = jobFailedText(lang, notice!.jobKind, notice!.attempts, notice!);
      expect(said).toBe(t(lang, 'reminder.jobFailedBeforeBuilt', { job: t(lang, 'reminder.job.action_before') }));
      expect(said).not.toContain(advice[lang]);
    }
  });

  it('a meeting reminder is recorded as one for the channel', async () => {
    const failed = await failedNoticeOf('meeting_invite', /from meetings/);
    expect(failed.length).toBeGreaterThan(0);
    expect(failed.every((x) => x.privately === false)).toBe(true);
  });
});
