// The actieplan and the planning of the meetings, by command.
import { FOLLOW_UP_KIND } from '../../domain/meetings.js';
import { getActionPlan } from '../actions.js';
import { fillsIn } from '../fillers.js';
import { isCoordinatorOf, teamMembers } from '../leerlijn.js';
import { getReminderSettings, getTimeline, requireCoordinatorOf } from '../meetings.js';
import { leerlijnOf } from './leerlijn-of.js';
import { unknownArgument } from './rounds.js';
import type { Actor, Deps, LeerlijnRow } from '../context.js';
import type { MemberView, TimelineView } from '../views.js';
import type { CommandInput, FlowCtx, ReplyView } from './surface.js';

/** `planning nieuw`: plan the optional new evaluation meeting (the next step after `vergelijk`). */
const NEW_MEETING_WORDS: ReadonlySet<string> = new Set(['nieuw', 'nieuwe', 'new']);

export async function planFlow(ctx: FlowCtx): Promise<void> {
  await ctx.surface.reply(await planFor(ctx.deps, ctx.actor, leerlijnOf(ctx)));
}

/** The actieplan as this person sees it: its buttons for who fills it in. */
export async function planFor(deps: Deps, actor: Actor, leerlijn: LeerlijnRow): Promise<ReplyView> {
  const plan = await getActionPlan(deps, actor, leerlijn.id);
  const [members, canFill] = await Promise.all([teamMembers(deps, actor, leerlijn.id), fillsIn(deps, actor, leerlijn, 'actieplan')]);
  return { type: 'plan', plan, members, canFill };
}

/**
 * Everyone sees the meetings; the coordinator also gets the means to move them and the
 * reminder settings. `changed`: the timeline a move or a role change just answered, with the
 * team as that flow read it for the channel (read once per change).
 */
export async function timelineFor(deps: Deps, actor: Actor, leerlijnId: string, changed?: { timeline: TimelineView; members: MemberView[] }): Promise<ReplyView> {
  const [timeline, members] = changed ? [changed.timeline, changed.members] : await Promise.all([getTimeline(deps, actor, leerlijnId), teamMembers(deps, actor, leerlijnId)]);
  const canEdit = isCoordinatorOf(members, actor.userId);
  const reminders = canEdit ? await getReminderSettings(deps, actor, leerlijnId) : undefined;
  return { type: 'timeline', timeline, members, canEdit, ...(reminders ? { reminders } : {}) };
}

/** `planning`: the timeline; `planning nieuw`: the form for the new evaluation meeting (coordinator only). */
export async function planningFlow(ctx: FlowCtx, input: CommandInput): Promise<void> {
  const leerlijn = leerlijnOf(ctx);
  const arg = input.args.join(' ').toLowerCase();
  if (arg === '') return ctx.surface.reply(await timelineFor(ctx.deps, ctx.actor, leerlijn.id));
  if (!NEW_MEETING_WORDS.has(arg)) return unknownArgument(ctx, 'planning', input);
  // Refused before the form opens for anyone but the coordinator.
  await requireCoordinatorOf(ctx.deps, ctx.actor, leerlijn.id, 'move_form');
  await ctx.surface.openForm({ type: 'move', leerlijnId: leerlijn.id, kind: FOLLOW_UP_KIND });
}
