// A plan item saved after the team's channel was archived (its form opened before): saved, the channel refuses the post
// (is_archived, its ephemerals too), and the coordinator hears it in the DM. What to do is to unarchive the channel: a
// leerlijn lives in its channel, and no command moves it to another, so "continue it in an active channel" cannot be done.
import { describe, expect, it } from 'vitest';
import { COORDINATOR, USERS } from './harness.js';
import { useSlackLeerlijn } from './flow.js';
import { openPlanItem, row, texts } from './plan-steps.js';

const env = useSlackLeerlijn('De Brug');
const dmOf = (user: string): string => `D${user.slice(1)}`;

describe('Slack: a form saved after the channel was archived', () => {
  it('tells the coordinator to have the channel unarchived, not to move the leerlijn', async () => {
    const view = await openPlanItem(env.h, 'P1');
    env.h.fake.failNext('chat.postMessage', { error: 'is_archived' });
    env.h.fake.failNext('chat.postEphemeral', { error: 'is_archived' });
    await env.h.submit(COORDINATOR, 'plan', { ...texts('Weinig overleg', 'Wekelijks overleg'), ...row(0, 'Overleg plannen', USERS[1]!, '2026-02-20') }, view.meta);
    await env.h.settle();
    const told = JSON.stringify(env.h.fake.messagesIn(dmOf(COORDINATOR)).at(-1));
    expect(told).toContain('gearchiveerd');
    expect(told).toContain('dearchiveren');
    expect(told).not.toContain('actief kanaal');
  });
});
