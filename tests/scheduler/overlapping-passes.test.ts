// Two scheduler passes for different moments at once: one whose moment was read before the clock
// jumped weeks ahead (a story's, or an operator's `tick --now`) and the passes after the jump.
// Each pass replans the leerlijn's digests for its own week, so one cancels the digest the other
// is sending and may plan it again. Whoever a digest reached stays recorded, and gets it once.
import { beforeEach, describe, expect, it } from 'vitest';
import { syncLeerlijnJobs } from '../../src/app/jobs/plan-jobs.js';
import { backends } from '../support/db.js';
import { NOW, useStartedLeerlijn } from '../support/fixtures.js';
import { addAction, databaseClockMovesOn, scheduler } from './helpers.js';

// Monday 9 March, 09:30 in Amsterdam; then the clock jumps to Monday 3 August, 10:30.
const BEFORE_JUMP = '2026-03-09T08:30:00Z';
const AFTER_JUMP = '2026-08-03T08:30:00Z';
const NEXT_MONDAY = '2026-08-10T08:30:00Z';
const BRAM = 'U001';

/** Resolves once `done()` holds, checked between turns of the event loop (no timer). */
async function until(done: () => boolean): Promise<void> {
  while (!done()) await new Promise((r) => setImmediate(r));
}

describe.each(backends())('scheduler passes for different moments at once, on $name', ({ open }) => {
  const env = useStartedLeerlijn(open);
  beforeEach(async () => {
    // Bram coordinates; the first coordinator no longer does.
    await env.t.db.query(`update members set is_coordinator = (user_id = $2::text) where leerlijn_id = $1::uuid`, [env.s.leerlijnId, BRAM]);
    for (const due of ['2026-03-02', '2026-03-03', '2026-03-04']) await addAction(env.t.db, env.s.leerlijnId, { owner: 'U002', due });
    await env.t.db.transaction((tx) => syncLeerlijnJobs(tx, env.s.leerlijnId, NOW));
  });

  const digestsTo = (a: ReturnType<typeof scheduler>, userId: string) => a.messenger.ofType('digest').filter((d) => d.target === userId);

  it('a digest sent by a pass from before the jump counts as told, and that pass loses none of the weeks after it', async () => {
    const a = scheduler(env.t.db);
    // The pass of 9 March drops January's digest and plans this week's, late.
    await a.tick(BEFORE_JUMP);
    // A second pass of 9 March sends it; the coordinator's chat is slow to answer.
    const release = a.messenger.holdNext();
    const oldPass = a.tick(BEFORE_JUMP);
    await until(() => a.messenger.calls > a.messenger.sends.length);
    // Meanwhile the clock has jumped: a pass of 3 August drops March's next digest and plans that day's.
    await a.tick(AFTER_JUMP);
    release();
    await oldPass;
    await a.tick(AFTER_JUMP);
    await a.tick(NEXT_MONDAY);

    // Each counts from the one before it (not again since January), and none after the jump is lost.
    expect(digestsTo(a, BRAM).map((d) => d.notice.since ?? 'last week')).toEqual(['2026-01-12', '2026-03-09', 'last week']);
  });

  it('a digest planned again while it is being sent is not sent again', async () => {
    const a = scheduler(env.t.db);
    await a.tick(BEFORE_JUMP);
    await a.tick(BEFORE_JUMP);
    // After the jump, a pass drops March's digest and plans the one of 3 August, late.
    await a.tick(AFTER_JUMP);
    const release = a.messenger.holdNext();
    const sending = a.tick(AFTER_JUMP);
    await until(() => a.messenger.calls > a.messenger.sends.length);
    // While it goes out, a pass of 9 March replans its own weeks (leaving 3 August's alone), and a
    // pass of 3 August that handled an older digest plans 3 August's again.
    await env.t.db.transaction((tx) => syncLeerlijnJobs(tx, env.s.leerlijnId, new Date(BEFORE_JUMP), '2026-03-09'));
    await env.t.db.transaction((tx) => syncLeerlijnJobs(tx, env.s.leerlijnId, new Date(AFTER_JUMP), '2026-03-16'));
    release();
    await sending;
    await a.tick(AFTER_JUMP);
    // Planned again once more after it went out: still once.
    await env.t.db.transaction((tx) => syncLeerlijnJobs(tx, env.s.leerlijnId, new Date(AFTER_JUMP), '2026-03-16'));
    await a.tick(AFTER_JUMP);

    expect(digestsTo(a, BRAM).map((d) => d.notice.since ?? 'last week')).toEqual(['2026-01-12', '2026-03-09']);
  });
  it('a digest cancelled while a slow send holds it is not planned again and sent by another pass once the first lease would have run out', async () => {
    const a = scheduler(env.t.db);
    await a.tick(BEFORE_JUMP);
    await a.tick(BEFORE_JUMP);
    await a.tick(AFTER_JUMP);
    // The pass renews its claim every third of the lease while the send runs (keepClaim); the test renews by hand.
    const renews: Array<() => Promise<void>> = [];
    const release = a.messenger.holdNext();
    const sending = a.tick(AFTER_JUMP, { every: (_ms, renew) => (renews.push(renew), () => undefined) });
    await until(() => a.messenger.calls > a.messenger.sends.length);
    // An operator's pass for next Monday cancels 3 August's digest while Slack asks the sender to wait minutes.
    await env.t.db.transaction((tx) => syncLeerlijnJobs(tx, env.s.leerlijnId, new Date(NEXT_MONDAY)));
    await databaseClockMovesOn(env.t.db, 200);
    await renews[0]!();
    await databaseClockMovesOn(env.t.db, 200);
    // Past the first lease, still held: a pass of 3 August plans it again and another replica ticks.
    await env.t.db.transaction((tx) => syncLeerlijnJobs(tx, env.s.leerlijnId, new Date(AFTER_JUMP), '2026-03-16'));
    await a.tick(AFTER_JUMP);
    release();
    await sending;
    await a.tick(AFTER_JUMP);

    expect(digestsTo(a, BRAM).map((d) => d.notice.since ?? 'last week')).toEqual(['2026-01-12', '2026-03-09']);
  });
});
