// When many late messages wait out the night, the 07:30 pass cannot send them all at once: it
// takes a batch, and the rest go in the passes after it, minutes later. A reminder for a meeting at
// 07:35 must not be left for one of those later passes, which would find the meeting begun and drop it.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { syncLeerlijnJobs } from '../../src/app/jobs/plan-jobs.js';
import { DEFAULT_BATCH_SIZE } from '../../src/scheduler/tick.js';
import { backends, type TestDb } from '../support/db.js';
import { makeDeps, NOW, startFixture, type Started } from '../support/fixtures.js';
import { addAction, scheduler } from './helpers.js';

// The signalering moved to Tuesday 3 February 2026, 07:35 Amsterdam (UTC+1): its short reminder is
// planned for Monday 2 February 09:00. The actions are all due Thursday 29 January.
const TUESDAY_07_35 = '2026-02-03T06:35:00Z';
const ACTIONS = DEFAULT_BATCH_SIZE + 10;

describe.each(backends())('the 07:30 pass after a night of held messages, on $name', ({ open }) => {
  let t: TestDb;
  let s: Started;

  beforeEach(async () => {
    t = await open();
    s = await startFixture(makeDeps(t.db), { members: 4 });
    await t.db.query(`update meetings set starts_at = $2::timestamptz where leerlijn_id = $1::uuid and kind = 'signalering'`, [s.leerlijnId, TUESDAY_07_35]);
    for (let i = 0; i < ACTIONS; i += 1) await addAction(t.db, s.leerlijnId, { owner: 'U001', due: '2026-01-29', description: `Actie ${i}` });
    await t.db.transaction((tx) => syncLeerlijnJobs(tx, s.leerlijnId, NOW));
  });
  afterEach(() => t.drop());

  const shortReminders = (a: ReturnType<typeof scheduler>) => a.messenger.ofType('meeting_reminder').filter((r) => r.notice.when === 'day_before');

  it('the short reminder of a 07:35 meeting, held overnight behind more than a batch of older messages, comes at 07:30', async () => {
    const a = scheduler(t.db);
    await a.tick('2026-01-26T08:00:00Z');
    const followUps = a.messenger.ofType('action_followup').length;
    // Down from then till Monday 22:00: the due-day reminders of all actions and the short reminder are late and held.
    await a.tick('2026-02-02T21:00:00Z');
    await a.tick('2026-02-02T21:01:00Z');
    await a.tick('2026-02-02T21:02:00Z');
    expect(shortReminders(a)).toEqual([]);

    await a.tick('2026-02-03T06:30:00Z');
    expect(shortReminders(a).map((r) => r.target)).toEqual(['C_TEAM']);
    // The passes after it send the rest, and the reminder only once.
    await a.tick('2026-02-03T06:36:00Z');
    // Each action's owner hears once that its date has passed.
    expect(a.messenger.ofType('action_followup').slice(followUps).map((f) => f.notice.when)).toEqual(Array(ACTIONS).fill('overdue'));
    expect(shortReminders(a)).toHaveLength(1);
  });
});
