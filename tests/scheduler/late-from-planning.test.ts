// "Late" counts from when a message could first have gone: its planned time, or the moment it was
// planned, whichever is later. A meeting planned in the evening whose invitation day has passed
// gets its invitation at once (the bot was up, nothing was late); a message due at 09:00 and first
// found at night because the bot was down still waits for 07:30.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { syncLeerlijnJobs } from '../../src/app/jobs/plan-jobs.js';
import { rescheduleMeeting } from '../../src/app/meetings.js';
import { backends, type TestDb } from '../support/db.js';
import { makeDeps, NOW, startFixture, type Started } from '../support/fixtures.js';
import { addAction, scheduler } from './helpers.js';

// The first meeting, the signalering: Monday 2 February 2026, 15:30 Amsterdam (UTC+1); its
// invitation is planned for Monday 26 January 09:00. The actieplan is Monday 16 February.
const MONDAY_21_00 = '2026-01-26T20:00:00Z';
const MONDAY_21_01 = '2026-01-26T20:01:00Z';

describe.each(backends())('late counts from when a message was planned, on $name', ({ open }) => {
  let t: TestDb;
  afterEach(() => t.drop());
  beforeEach(async () => {
    t = await open();
  });

  const invitesFor = (a: ReturnType<typeof scheduler>, localDate: string) =>
    a.messenger.ofType('meeting_reminder').filter((r) => r.notice.when === 'invite' && r.notice.meeting.localDate === localDate);

  it('a leerlijn started at 21:00 with its first meeting next Monday: the team is invited at once, not at 07:30', async () => {
    await startFixture(makeDeps(t.db, new Date(MONDAY_21_00)), { members: 4 });
    const a = scheduler(t.db);
    await a.tick(MONDAY_21_01);
    expect(invitesFor(a, '2026-02-02').map((r) => r.target)).toEqual(['C_TEAM']);
  });

  it('a meeting moved at 21:00 to a day whose invitation time has passed: its invitation goes at once', async () => {
    const s: Started = await startFixture(makeDeps(t.db), { members: 4 });
    const a = scheduler(t.db);
    await a.tick('2026-01-26T08:00:00Z');
    // Thursday 5 February, 21:00: the actieplan moves from Monday 16 to Wednesday 11 February,
    // whose invitation day (Wednesday 4 February 09:00) is past.
    await rescheduleMeeting(makeDeps(t.db, new Date('2026-02-05T20:00:00Z')), s.coordinator, s.leerlijnId, { kind: 'actieplan', date: '2026-02-11' });
    await a.tick('2026-02-05T20:01:00Z');
    expect(invitesFor(a, '2026-02-11').map((r) => r.target)).toEqual(['C_TEAM']);
  });

  it('planned at 21:00 but first found at 23:10 (the bot went down just after): it waits for 07:30', async () => {
    await startFixture(makeDeps(t.db, new Date(MONDAY_21_00)), { members: 4 });
    const a = scheduler(t.db);
    await a.tick('2026-01-26T22:10:00Z');
    expect(invitesFor(a, '2026-02-02')).toEqual([]);
    await a.tick('2026-01-27T06:29:00Z');
    expect(invitesFor(a, '2026-02-02')).toEqual([]);
    await a.tick('2026-01-27T06:30:00Z');
    expect(invitesFor(a, '2026-02-02').map((r) => r.target)).toEqual(['C_TEAM']);
  });

  it('planned days ahead for 09:00 and first found at 21:00 (the bot was down): it still waits for 07:30', async () => {
    await startFixture(makeDeps(t.db), { members: 4 });
    const a = scheduler(t.db);
    await a.tick(MONDAY_21_01);
    expect(invitesFor(a, '2026-02-02')).toEqual([]);
    await a.tick('2026-01-27T06:30:00Z');
    expect(invitesFor(a, '2026-02-02').map((r) => r.target)).toEqual(['C_TEAM']);
  });

  it("a digest caught up at 23:00 after the bot was down over its Monday waits for 07:30, though it was planned just then", async () => {
    const s = await startFixture(makeDeps(t.db), { members: 4 });
    await addAction(t.db, s.leerlijnId, { owner: 'U001', due: '2026-03-06' });
    await t.db.transaction((tx) => syncLeerlijnJobs(tx, s.leerlijnId, NOW));
    const a = scheduler(t.db);
    await a.tick('2026-02-23T08:00:00Z');
    const digests = a.messenger.ofType('digest').length;
    // Down from then till Tuesday 10 March, 23:00: the digest of 2 March is too old by then, and the
    // pass that drops it plans the one of Monday 9 March, still worth sending.
    await a.tick('2026-03-10T22:00:00Z');
    await a.tick('2026-03-10T22:01:00Z');
    await a.tick('2026-03-11T06:29:00Z');
    expect(a.messenger.ofType('digest')).toHaveLength(digests);
    await a.tick('2026-03-11T06:30:00Z');
    expect(a.messenger.ofType('digest')).toHaveLength(digests + 1);
  });
});
