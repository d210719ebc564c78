// The button under the actieplan's menu: the whole plan in the team's channel, so the team
// reads it in one place. Anyone on the team may (the use case checks who reads the plan).
import { getActionPlan } from '../actions.js';
import { membersWhenAsked, submitted } from './forms.js';
import type { FormCtx } from './surface.js';

export async function postPlanFlow(ctx: FormCtx): Promise<void> {
  const plan = await submitted(ctx, 'plan_post', () => getActionPlan(ctx.deps, ctx.actor, ctx.leerlijnId));
  if (plan) await ctx.surface.post({ type: 'plan', plan, members: membersWhenAsked(ctx) });
}
