// A message the bot sends by itself that is late (the bot was down) and found at night waits for
// the next morning, 07:30 in the leerlijn's zone, instead of waking a teacher; one on time is not held.
import { describe, expect, it } from 'vitest';
import { syncLeerlijnJobs } from '../../src/app/jobs/plan-jobs.js';
import { previewPass } from '../../src/scheduler/preview.js';
import { backends } from '../support/db.js';
import { NOW, useStartedLeerlijn } from '../support/fixtures.js';
import { addAction, jobsOf, scheduler } from './helpers.js';

// The fixture's signalering: Monday 2 February 2026, 15.30 Amsterdam (UTC+1). Its invitation went
// out on Monday 26 January, its short reminder is planned for Friday 30 January 09:00.
const THURSDAY_NINE = '2026-01-29T08:00:00Z';
const FRIDAY_NINE = '2026-01-30T08:00:00Z';
const FRIDAY_23_10 = '2026-01-30T22:10:00Z';
const SATURDAY_07_29 = '2026-01-31T06:29:00Z';
const SATURDAY_07_30 = '2026-01-31T06:30:00Z';

describe.each(backends())('a late message found at night waits for the morning, on $name', ({ open }) => {
  const env = useStartedLeerlijn(open);

  const shortReminders = (a: ReturnType<typeof scheduler>) => a.messenger.ofType('meeting_reminder').filter((r) => r.notice.when === 'day_before');

  it('the short reminder of Friday 09:00, first found at 23:10 (the bot was down), comes once at 07:30 the next morning', async () => {
    const a = scheduler(env.t.db);
    await a.tick(THURSDAY_NINE);
    const before = a.messenger.sends.length;

    await a.tick(FRIDAY_23_10);
    expect(a.messenger.sends.slice(before)).toEqual([]);
    await a.tick(SATURDAY_07_29);
    expect(a.messenger.sends.slice(before)).toEqual([]);

    await a.tick(SATURDAY_07_30);
    await a.tick('2026-01-31T06:31:00Z');
    expect(shortReminders(a).map((r) => r.target)).toEqual(['C_TEAM']);
    expect(a.messenger.sends.slice(before)).toHaveLength(1);
  });

  it('a held reminder is not lost when the leerlijn is planned again during the night', async () => {
    const a = scheduler(env.t.db);
    await a.tick(THURSDAY_NINE);
    await a.tick(FRIDAY_23_10);
    await env.t.db.transaction((tx) => syncLeerlijnJobs(tx, env.s.leerlijnId, new Date('2026-01-30T23:00:00Z')));
    expect((await jobsOf(env.t.db, env.s.leerlijnId, 'pending')).map((j) => j.kind)).toContain('meeting_day_before');

    await a.tick(SATURDAY_07_30);
    expect(shortReminders(a)).toHaveLength(1);
  });

  it('the dry run at 23:10 shows the late reminder as waiting till 07:30, not as sent', async () => {
    const a = scheduler(env.t.db);
    await a.tick(THURSDAY_NINE);
    const lines = await previewPass(env.t.db, new Date(FRIDAY_23_10), 50);
    const reminder = lines.find((l) => l.kind === 'meeting_day_before');
    expect(reminder?.outcome).toBe('wait');
    expect(reminder?.detail).toContain(SATURDAY_07_30.replace(':00Z', ':00.000Z'));

    // And once held by a pass, it is still listed as waiting.
    await a.tick(FRIDAY_23_10);
    const later = await previewPass(env.t.db, new Date('2026-01-30T23:30:00Z'), 50);
    expect(later.find((l) => l.kind === 'meeting_day_before')?.outcome).toBe('wait');
  });

  it('the dry run lists a held reminder whose meeting was cancelled meanwhile as still waiting: the pass leaves it till 07:30, when it is judged', async () => {
    const a = scheduler(env.t.db);
    await a.tick(THURSDAY_NINE);
    await a.tick(FRIDAY_23_10);
    await env.t.db.query(`update meetings set status = 'cancelled' where leerlijn_id = $1::uuid and kind = 'signalering'`, [env.s.leerlijnId]);

    const lines = await previewPass(env.t.db, new Date('2026-01-30T22:30:00Z'), 50);
    const pass = await a.tick('2026-01-30T22:30:00Z');
    expect(pass.claimed + pass.skipped).toBe(0);
    const reminder = lines.find((l) => l.kind === 'meeting_day_before');
    expect(reminder?.outcome).toBe('wait');
    expect(reminder?.detail).toContain('2026-01-31T06:30:00.000Z');
  });

  it('on time at 09:00, the short reminder goes at once, as before', async () => {
    const a = scheduler(env.t.db);
    await a.tick(THURSDAY_NINE);
    await a.tick(FRIDAY_NINE);
    expect(shortReminders(a).map((r) => r.target)).toEqual(['C_TEAM']);
  });

  it('on time in the evening (an evening meeting starts at 20:30), its start reminder goes at once, as before', async () => {
    await env.t.db.query(`update meetings set starts_at = '2026-02-02T19:30:00Z' where leerlijn_id = $1::uuid and kind = 'signalering'`, [env.s.leerlijnId]);
    await env.t.db.transaction((tx) => syncLeerlijnJobs(tx, env.s.leerlijnId, NOW));
    const a = scheduler(env.t.db);
    await a.tick('2026-02-02T08:00:00Z');
    await a.tick('2026-02-02T19:30:00Z');
    expect(a.messenger.ofType('meeting_reminder').filter((r) => r.notice.when === 'start')).toHaveLength(1);
  });

  it('a late reminder whose meeting would be over by the morning goes at once (an evening meeting at 20:30, found at 20:10)', async () => {
    await env.t.db.query(`update meetings set starts_at = '2026-02-02T19:30:00Z' where leerlijn_id = $1::uuid and kind = 'signalering'`, [env.s.leerlijnId]);
    await env.t.db.transaction((tx) => syncLeerlijnJobs(tx, env.s.leerlijnId, NOW));
    const a = scheduler(env.t.db);
    await a.tick(THURSDAY_NINE);
    await a.tick('2026-02-02T19:10:00Z');
    expect(shortReminders(a).map((r) => [r.target, r.notice.when === 'day_before' && r.notice.daysAhead])).toEqual([['C_TEAM', 0]]);
  });

  it('a late action reminder found at 02:00 waits till 07:30, and so does the late digest', async () => {
    // Due Friday 6 March: its reminder three days before is Tuesday 3 March 09:00; the digest Monday 2 March 09:00.
    await addAction(env.t.db, env.s.leerlijnId, { owner: 'U001', due: '2026-03-06' });
    await env.t.db.transaction((tx) => syncLeerlijnJobs(tx, env.s.leerlijnId, NOW));
    const a = scheduler(env.t.db);
    await a.tick('2026-02-23T08:00:00Z');
    const before = a.messenger.sends.length;
    const digests = a.messenger.ofType('digest').length;

    await a.tick('2026-03-04T01:00:00Z');
    expect(a.messenger.sends.slice(before)).toEqual([]);

    await a.tick('2026-03-04T06:30:00Z');
    expect(a.messenger.ofType('action_followup').map((d) => [d.target, d.notice.when])).toEqual([['U001', 'before']]);
    expect(a.messenger.ofType('digest')).toHaveLength(digests + 1);
  });

  it('the dry run at 23:00 says a held reminder will not go at 07:30 when a newer one replaces it by then', async () => {
    // Due Friday 6 March: its reminder of Tuesday 3 March 09:00 is first found on Thursday at 23:00.
    await addAction(env.t.db, env.s.leerlijnId, { owner: 'U001', due: '2026-03-06' });
    await env.t.db.transaction((tx) => syncLeerlijnJobs(tx, env.s.leerlijnId, NOW));
    const a = scheduler(env.t.db);
    await a.tick('2026-02-23T08:00:00Z');
    const lines = await previewPass(env.t.db, new Date('2026-03-05T22:00:00Z'), 50);
    const before = lines.find((l) => l.kind === 'action_before');
    expect(before?.outcome).toBe('wait');
    expect(before?.detail).toContain('will not go at 2026-03-06T06:30:00.000Z');

    // And so it goes: nothing at 07:30 about the action, the due-day reminder at 09:00.
    await a.tick('2026-03-05T22:00:00Z');
    await a.tick('2026-03-06T06:30:00Z');
    expect(a.messenger.ofType('action_followup')).toEqual([]);
    await a.tick('2026-03-06T08:00:00Z');
    expect(a.messenger.ofType('action_followup').map((f) => f.notice.when)).toEqual(['due']);
  });
});
