// A late notice found at night is judged again as at the morning (late-hold.ts) to see whether
// waiting makes it useless. When that reading fails (the database does not answer), the notice
// still waits for the morning: the pass moves on instead of failing the job, and nobody is woken.
import { describe, expect, it } from 'vitest';
import { holdsUntil } from '../../src/scheduler/late-hold.js';
import type { Db } from '../../src/store/db.js';
import type { DueJob } from '../../src/scheduler/jobs-store.js';

const down = { query: () => Promise.reject(new Error('connection terminated')) } as unknown as Db;
const job: DueJob = {
  id: '1', kind: 'meeting_day_before', subject: 'm1', occurrence: 'o', leerlijnId: 'l1',
  runAt: new Date('2026-01-30T08:00:00Z'), payload: {}, attempts: 1,
};
const built = { outcome: 'send', platform: 'slack', workspaceId: 'w', timezone: 'Europe/Amsterdam', notice: {}, targets: [], team: '' } as never;

describe('a late notice at night while the database does not answer', () => {
  it('waits for 07:30 rather than failing the pass', async () => {
    const until = await holdsUntil(down, job, built, new Date('2026-01-30T22:10:00Z'), undefined, null);
    expect(until?.toISOString()).toBe('2026-01-31T06:30:00.000Z');
  });
});
