// `acties overdragen @van @naar` (`actions handover`): the coordinator gives one person's open
// actions to someone on the team; the new owner gets them as any new owner does. With only
// `@naar`, the open actions of everyone taken off the team: someone whose account was disabled
// (the usual reason they were taken off) can no longer be mentioned.
import { handOverActions } from '../handover.js';
import { requireReaderAudited } from '../context.js';
import { notifyOwners } from './actions.js';
import { leerlijnOf } from './leerlijn-of.js';
import { text, type CommandInput, type FlowCtx } from './surface.js';

export const HANDOVER_WORDS = new Set(['overdragen', 'handover']);

/** Two people named: the first had the actions, the second gets them; one: they get those of whoever left. Anything else is answered with how to type it. */
export async function handOverFlow(ctx: FlowCtx, input: CommandInput): Promise<void> {
  const leerlijn = leerlijnOf(ctx);
  // Someone else is refused first: shown how to type it, they would only be refused next.
  await requireReaderAudited(ctx.deps, ctx.actor, leerlijn, 'handOverActions', true);
  const [first, second, ...more] = input.mentions;
  const [fromUserId, toUserId] = second === undefined ? [undefined, first] : [first, second];
  if (!toUserId || fromUserId === toUserId || more.length > 0 || input.args.length > 1) return ctx.surface.reply(text('owners.usage', {}, { tone: 'warning' }));
  const people = { ...(fromUserId ? { from: [fromUserId] } : {}), to: [toUserId] };
  const result = await handOverActions(ctx.deps, ctx.actor, leerlijn.id, { fromUserId, toUserId });
  // One name off the team is most likely whose actions they meant to give: how to type it.
  if (result.outcome === 'to_not_in_team' && !fromUserId) return ctx.surface.reply(text('owners.usage', {}, { tone: 'warning' }));
  if (result.outcome === 'to_not_in_team') return ctx.surface.reply(text('owners.toNotInTeam', {}, { people, tone: 'warning' }));
  const count = result.actions.length;
  const key = fromUserId ? '' : 'Left';
  if (count === 0) return ctx.surface.reply(text(`owners.noneOpen${key}`, {}, { people }));
  await ctx.surface.reply(text(count === 1 ? `owners.handedOverOne${key}` : `owners.handedOverMany${key}`, { count }, { people, tone: 'good' }));
  await notifyOwners(ctx, leerlijn.id, result.ownersToNotify, ctx.actor.userId);
}
