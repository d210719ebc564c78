// The actieplan and the planning of the meetings, by command.
import { getActionPlan } from '../actions.js';
import { isCoordinatorOf, teamMembers } from '../leerlijn.js';
import { getReminderSettings, getTimeline } from '../meetings.js';
import { leerlijnOf } from './leerlijn-of.js';
import type { FlowCtx } from './surface.js';

export async function planFlow(ctx: FlowCtx): Promise<void> {
  const leerlijn = leerlijnOf(ctx);
  const plan = await getActionPlan(ctx.deps, ctx.actor, leerlijn.id);
  await ctx.surface.reply({ type: 'plan', plan, members: await teamMembers(ctx.deps, ctx.actor, leerlijn.id) });
}

/** Everyone sees the four meetings; the coordinator also gets the means to move them and the reminder settings. */
export async function planningFlow(ctx: FlowCtx): Promise<void> {
  const leerlijn = leerlijnOf(ctx);
  const [timeline, members] = await Promise.all([getTimeline(ctx.deps, ctx.actor, leerlijn.id), teamMembers(ctx.deps, ctx.actor, leerlijn.id)]);
  const canEdit = isCoordinatorOf(members, ctx.actor.userId);
  const reminders = canEdit ? await getReminderSettings(ctx.deps, ctx.actor, leerlijn.id) : undefined;
  await ctx.surface.reply({ type: 'timeline', timeline, members, canEdit, ...(reminders ? { reminders } : {}) });
}
