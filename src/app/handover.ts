// Giving someone's open actions a new owner: the way out when a member leaves the team with
// actions nobody is reminded of any more (their reminders stop), or when work is shared anew.
import { z } from 'zod';
import { actionsByIds, moveOpenActions, type ActionOwners } from '../store/actions.js';
import { audit } from '../store/audit.js';
import { membersOf } from '../store/leerlijnen.js';
import { localToday, ownersToNotify, toActionView, type OwnerNotice } from './actions.js';
import { requireActive, requireCoordinator, requireLeerlijn, type Actor, type Deps, inTransaction } from './context.js';
import { syncLeerlijnJobs } from './jobs/plan-jobs.js';
import { parseInput } from './validate.js';
import type { ActionView } from './views.js';

/** Without `fromUserId`: the open actions of everyone no longer on the team (whom a platform may no longer let anyone name). */
export const HandOverInput = z.object({
  fromUserId: z.string().trim().min(1, 'required').max(64, 'too_long').optional(),
  toUserId: z.string().trim().min(1, 'required').max(64, 'too_long'),
});
export type HandOverInput = z.input<typeof HandOverInput>;

/** `to_not_in_team`: nothing moved, as an action must be owned by someone the bot follows up. */
export type HandedOver =
  | { outcome: 'to_not_in_team' }
  | { outcome: 'moved'; actions: ActionView[]; ownersToNotify: OwnerNotice[] };

/**
 * The coordinator only; the new owner must be on the team (the old one need not be any more).
 * Without an old owner, those who left: a disabled account can no longer be mentioned.
 */
export async function handOverActions(deps: Deps, actor: Actor, leerlijnId: string, raw: unknown): Promise<HandedOver> {
  const input = parseInput(HandOverInput, raw);
  return inTransaction(deps, actor, 'handOverActions', async (tx) => {
    const leerlijn = await requireLeerlijn(tx, actor, leerlijnId, true);
    await requireCoordinator(tx, leerlijn, actor.userId);
    requireActive(leerlijn);
    const team = (await membersOf(tx, leerlijnId)).map((m) => m.userId);
    if (!team.includes(input.toUserId)) return { outcome: 'to_not_in_team' };
    const { fromUserId, toUserId } = input;
    const owners: ActionOwners = fromUserId === undefined ? { notOn: team } : { ownerId: fromUserId };
    const ids = fromUserId === toUserId ? [] : await moveOpenActions(tx, leerlijnId, owners, toUserId, deps.now());
    if (ids.length > 0) {
      await audit(tx, { workspaceId: actor.workspaceId, leerlijnId, actor: actor.userId, action: 'action.owner', detail: { actionIds: ids, from: fromUserId ?? 'off_team', to: toUserId } });
      await syncLeerlijnJobs(tx, leerlijnId, deps.now());
    }
    const today = localToday(deps, leerlijn);
    const actions = (await actionsByIds(tx, ids)).map((r) => toActionView(r, today));
    return { outcome: 'moved', actions, ownersToNotify: ownersToNotify(actions) };
  });
}
