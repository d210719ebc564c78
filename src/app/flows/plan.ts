// The actieplan and the planning of the meetings, by command.
import { getActionPlan } from '../actions.js';
import { isCoordinatorOf, teamMembers } from '../leerlijn.js';
import { getReminderSettings, getTimeline } from '../meetings.js';
import { leerlijnOf } from './leerlijn-of.js';
import type { Actor, Deps } from '../context.js';
import type { TimelineView } from '../views.js';
import type { FlowCtx, ReplyView } from './surface.js';

export async function planFlow(ctx: FlowCtx): Promise<void> {
  const leerlijn = leerlijnOf(ctx);
  const plan = await getActionPlan(ctx.deps, ctx.actor, leerlijn.id);
  await ctx.surface.reply({ type: 'plan', plan, members: await teamMembers(ctx.deps, ctx.actor, leerlijn.id) });
}

/**
 * Everyone sees the four meetings; the coordinator also gets the means to move them and the
 * reminder settings. `changed`: the timeline a move or a role change just answered.
 */
export async function timelineFor(deps: Deps, actor: Actor, leerlijnId: string, changed?: TimelineView): Promise<ReplyView> {
  const [timeline, members] = await Promise.all([changed ?? getTimeline(deps, actor, leerlijnId), teamMembers(deps, actor, leerlijnId)]);
  const canEdit = isCoordinatorOf(members, actor.userId);
  const reminders = canEdit ? await getReminderSettings(deps, actor, leerlijnId) : undefined;
  return { type: 'timeline', timeline, members, canEdit, ...(reminders ? { reminders } : {}) };
}

export async function planningFlow(ctx: FlowCtx): Promise<void> {
  await ctx.surface.reply(await timelineFor(ctx.deps, ctx.actor, leerlijnOf(ctx).id));
}
