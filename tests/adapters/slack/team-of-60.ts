// The team both Slack team tests start from: the coordinator starts the leerlijn for Het Baken with
// the channel's members the fake knows by name and 52 more people picked in the start form; and
// the team modal's pages as Slack shows them and sends them back.
import { afterAll, beforeAll, expect } from 'vitest';
import { z } from 'zod';
import { input, type StateValue } from '../../fakes/slack-signing.js';
import { blockKitViolations } from '../../support/blockkit-limits.js';
import { CHANNEL, COORDINATOR, startHarness, teamIdsIn, USERS, type Harness } from './harness.js';
import { lastView, leerlijnIdIn, startFormValues } from './flow.js';

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
    teamIds: () => teamIdsIn(env.h),
  };
}

export const Shown = z.object({
  submit: z.object({ text: z.string() }),
  close: z.object({ text: z.string() }),
  private_metadata: z.string(),
  blocks: z.array(z.looseObject({
    type: z.string(),
    block_id: z.string().optional(),
    label: z.object({ text: z.string() }).optional(),
    element: z.looseObject({
      type: z.string(),
      initial_option: z.object({ value: z.string() }).optional(),
      initial_options: z.array(z.looseObject({ value: z.string() })).optional(),
    }).optional(),
  })),
});
export type Shown = z.infer<typeof Shown>;

/** What Slack sends back for a page the user did not touch: every input as it was shown. */
export function asShown(view: Shown): Record<string, Record<string, StateValue>> {
  const values: Record<string, Record<string, StateValue>> = {};
  for (const b of view.blocks) {
    if (b.type !== 'input' || !b.block_id || !b.element) continue;
    const initial = b.element.initial_option?.value;
    if (b.element.type === 'checkboxes') {
      values[b.block_id] = { v: input.checked((b.element.initial_options ?? []).map((o) => o.value)) };
      continue;
    }
    values[b.block_id] = { v: b.element.type === 'multi_users_select' ? input.users([]) : initial ? input.select(initial) : { type: 'static_select', selected_option: null } };
  }
  return values;
}

/** The coordinator opens the team modal from the planning's button: its first page. */
export async function openTeamModal(h: Harness): Promise<Shown> {
  await h.click(COORDINATOR, 'team_edit', await leerlijnIdIn(h));
  await h.settle();
  const v = h.fake.lastView(COORDINATOR)?.view;
  expect(v?.callback_id).toBe('team');
  return Shown.parse(v);
}

/** Submits a page; the next page when Slack is told to show one, null when the modal closes. */
export async function submitPage(h: Harness, view: Shown, changes: Record<string, Record<string, StateValue>> = {}): Promise<Shown | null> {
  const res = await h.submit(COORDINATOR, 'team', { ...asShown(view), ...changes }, view.private_metadata);
  expect(res.status).toBe(200);
  await h.settle();
  if (res.text === '') return null;
  const body = z.object({ response_action: z.literal('update'), view: z.unknown() }).parse(res.json);
  expect(blockKitViolations(body.view, 'modal')).toEqual([]);
  return Shown.parse(body.view);
}
