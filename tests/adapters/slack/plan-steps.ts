// The actieplan as a Slack coordinator fills it in: the command, an onderdeel's button, its modal.
import { expect } from 'vitest';
import { input, type SlackPostResult, type StateValue } from '../../fakes/slack-signing.js';
import { lastView } from './flow.js';
import { COORDINATOR, lastToldTo, type Harness } from './harness.js';

export type Values = Record<string, Record<string, StateValue>>;

export const texts = (wat: string, gewenst: string): Values => ({ watKanBeter: { v: input.text(wat) }, gewensteEindsituatie: { v: input.text(gewenst) } });

export const row = (i: number, description: string, owner: string, due: string): Values => ({
  [`actions.${i}.description`]: { v: input.text(description) },
  [`actions.${i}.ownerUserId`]: { v: { type: 'users_select', selected_user: owner } },
  [`actions.${i}.dueDate`]: { v: input.date(due) },
});

/** `/leerlijn actieplan`, then the button of one onderdeel: the modal as the coordinator sees it. */
export async function openPlanItem(h: Harness, code: string): Promise<{ meta: string; blocks: unknown[] }> {
  await h.command(COORDINATOR, 'actieplan');
  await h.settle();
  const value = new RegExp(`"value":"([0-9a-f-]{36}\\|${code})"`).exec(lastToldTo(h.fake, COORDINATOR))?.[1];
  expect(value).toBeDefined();
  await h.click(COORDINATOR, 'plan_open', value!);
  await h.settle();
  return lastView(h, COORDINATOR);
}

export async function savePlanItemInSlack(h: Harness, code: string, values: Values): Promise<SlackPostResult> {
  const view = await openPlanItem(h, code);
  const res = await h.submit(COORDINATOR, 'plan', values, view.meta);
  await h.settle();
  return res;
}
