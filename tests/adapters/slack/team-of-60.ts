// The team both Slack team tests start from: the coordinator starts the leerlijn for Het Baken with
// the channel's members the fake knows by name and 52 more people picked in the start form.
import { afterAll, beforeAll, expect } from 'vitest';
import { CHANNEL, COORDINATOR, startHarness, USERS, type Harness } from './harness.js';
import { lastView, startFormValues } from './flow.js';

/** The channel's members, then 52 more: 60 in all. */
export const TEAM = [...USERS, ...Array.from({ length: 52 }, (_, i) => `U0X${String(i + 1).padStart(4, '0')}`)];

/** A bot of the file's own with the team of 60 started; what the channel and the store hold of it. */
export function useTeamOf60(): { env: { h: Harness }; lastPost: () => string; teamIds: () => Promise<string[]> } {
  const env = {} as { h: Harness }; // filled before the first test, read only inside tests
  beforeAll(async () => {
    env.h = await startHarness();
    await env.h.command(COORDINATOR, 'start');
    await env.h.settle();
    const res = await env.h.submit(COORDINATOR, 'start', startFormValues({ school: 'Het Baken', members: TEAM }), lastView(env.h, COORDINATOR).meta);
    expect(res.text).toBe('');
    await env.h.settle();
  });
  afterAll(async () => {
    await env.h?.close();
  });
  return {
    env,
    lastPost: () => JSON.stringify(env.h.fake.messagesIn(CHANNEL).at(-1)?.blocks ?? []),
    teamIds: async () => (await env.h.testDb.db.query<{ user_id: string }>('select user_id from members order by user_id')).rows.map((r) => r.user_id),
  };
}
