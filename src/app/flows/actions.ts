// After a change to the action plan: who is told, and what the person who acted hears.
// A status change goes to the coordinators and, made by someone else, to the action's owner
// (never to whoever made it); new actions go to their owners; whoever could not be reached is
// named to the person who acted.
import { updateActionStatus, type OwnerNotice, type StatusChange } from '../actions.js';
import type { ActionView } from '../views.js';
import { getStatus } from '../overview.js';
import { soonestFirst } from '../present.js';
import { text, type FlowCtx, type Surface, type TextView } from './surface.js';
import { leerlijnName } from '../context.js';

type ActCtx = Pick<FlowCtx, 'deps' | 'log' | 'actor'> & { surface: Pick<Surface, 'reply' | 'notify'> };
/** A status change only tells people; its confirmation is the caller's to give (status.ts). */
type TellCtx = Pick<FlowCtx, 'deps' | 'log' | 'actor'> & { surface: Pick<Surface, 'notify'> };

/** Sends `notice` to each person; returns who could not be reached. */
async function tellEach(ctx: TellCtx, userIds: readonly string[], notice: (userId: string) => Parameters<FlowCtx['surface']['notify']>[1]): Promise<string[]> {
  const unreached: string[] = [];
  for (const userId of userIds) {
    const result = await ctx.surface.notify(userId, notice(userId));
    if (!result.ok) {
      ctx.log.warn({ error: result.error }, 'person not told');
      unreached.push(userId);
    }
  }
  return unreached;
}

export interface StatusChanged {
  change: StatusChange;
  /** For the person who acted: what they did (in the second person), and whom we could not tell. */
  confirmation: TextView[];
}

/**
 * klaar / bezig / loopt vast (with an optional note) from an owner's message or card: saved by
 * the use case, which checks it is the owner or a coordinator. Then `tellStatusChange`.
 */
export function saveActionStatus(ctx: TellCtx, input: { actionId: string; status: string; note?: string | null }): Promise<StatusChange> {
  return updateActionStatus(ctx.deps, ctx.actor, input);
}

/**
 * The coordinators other than the actor hear of a saved change, and so does the owner when
 * someone else (a coordinator) changed their action: it is on their name, and the buttons they
 * were sent still show the old status. The actor gets a confirmation
 * in the second person and the names of whom we could not tell. `withNote`: a note came with
 * this change (the last note may be weeks old). `byName`: the platform's name for the actor,
 * for coordinators when the actor has left the team.
 */
export async function tellStatusChange(ctx: TellCtx, change: StatusChange, withNote: boolean, byName?: string): Promise<StatusChanged> {
  const notice = {
    type: 'action_changed' as const, leerlijn: change.leerlijn, action: change.action, previousStatus: change.previousStatus,
    byUserId: ctx.actor.userId, ...(byName ? { byName } : {}), note: withNote ? change.action.lastNote : null,
  };
  const owner = change.action.ownerUserId;
  const told = owner === ctx.actor.userId || change.coordinators.includes(owner) ? change.coordinators : [...change.coordinators, owner];
  const unreached = change.changed ? await tellEach(ctx, told, () => notice) : [];
  // Named as DMs name a leerlijn: someone on two teams may have an action of this title in each.
  const said = { action: change.action.description.slice(0, 300), leerlijn: leerlijnName(change.leerlijn) };
  const confirmation = [text('action.youUpdated', said, { terms: { status: `action.status.${change.action.status}` } })];
  if (unreached.length > 0) confirmation.push(text('action.coordinatorsUnreached', {}, { people: { names: unreached }, tone: 'warning' }));
  return { change, confirmation };
}

/** One message per owner with all of their new actions (soonest first), saying who handed them over if they were; the person who saved hears whom we could not reach. */
export async function notifyOwners(ctx: ActCtx, leerlijnId: string, owners: readonly OwnerNotice[], handedOverBy?: string): Promise<void> {
  if (owners.length === 0) return;
  const { leerlijn } = await getStatus(ctx.deps, ctx.actor, leerlijnId);
  const byOwner = new Map(owners.map((o) => [o.userId, [...o.actions].sort(soonestFirst)]));
  // A coordinator who took them over herself hears them as her actions, not that she handed them to herself.
  const handedOver = (userId: string) => (handedOverBy && handedOverBy !== userId ? { handedOverBy } : {});
  const unreached = await tellEach(ctx, [...byOwner.keys()], (userId) => ({ type: 'owner_actions', leerlijn, actions: byOwner.get(userId) ?? [], ...handedOver(userId) }));
  if (unreached.length > 0) await ctx.surface.reply(text('plan.ownersUnreached', {}, { people: { names: unreached }, tone: 'warning' }));
}

/**
 * What a message with status buttons for one leerlijn (an owner's DM, a reminder) shows after a
 * click in it, on both platforms: that leerlijn's open actions of the owner, soonest first, with
 * the clicked one kept even when klaar, so the person sees what they did.
 */
export function ownerListAfter(change: StatusChange): ActionView[] {
  return change.ownerActions.filter((a) => a.status !== 'klaar' || a.id === change.action.id).sort(soonestFirst);
}
