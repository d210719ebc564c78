// After an outage the due-day reminder goes out late, saying the date has passed; the weekly
// 'overdue' one planned a few days later said the same again. It now waits for the next week.
import { describe, expect, it } from 'vitest';
import { syncLeerlijnJobs } from '../../src/app/jobs/plan-jobs.js';
import { backends } from '../support/db.js';
import { NOW, useStartedLeerlijn } from '../support/fixtures.js';
import { addAction, scheduler } from './helpers.js';

describe.each(backends())('an overdue reminder after a late due one, on $name', ({ open }) => {
  const env = useStartedLeerlijn(open, 4);

  it('is not sent within days of it; the next week\'s is', async () => {
    // Due Friday 6 March; the bot is down from before Tuesday 3 March until Tuesday 10 March.
    await addAction(env.t.db, env.s.leerlijnId, { owner: 'U001', due: '2026-03-06' });
    await env.t.db.transaction((tx) => syncLeerlijnJobs(tx, env.s.leerlijnId, NOW));
    const a = scheduler(env.t.db);
    const followUps = () => a.messenger.ofType('action_followup').map((f) => f.notice.when);
    await a.tick('2026-03-10T08:00:00Z');
    expect(followUps()).toEqual(['overdue']);
    // Friday 13 March, the first weekly one: three days after the late one, so not again.
    await a.tick('2026-03-13T08:00:00Z');
    expect(followUps()).toEqual(['overdue']);
    await a.tick('2026-03-20T08:00:00Z');
    expect(followUps()).toEqual(['overdue', 'overdue']);
  });

  it('without a gap, the due one and each weekly one still go out', async () => {
    await addAction(env.t.db, env.s.leerlijnId, { owner: 'U001', due: '2026-03-06' });
    await env.t.db.transaction((tx) => syncLeerlijnJobs(tx, env.s.leerlijnId, NOW));
    const a = scheduler(env.t.db);
    for (const day of ['2026-03-03', '2026-03-06', '2026-03-13', '2026-03-20']) await a.tick(`${day}T08:00:00Z`);
    expect(a.messenger.ofType('action_followup').map((f) => f.notice.when)).toEqual(['before', 'due', 'overdue', 'overdue']);
  });
  it('each weekly one goes out when Christmas and New Year push two of them days closer together', async () => {
    // Due Friday 18 December 2026: the Fridays after are Eerste Kerstdag and Nieuwjaarsdag.
    await addAction(env.t.db, env.s.leerlijnId, { owner: 'U001', due: '2026-12-18' });
    await env.t.db.transaction((tx) => syncLeerlijnJobs(tx, env.s.leerlijnId, NOW));
    const a = scheduler(env.t.db);
    // The scheduler runs every day at 09:00, from the due day until mid-January, on time.
    for (let day = Date.parse('2026-12-18T08:00:00Z'); day <= Date.parse('2027-01-15T08:00:00Z'); day += 86_400_000) await a.tick(new Date(day));
    expect(a.messenger.ofType('action_followup').map((f) => f.notice.when)).toEqual(['due', 'overdue', 'overdue', 'overdue']);
  });
});
