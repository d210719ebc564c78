// The actieplan and the planning of the meetings, by command.
import { FOLLOW_UP_KIND } from '../../domain/meetings.js';
import { getActionPlan } from '../actions.js';
import { fillsIn } from '../fillers.js';
import { isCoordinatorOf, teamMembers } from '../leerlijn.js';
import { getReminderSettings, getTimeline, requireFollowUpOffered } from '../meetings.js';
import { leerlijnOf } from './leerlijn-of.js';
import { meetingKindOf } from './rounds.js';
import { unknownArgument } from './error-view.js';
import { requireReaderAudited, type Actor, type Deps, type LeerlijnRow } from '../context.js';
import type { MemberView, TimelineView } from '../views.js';
import type { CommandInput, FlowCtx, ReplyView } from './surface.js';

/** `planning nieuw`: plan the optional new evaluation meeting (the next step after `vergelijk`). */
const NEW_MEETING_WORDS: ReadonlySet<string> = new Set(['nieuw', 'nieuwe', 'new']);
/** `planning rollen [meeting]`: the roles form, of that meeting where named (the next step "Rollen kiezen"). */
const ROLES_WORDS: ReadonlySet<string> = new Set(['rollen', 'roles']);

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
  // The form picks its notulist and invuller from the team (the use case refuses anyone else): with
  // nobody on it the form would offer only 'niemand', so the button is left out on both platforms.
  const rolesOffered = canEdit && members.length > 0;
  return { type: 'timeline', timeline, members, canEdit, rolesOffered, ...(reminders ? { reminders } : {}) };
}

/**
 * `planning`: the timeline; `planning nieuw`: the form for the new evaluation meeting;
 * `planning rollen [meeting]`: the roles form, of that meeting where named. The forms are the coordinator's.
 * The new evaluation meeting's form opens by the move form's rule (domain followUpOffered): before the
 * eindevaluatie it is not offered, and the coordinator hears from when instead.
 */
export async function planningFlow(ctx: FlowCtx, input: CommandInput): Promise<void> {
  const leerlijn = leerlijnOf(ctx);
  const [first = '', ...rest] = input.args.map((a) => a.toLowerCase());
  if (first === '') return ctx.surface.reply(await timelineFor(ctx.deps, ctx.actor, leerlijn.id));
  // The meeting as its code, or named in words ("action plan", "final"): an English team reads no codes.
  const kind = rest.length > 0 ? meetingKindOf(rest.join(' ')) : undefined;
  const roles = ROLES_WORDS.has(first) && kind !== null;
  if (!roles && !(NEW_MEETING_WORDS.has(first) && rest.length === 0)) return unknownArgument(ctx, input);
  // Refused before the form opens for anyone but the coordinator.
  await requireReaderAudited(ctx.deps, ctx.actor, leerlijn, roles ? 'roles_form' : 'move_form', true);
  if (!roles) {
    await requireFollowUpOffered(ctx.deps, leerlijn);
    return ctx.surface.openForm({ type: 'move', leerlijnId: leerlijn.id, kind: FOLLOW_UP_KIND });
  }
  await ctx.surface.openForm({ type: 'roles', leerlijnId: leerlijn.id, ...(kind ? { kind } : {}) });
}
