// After a gap (the bot was down) an owner gets one DM per action per pass: the most recent
// follow-up that is due. The older ones are recorded as superseded and never sent later.
import { beforeEach, describe, expect, it } from 'vitest';
import { syncLeerlijnJobs } from '../../src/app/jobs/plan-jobs.js';
import { previewPass } from '../../src/scheduler/preview.js';
import { backends } from '../support/db.js';
import { NOW, useStartedLeerlijn } from '../support/fixtures.js';
import { addAction, jobsOf, scheduler } from './helpers.js';

// Due 2026-03-06: before on 03-03, due on 03-06, overdue on 03-13, 03-20 and 03-27, all 09:00 Amsterdam.
const DUE = '2026-03-06';
const AFTER_SECOND_OVERDUE = '2026-03-21T08:00:00Z';
const THIRD_OVERDUE = '2026-03-27T08:00:00Z';

describe.each(backends())('catching up after a gap on $name', ({ open }) => {
  const env = useStartedLeerlijn(open);
  let action: string;

  beforeEach(async () => {
    action = await addAction(env.t.db, env.s.leerlijnId, { owner: 'U001', due: DUE });
    await env.t.db.transaction((tx) => syncLeerlijnJobs(tx, env.s.leerlijnId, NOW));
  });

  const followUpsOf = async (status?: string) =>
    (await jobsOf(env.t.db, env.s.leerlijnId, status)).filter((j) => j.subject === action).map((j) => `${j.kind} ${j.occurrence}`);

  it('sends the owner only the latest due follow-up and records the older ones as superseded, never to be sent', async () => {
    const a = scheduler(env.t.db);
    // Down since before the "before" reminder: before, due day, overdue #1 and #2 are all due now.
    const pass = await a.tick(AFTER_SECOND_OVERDUE);
    const dms = a.messenger.ofType('action_followup');
    expect(dms.map((d) => [d.target, d.notice.when, d.notice.action.id])).toEqual([['U001', 'overdue', action]]);
    expect(pass).toMatchObject({ superseded: 3 });
    expect(await followUpsOf('done')).toEqual([`action_overdue ${DUE}#2`]);
    expect(await followUpsOf('superseded')).toEqual([`action_before ${DUE}`, `action_due ${DUE}`, `action_overdue ${DUE}#1`]);

    // Nothing of the backlog comes later; only the next week's reminder does, in its own time.
    // (The coordinator's digest of this week, due since Monday, does go out late.)
    expect(await a.tick(AFTER_SECOND_OVERDUE)).toMatchObject({ superseded: 0 });
    expect(a.messenger.ofType('action_followup')).toHaveLength(1);
    expect(a.messenger.ofType('digest').map((d) => d.target)).toEqual(['U000']);
    await a.tick(THIRD_OVERDUE);
    expect(a.messenger.ofType('action_followup').map((d) => d.notice.when)).toEqual(['overdue', 'overdue']);
    expect(await followUpsOf('pending')).toEqual([]);
    expect(await followUpsOf('superseded')).toHaveLength(3);
  });

  it('passes that take one job at a time still send the owner only the latest', async () => {
    const a = scheduler(env.t.db, { batchSize: 1 });
    let passes = 0;
    for (let took = 1; took > 0; passes++) {
      const r = await a.tick(AFTER_SECOND_OVERDUE);
      took = r.claimed + r.superseded;
    }
    expect(passes).toBeGreaterThan(4);
    expect(a.messenger.ofType('action_followup').map((d) => d.notice.when)).toEqual(['overdue']);
    expect(await followUpsOf('superseded')).toHaveLength(3);
  });

  it('without a gap, every follow-up goes out in its own week', async () => {
    const a = scheduler(env.t.db);
    for (const day of ['03-03', '03-06', '03-13']) {
      expect(await a.tick(`2026-${day}T08:00:00Z`)).toMatchObject({ superseded: 0 });
    }
    expect(a.messenger.ofType('action_followup').map((d) => d.notice.when)).toEqual(['before', 'due', 'overdue']);
  });

  it('a "before" reminder still pending on the due day is dropped: the owner gets only the due-day one', async () => {
    const a = scheduler(env.t.db);
    // Down from before the "before" reminder until 08:30 Amsterdam on the due day, before the due-day job.
    await a.tick('2026-03-06T07:30:00Z');
    expect(a.messenger.ofType('action_followup')).toEqual([]);
    expect(await followUpsOf('pending')).toContain(`action_due ${DUE}`);
    expect(await followUpsOf('pending')).not.toContain(`action_before ${DUE}`);
    await a.tick('2026-03-06T08:00:00Z');
    expect(a.messenger.ofType('action_followup').map((d) => d.notice.when)).toEqual(['due']);
  });

  it('a due-day reminder that goes out after its day says the action is past its date, not that it is due today', async () => {
    const a = scheduler(env.t.db);
    // Down from before the "before" reminder until the morning after the due day.
    await a.tick('2026-03-07T08:00:00Z');
    expect(a.messenger.ofType('action_followup').map((d) => d.notice.when)).toEqual(['overdue']);
  });

  it('a dry run shows the older ones as superseded and changes nothing', async () => {
    const lines = await previewPass(env.t.db, new Date(AFTER_SECOND_OVERDUE), 50);
    const mine = lines.filter((l) => l.kind.startsWith('action_'));
    expect(mine.map((l) => [l.kind, l.outcome])).toEqual([
      ['action_before', 'superseded'],
      ['action_due', 'superseded'],
      ['action_overdue', 'superseded'],
      ['action_overdue', 'send'],
    ]);
    expect(mine.at(-1)?.detail).toBe('action_followup via slack to user:U001');
    expect(await followUpsOf('superseded')).toEqual([]);
  });
});
