// The actieplan and the planning of the meetings, by command.
import { FOLLOW_UP_KIND } from '../../domain/meetings.js';
import { getActionPlan } from '../actions.js';
import { isCoordinatorOf, teamMembers } from '../leerlijn.js';
import { getReminderSettings, getTimeline, requireCoordinatorOf } from '../meetings.js';
import { leerlijnOf } from './leerlijn-of.js';
import { unknownArgument } from './rounds.js';
import type { CommandInput, FlowCtx } from './surface.js';

/** `planning nieuw`: plan the optional new evaluation meeting (the next step after `vergelijk`). */
const NEW_MEETING_WORDS: ReadonlySet<string> = new Set(['nieuw', 'nieuwe', 'new']);

export async function planFlow(ctx: FlowCtx): Promise<void> {
  const leerlijn = leerlijnOf(ctx);
  const plan = await getActionPlan(ctx.deps, ctx.actor, leerlijn.id);
  await ctx.surface.reply({ type: 'plan', plan, members: await teamMembers(ctx.deps, ctx.actor, leerlijn.id) });
}

/** Everyone sees the four meetings; the coordinator also gets the means to move them and the reminder settings. */
export async function planningFlow(ctx: FlowCtx, input: CommandInput): Promise<void> {
  const leerlijn = leerlijnOf(ctx);
  const arg = input.args.join(' ').toLowerCase();
  if (arg !== '') {
    if (!NEW_MEETING_WORDS.has(arg)) return unknownArgument(ctx, 'planning', input);
    // Refused before the form opens for anyone but the coordinator.
    await requireCoordinatorOf(ctx.deps, ctx.actor, leerlijn.id, 'move_form');
    return ctx.surface.openForm({ type: 'move', leerlijnId: leerlijn.id, kind: FOLLOW_UP_KIND });
  }
  const [timeline, members] = await Promise.all([getTimeline(ctx.deps, ctx.actor, leerlijn.id), teamMembers(ctx.deps, ctx.actor, leerlijn.id)]);
  const canEdit = isCoordinatorOf(members, ctx.actor.userId);
  const reminders = canEdit ? await getReminderSettings(ctx.deps, ctx.actor, leerlijn.id) : undefined;
  await ctx.surface.reply({ type: 'timeline', timeline, members, canEdit, ...(reminders ? { reminders } : {}) });
}
