// The team modal in Slack for a team of 60 (two pages): someone added on page 1 is named in the
// channel's post after the last page, as a change on that page would be. Slack's modal has no
// remove (the typed `team verwijder` is team-command.test.ts's); Teams' removals: teams/team-pages.test.ts.
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { t } from '../../../src/i18n/index.js';
import { input, type StateValue } from '../../fakes/slack-signing.js';
import { CHANNEL, COORDINATOR } from './harness.js';
import { leerlijnIdIn } from './flow.js';
import { useTeamOf60 } from './team-of-60.js';

const { env, lastPost } = useTeamOf60();

const Shown = z.object({
  private_metadata: z.string(),
  blocks: z.array(z.looseObject({ type: z.string(), block_id: z.string().optional(), element: z.looseObject({ type: z.string(), initial_option: z.object({ value: z.string() }).optional(), initial_options: z.array(z.looseObject({ value: z.string() })).optional() }).optional() })),
});
type Shown = z.infer<typeof Shown>;

/** What Slack sends back for a page the user did not touch: every input as it was shown. */
function asShown(view: Shown): Record<string, Record<string, StateValue>> {
  const values: Record<string, Record<string, StateValue>> = {};
  for (const b of view.blocks) {
    if (b.type !== 'input' || !b.block_id || !b.element) continue;
    const initial = b.element.initial_option?.value;
    if (b.element.type === 'checkboxes') values[b.block_id] = { v: input.checked((b.element.initial_options ?? []).map((o) => o.value)) };
    else values[b.block_id] = { v: b.element.type === 'multi_users_select' ? input.users([]) : initial ? input.select(initial) : { type: 'static_select', selected_option: null } };
  }
  return values;
}

async function openTeamModal(): Promise<Shown> {
  await env.h.click(COORDINATOR, 'team_edit', await leerlijnIdIn(env.h));
  await env.h.settle();
  return Shown.parse(env.h.fake.lastView(COORDINATOR)?.view);
}

/** Submits a page; the next page when Slack is told to show one, null when the modal closes. */
async function submitPage(view: Shown, changes: Record<string, Record<string, StateValue>> = {}): Promise<Shown | null> {
  const res = await env.h.submit(COORDINATOR, 'team', { ...asShown(view), ...changes }, view.private_metadata);
  expect(res.status).toBe(200);
  await env.h.settle();
  if (res.text === '') return null;
  return Shown.parse(z.object({ view: z.unknown() }).parse(res.json).view);
}

describe('someone added on an earlier page of the team modal', () => {
  it('is named in the channel after the last page, once, also when the last page changes nothing', async () => {
    const newcomer = 'U0NEW0001';
    const posts = env.h.fake.messagesIn(CHANNEL).length;
    const page2 = await submitPage(await openTeamModal(), { add_0: { v: input.users([newcomer]) } });
    expect(page2).not.toBeNull();
    expect(env.h.fake.messagesIn(CHANNEL)).toHaveLength(posts); // the team hears after the last page
    expect(await submitPage(page2!)).toBeNull();
    expect(lastPost().split(t('nl', 'team.added', { name: `<@${newcomer}>` })).length - 1).toBe(1);
  });
});
