// A job whose leerlijn is stopped while its message is being sent: the stop cancels the job, the
// send that was under way still ends, and the tick records whom it reached on the cancelled job.
// That is what a stop does, not a scheduler losing its claim: an operator reading the log is not
// told of a lost lease.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { syncLeerlijnJobs } from '../../src/app/jobs/plan-jobs.js';
import { stopLeerlijn } from '../../src/app/leerlijn.js';
import { tick } from '../../src/scheduler/tick.js';
import { RecordingMessenger } from '../fakes/recording-messenger.js';
import { backends, type TestDb } from '../support/db.js';
import { makeDeps, NOW, startFixture } from '../support/fixtures.js';
import { capturedLog } from '../support/log-lines.js';

const INVITE_AT = new Date('2026-01-26T08:00:00Z');

/** Resolves once `done()` holds, checked between turns of the event loop (no timer). */
async function until(done: () => boolean): Promise<void> {
  while (!done()) await new Promise((r) => setImmediate(r));
}

describe.each(backends())('a leerlijn stopped while the scheduler sends for it, on $name', ({ open }) => {
  let t: TestDb;
  beforeEach(async () => {
    t = await open();
  });
  afterEach(() => t.drop());

  it('logs the job as cancelled while it ran, not as a lost lease', async () => {
    const deps = makeDeps(t.db);
    const s = await startFixture(deps);
    await t.db.transaction((tx) => syncLeerlijnJobs(tx, s.leerlijnId, NOW));
    const messenger = new RecordingMessenger('slack');
    const logged = capturedLog();
    const release = messenger.holdNext();
    const ticking = tick({ db: t.db, messengers: { slack: messenger }, log: logged.log }, INVITE_AT, { random: () => 0 });
    await until(() => messenger.calls === 1);
    await stopLeerlijn(deps, s.coordinator, s.leerlijnId, 'stopped');
    release();
    await ticking;
    expect(logged.warnings()).not.toContain('scheduler job lease lost before it was recorded');
    expect(logged.lines.map((l) => l.msg)).toContain('scheduler job cancelled while it ran; whom it reached is recorded');
    const { rows } = await t.db.query<{ status: string; sentTo: unknown }>(`select status, payload->'sentTo' as "sentTo" from scheduled_jobs where payload ? 'sentTo'`);
    expect(rows).toEqual([{ status: 'cancelled', sentTo: ['channel:C_TEAM'] }]);
  });
});
