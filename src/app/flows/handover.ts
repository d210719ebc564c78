// `acties overdragen @van @naar` (`actions handover`): the coordinator gives one person's open
// actions to someone on the team; the new owner gets them as any new owner does.
import { handOverActions } from '../handover.js';
import { notifyOwners } from './actions.js';
import { leerlijnOf } from './leerlijn-of.js';
import { text, type CommandInput, type FlowCtx } from './surface.js';

export const HANDOVER_WORDS = new Set(['overdragen', 'handover']);

/** The first person named had the actions, the second gets them; anything else is answered with how to type it. */
export async function handOverFlow(ctx: FlowCtx, input: CommandInput): Promise<void> {
  const leerlijn = leerlijnOf(ctx);
  const [fromUserId, toUserId, ...more] = input.mentions;
  if (!fromUserId || !toUserId || fromUserId === toUserId || more.length > 0 || input.args.length > 1) return ctx.surface.reply(text('owners.usage', {}, { tone: 'warning' }));
  const people = { from: [fromUserId], to: [toUserId] };
  const result = await handOverActions(ctx.deps, ctx.actor, leerlijn.id, { fromUserId, toUserId });
  if (result.outcome === 'to_not_in_team') return ctx.surface.reply(text('owners.toNotInTeam', {}, { people, tone: 'warning' }));
  const count = result.actions.length;
  if (count === 0) return ctx.surface.reply(text('owners.noneOpen', {}, { people }));
  await ctx.surface.reply(text(count === 1 ? 'owners.handedOverOne' : 'owners.handedOverMany', { count }, { people, tone: 'good' }));
  await notifyOwners(ctx, leerlijn.id, result.ownersToNotify);
}
