// What a scheduler tick sends and when: invitations, retries, reminders, prompts and the digest.
// Its claim on the jobs it takes (the lease) is tick-lease.test.ts's.
import { describe, expect, it } from 'vitest';
import { openRound } from '../../src/app/rounds.js';
import { syncLeerlijnJobs } from '../../src/app/jobs/plan-jobs.js';
import { tick } from '../../src/scheduler/tick.js';
import { updateMeeting } from '../../src/store/leerlijnen.js';
import { DOCUMENT_LINKS } from '../support/view-fixtures.js';
import { backends } from '../support/db.js';
import { makeDeps, NOW } from '../support/fixtures.js';
import { addAction, jobsOf, databaseClockMovesOn, scheduler, setActionStatus, usePlannedLeerlijn } from './helpers.js';

const INVITE_AT = '2026-01-26T08:00:00Z'; // signalering invitation, Monday 09:00 Amsterdam
const SIGNALERING_START = '2026-02-02T14:30:00Z';
const SIGNALERING_END = '2026-02-02T17:00:00Z';
const RATE_LIMITED = { ok: false as const, error: 'ratelimited', retryAfterSeconds: 120, permanent: false };
const PERMANENT = { ok: false as const, error: 'channel_not_found', permanent: true };

const at = (iso: string, seconds: number) => new Date(Date.parse(iso) + seconds * 1000);

