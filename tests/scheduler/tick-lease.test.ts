// A tick's claim on the jobs it takes (the lease): handed back untried when the tick runs past
// half of it, renewed while a send is slow, given up to another replica when a send hangs or
// the scheduler dies. What the tick sends and when is tick.test.ts's.
import { describe, expect, it } from 'vitest';
import { claimDueJobs } from '../../src/scheduler/job-claims.js';
import { renewLease, retryJobLater } from '../../src/scheduler/jobs-store.js';
import { backends } from '../support/db.js';
import { jobsOf, databaseClockMovesOn, scheduler, usePlannedLeerlijn } from './helpers.js';

const INVITE_AT = '2026-01-26T08:00:00Z'; // signalering invitation, Monday 09:00 Amsterdam
const SIGNALERING_START = '2026-02-02T14:30:00Z';

const at = (iso: string, seconds: number) => new Date(Date.parse(iso) + seconds * 1000);

describe.each(backends())('a tick’s claim on its jobs, on $name', ({ open }) => {
  const env = usePlannedLeerlijn(open);

  it('hands claimed jobs back when a tick runs past half its lease, so no replica sends them twice', async () => {
    const a = scheduler(env.t.db);
    // Sends are slow: the tick's own clock reads 0 at the start and before the first job,
    // then 200 s before the second one.
    const readings = [0, 0, 200_000];
    const slowClock = () => readings.shift() ?? 200_000;
    const first = await a.tick(at(SIGNALERING_START, 600), { leaseSeconds: 300, elapsedMs: slowClock });
    // The three signalering reminders and the roles prompt of the Thursday before.
    expect(first).toMatchObject({ claimed: 4, released: 3 });
    expect(first.sent + first.dropped + first.skipped).toBe(1);
    // Handed back untried: the next tick at the same moment takes them with no attempt lost.
    const second = await a.tick(at(SIGNALERING_START, 600));
    expect(second).toMatchObject({ claimed: 3, released: 0 });
    const jobs = await jobsOf(env.t.db, env.s.leerlijnId);
    expect(jobs.filter((j) => j.kind.startsWith('meeting_') && j.subject.endsWith(':signalering')).every((j) => j.status !== 'pending')).toBe(true);
    expect(a.messenger.ofType('meeting_reminder')).toHaveLength(1);
  });

  it('a scheduler that dies after claiming leaves the job to another after the lease, sent once', async () => {
    const { jobs: claimed } = await claimDueJobs(env.t.db, new Date(INVITE_AT), 50, 300);
    expect(claimed.map((j) => j.kind)).toEqual(['meeting_invite']);
    const b = scheduler(env.t.db);
    await databaseClockMovesOn(env.t.db, 299);
    expect(await b.tick(at(INVITE_AT, 299))).toMatchObject({ claimed: 0 });
    await databaseClockMovesOn(env.t.db, 2);
    expect(await b.tick(at(INVITE_AT, 301))).toMatchObject({ claimed: 1, sent: 1 });
    expect(await b.tick(at(INVITE_AT, 400))).toMatchObject({ claimed: 0 });
    expect(b.messenger.sends).toHaveLength(1);
  });

  describe('a send slower than the lease', () => {
    /**
     * The renewal timer, driven by hand: the test says when it fires and how late it is. Both
     * the tick's own clock and the database's (for the leases) move on to that moment.
     */
    function handTimer() {
      let renew: (() => Promise<void>) | null = null;
      let elapsed = 0;
      return {
        opts: { leaseSeconds: 300, elapsedMs: () => elapsed, every: (_ms: number, fn: () => Promise<void>) => ((renew = fn), () => void (renew = null)) },
        async fireAt(seconds: number) {
          await this.clockAt(seconds);
          await renew?.();
        },
        async clockAt(seconds: number) {
          await databaseClockMovesOn(env.t.db, seconds - elapsed / 1000);
          elapsed = seconds * 1000;
        },
        running: () => renew !== null,
      };
    }

    it('keeps its claim while the platform is slow, so another replica does not send it too', async () => {
      const a = scheduler(env.t.db);
      const timer = handTimer();
      const release = a.messenger.holdNext();
      const first = a.tick(INVITE_AT, timer.opts);
      await expect.poll(() => a.messenger.calls).toBe(1);
      await timer.fireAt(100);
      await timer.fireAt(280);
      const b = scheduler(env.t.db);
      // Past the first lease, but the claim was renewed at 280 s.
      await timer.clockAt(400);
      expect(await b.tick(at(INVITE_AT, 400))).toMatchObject({ claimed: 0 });
      release();
      expect(await first).toMatchObject({ claimed: 1, sent: 1 });
      expect(timer.running()).toBe(false);
      expect(await b.tick(at(INVITE_AT, 2000))).toMatchObject({ claimed: 0 });
      expect([...a.messenger.sends, ...b.messenger.sends]).toHaveLength(1);
    });

    it('gives a send stuck for half an hour up to the other replicas', async () => {
      const a = scheduler(env.t.db);
      const timer = handTimer();
      a.messenger.hangNext();
      void a.tick(INVITE_AT, timer.opts);
      await expect.poll(() => a.messenger.calls).toBe(1);
      await timer.fireAt(1700); // still renewed: 28 minutes in
      const b = scheduler(env.t.db);
      await timer.clockAt(1900);
      expect(await b.tick(at(INVITE_AT, 1900))).toMatchObject({ claimed: 0 });
      await timer.fireAt(1900); // past 6 leases: no longer renewed
      expect(timer.running()).toBe(false);
      await timer.clockAt(2001);
      expect(await b.tick(at(INVITE_AT, 2001))).toMatchObject({ claimed: 1, sent: 1 });
    });

    it('a renewal landing after the job was handed back for a retry does not delay that retry', async () => {
      // The renewal's query was already on its way when the send failed and the job was put back.
      const [job] = (await claimDueJobs(env.t.db, new Date(INVITE_AT), 50, 300)).jobs;
      expect(job).toBeDefined();
      if (!job) return;
      await retryJobLater(env.t.db, job, 120, 'ratelimited', job.payload);
      expect(await renewLease(env.t.db, job, 300)).toBe(false);
      await databaseClockMovesOn(env.t.db, 121);
      expect(await scheduler(env.t.db).tick(at(INVITE_AT, 121))).toMatchObject({ claimed: 1, sent: 1 });
    });
  });
});