describe.each(backends())('scheduler tick on $name', ({ open }) => {
  const env = usePlannedLeerlijn(open);

  it('sends the invitation in the team channel at 09:00, with programme and documents, and only once', async () => {
    const a = scheduler(env.t.db);
    expect(await a.tick(at(INVITE_AT, -1))).toMatchObject({ claimed: 0 });
    expect(await a.tick(INVITE_AT)).toEqual({ claimed: 1, released: 0, sent: 1, retried: 0, failed: 0, dropped: 0, skipped: 0, superseded: 0, held: 0 });
    const [invite] = a.messenger.ofType('meeting_reminder');
    expect(invite).toMatchObject({ to: 'channel', target: 'C_TEAM', workspaceId: env.s.workspaceId });
    expect(invite!.notice).toMatchObject({ when: 'invite', meeting: { kind: 'signalering', localDate: '2026-02-02', localTime: '15:30', durationMinutes: 150 } });
    expect(invite!.notice.meeting.programme.length).toBeGreaterThan(0);
    expect(invite!.notice.meeting.documents.map((d) => d.code)).toContain('factsheet');
    // Nothing is filled in yet: it names the meeting's own documents and no filled one.
    expect(invite!.notice.links.map((d) => d.code)).toEqual(invite!.notice.meeting.documents.filter((d) => !d.filled).map((d) => d.code));
    // Without document settings every document is named, none linked.
    expect(invite!.notice.links.map((d) => d.code)).toContain('factsheet');
    expect(invite!.notice.links.every((d) => d.url === null)).toBe(true);

    expect(await a.tick(INVITE_AT)).toEqual({ claimed: 0, released: 0, sent: 0, retried: 0, failed: 0, dropped: 0, skipped: 0, superseded: 0, held: 0 });
    expect(a.messenger.sends).toHaveLength(1);
  });

  it('after downtime sends what is still relevant and drops reminders for a meeting that has started', async () => {
    const a = scheduler(env.t.db);
    // Down from before the invitation until ten minutes into the signalering.
    expect(await a.tick(at(SIGNALERING_START, 600))).toMatchObject({ claimed: 4, sent: 1, dropped: 3 });
    expect(a.messenger.ofType('meeting_reminder').map((x) => x.notice.when)).toEqual(['start']);
    const dropped = await jobsOf(env.t.db, env.s.leerlijnId, 'dropped');
    expect(dropped.map((j) => j.kind).sort()).toEqual(['meeting_day_before', 'meeting_invite', 'prompt_assign_roles']);
    expect(await a.tick(at(SIGNALERING_START, 900))).toMatchObject({ claimed: 0 });
    expect(a.messenger.sends).toHaveLength(1);
  });

  it('waits as long as Retry-After asks, then sends', async () => {
    const a = scheduler(env.t.db);
    a.messenger.failNext(RATE_LIMITED);
    expect(await a.tick(INVITE_AT)).toMatchObject({ claimed: 1, retried: 1, sent: 0 });
    await databaseClockMovesOn(env.t.db, 60);
    expect(await a.tick(at(INVITE_AT, 60))).toMatchObject({ claimed: 0 });
    await databaseClockMovesOn(env.t.db, 60);
    expect(await a.tick(at(INVITE_AT, 120))).toMatchObject({ claimed: 1, sent: 1 });
    expect(a.messenger.sends).toHaveLength(1);
    expect(a.messenger.calls).toBe(2);
  });

  it('gives up after the last attempt and tells the coordinator once', async () => {
    const a = scheduler(env.t.db, { maxAttempts: 3 });
    a.messenger.failNext({ ok: false, error: 'timeout', permanent: false }, 3);
    let now = new Date(INVITE_AT);
    const outcomes = [];
    for (let i = 0; i < 3; i++) {
      const r = await a.tick(now);
      outcomes.push(r.retried ? 'retried' : r.failed ? 'failed' : 'other');
      now = at(now.toISOString(), 3600);
      await databaseClockMovesOn(env.t.db, 3600);
    }
    expect(outcomes).toEqual(['retried', 'retried', 'failed']);
    const [failed] = await jobsOf(env.t.db, env.s.leerlijnId, 'failed');
    expect(failed).toMatchObject({ kind: 'meeting_invite', attempts: 3, lastError: 'timeout' });
    expect(await a.tick(now)).toMatchObject({ claimed: 1, sent: 1 });
    expect(a.messenger.ofType('job_failed')).toMatchObject([{ to: 'user', target: 'U000', notice: { jobKind: 'meeting_invite', attempts: 3 } }]);
    expect(await a.tick(at(now.toISOString(), 60))).toMatchObject({ claimed: 0 });
  });

  it('fails a permanent error at once and tells the coordinator', async () => {
    const a = scheduler(env.t.db);
    a.messenger.failNext(PERMANENT);
    expect(await a.tick(INVITE_AT)).toMatchObject({ claimed: 1, failed: 1 });
    expect(await a.tick(at(INVITE_AT, 60))).toMatchObject({ claimed: 1, sent: 1 });
    expect(a.messenger.ofType('job_failed')).toHaveLength(1);
  });

  it('fails with a clear error when the workspace platform has no messenger', async () => {
    const r = await tick({ db: env.t.db, messengers: {} }, new Date(INVITE_AT));
    expect(r).toMatchObject({ claimed: 1, failed: 1 });
    const [failed] = await jobsOf(env.t.db, env.s.leerlijnId, 'failed');
    expect(failed!.lastError).toBe('no messenger configured for platform "slack" (configured: none)');
  });

  it('asks the coordinator to close what is still open after a meeting, and says when its round was never held', async () => {
    const a = scheduler(env.t.db);
    await a.tick(SIGNALERING_START);
    // The signalering ended and week 1 was never opened: not quiet, as nothing else would tell her.
    expect(await a.tick(SIGNALERING_END)).toMatchObject({ claimed: 1, sent: 1 });
    expect(a.messenger.ofType('coordinator_prompt')).toMatchObject([
      { to: 'user', target: 'U000', notice: { prompt: 'round_not_held', openRound: false, meeting: { kind: 'signalering' } } },
    ]);

    const deps = makeDeps(env.t.db, new Date(SIGNALERING_START));
    await openRound(deps, env.s.coordinator, env.s.leerlijnId, 'week1');
    const actieplanEnd = '2026-02-16T17:30:00Z';
    await a.tick('2026-02-16T14:30:00Z');
    expect(await a.tick(actieplanEnd)).toMatchObject({ sent: 1 });
    expect(a.messenger.ofType('coordinator_prompt').slice(1)).toMatchObject([
      { to: 'user', target: 'U000', notice: { prompt: 'close_open', openRound: true, meeting: { kind: 'actieplan' } } },
    ]);
  });

  it('reminds an owner 3 days before, on the due date and weekly at most 3 times; never once it is klaar', async () => {
    const late = await addAction(env.t.db, env.s.leerlijnId, { owner: 'U001', due: '2026-03-06' });
    const done = await addAction(env.t.db, env.s.leerlijnId, { owner: 'U002', due: '2026-03-06' });
    await env.t.db.transaction((tx) => syncLeerlijnJobs(tx, env.s.leerlijnId, NOW));
    await setActionStatus(env.t.db, done, 'klaar'); // marked klaar without a sync: checked again at send time
    const a = scheduler(env.t.db);
    for (const day of ['03-03', '03-06', '03-13', '03-20', '03-27', '04-03', '04-10']) {
      await a.tick(`2026-${day}T08:00:00Z`);
    }
    const followUps = a.messenger.ofType('action_followup');
    expect(followUps.map((f) => [f.target, f.notice.when, f.notice.action.overdue])).toEqual([
      ['U001', 'before', false],
      ['U001', 'due', false],
      ['U001', 'overdue', true],
      ['U001', 'overdue', true],
      ['U001', 'overdue', true],
    ]);
    expect(followUps.every((f) => f.notice.action.id === late)).toBe(true);
  });

  it('links the documents of an invitation: the copies the school keeps, and the filled ones of the team once they exist', async () => {
    const a = scheduler(env.t.db, {}, DOCUMENT_LINKS);
    await a.tick(INVITE_AT);
    const [invite] = a.messenger.ofType('meeting_reminder');
    const links = new Map(invite!.notice.links.map((d) => [d.code, d.url]));
    expect(links.get('factsheet')).toBe('https://drive.school.example/factsheet.pdf');
    // The signalering asks for no filled documents; the Reader has no URL here, so it is named without one.
    expect([...links.keys()].some((code) => code.startsWith('filled_'))).toBe(false);
    expect([...links.entries()].filter(([, url]) => url === null).length).toBeGreaterThan(0);
  });

  it('asks the coordinator for a notulist and invuller two working days before a meeting, only while one is missing', async () => {
    await updateMeeting(env.t.db, env.s.leerlijnId, 'actieplan', { notulistUserId: 'U001', invullerUserId: 'U002' });
    const a = scheduler(env.t.db);
    const asked = () => a.messenger.ofType('coordinator_prompt').filter((d) => d.notice.prompt === 'assign_roles').map((d) => [d.to, d.target, d.notice.meeting?.kind]);
    await a.tick(INVITE_AT);
    expect(await a.tick('2026-01-29T07:59:00Z')).toMatchObject({ claimed: 0 });
    // Thursday 09:00 before the signalering on Monday: nobody has either role, so the coordinator is asked privately.
    await a.tick('2026-01-29T08:00:00Z');
    expect(asked()).toEqual([['user', 'U000', 'signalering']]);
    // Thursday before the actieplan meeting: both roles are taken, nothing is asked.
    await a.tick('2026-02-12T08:00:00Z');
    expect(asked()).toEqual([['user', 'U000', 'signalering']]);
  });

  it('sends the coordinator a Monday digest of what changed that week, and plans the next Monday', async () => {
    const stuck = await addAction(env.t.db, env.s.leerlijnId, { owner: 'U001', due: '2026-03-06' });
    const doneLongAgo = await addAction(env.t.db, env.s.leerlijnId, { owner: 'U002', due: '2026-03-01' });
    await setActionStatus(env.t.db, doneLongAgo, 'klaar', '2026-01-09T10:00:00Z');
    await setActionStatus(env.t.db, stuck, 'loopt_vast', '2026-01-16T10:00:00Z');
    await env.t.db.transaction((tx) => syncLeerlijnJobs(tx, env.s.leerlijnId, NOW));
    const a = scheduler(env.t.db);
    expect(await a.tick('2026-01-19T08:00:00Z')).toMatchObject({ sent: 1 });
    const [digest] = a.messenger.ofType('digest');
    expect(digest).toMatchObject({ to: 'user', target: 'U000' });
    // Only the change of this week: the action made klaar ten days ago is not news any more.
    expect([digest!.notice.done.length, digest!.notice.bezig.length, digest!.notice.stuck.map((x) => x.id)]).toEqual([0, 0, [stuck]]);
    const pending = (await jobsOf(env.t.db, env.s.leerlijnId, 'pending')).filter((j) => j.kind === 'digest');
    expect(pending.map((j) => j.runAt)).toEqual(['2026-01-26T08:00:00Z']);
    // The next Monday nothing changed: nothing is listed as changed again.
    await a.tick('2026-01-26T08:00:00Z');
    const next = a.messenger.ofType('digest')[1]!.notice;
    expect([next.done, next.bezig, next.stuck]).toEqual([[], [], []]);
  });

  it('stops the Monday digest once every action is klaar and a week passed without news', async () => {
    const last = await addAction(env.t.db, env.s.leerlijnId, { owner: 'U002', due: '2026-03-01' });
    await setActionStatus(env.t.db, last, 'klaar', '2026-01-16T10:00:00Z');
    await env.t.db.transaction((tx) => syncLeerlijnJobs(tx, env.s.leerlijnId, NOW));
    const a = scheduler(env.t.db);
    // The week the last action was finished, the coordinator still hears it.
    await a.tick('2026-01-19T08:00:00Z');
    expect(a.messenger.ofType('digest').map((d) => d.notice.done.map((x) => x.id))).toEqual([[last]]);
    // The Mondays after, with nothing open, overdue or changed, nothing comes.
    await a.tick('2026-01-26T08:00:00Z');
    await a.tick('2026-02-02T08:00:00Z');
    expect(a.messenger.ofType('digest')).toHaveLength(1);
    // Reopened, the action is news again the next Monday.
    await setActionStatus(env.t.db, last, 'bezig', '2026-02-03T10:00:00Z');
    await a.tick('2026-02-09T08:00:00Z');
    expect(a.messenger.ofType('digest').map((d) => d.notice.bezig.map((x) => x.id))).toEqual([[], [last]]);
  });
});
