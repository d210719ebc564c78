// An action whose owner was taken off the team is reminded to nobody until the coordinator gives
// it to someone else. The team's lists of actions (`acties`, the actieplan, the Evaluatielijst,
// the Monday digest) say so, and who it was by the name the team knew: decided here, so Teams,
// which cannot mention someone off the team, names them as Slack's mention does.
import type { Queryable } from '../store/db.js';
import { formerMemberNames } from '../store/former-members.js';
import type { ActionView } from './views.js';

export type MarkOwner = (action: ActionView) => ActionView;

/** Marks the actions of owners who are not in `members`, with their name when it was kept. */
export async function ownersOffTeam(db: Queryable, leerlijnId: string, members: ReadonlyArray<{ userId: string }>): Promise<MarkOwner> {
  const onTeam = new Set(members.map((m) => m.userId));
  const names = await formerMemberNames(db, leerlijnId);
  return (action) => {
    if (onTeam.has(action.ownerUserId)) return action;
    const name = names.get(action.ownerUserId);
    return { ...action, ownerOffTeam: true, ...(name ? { formerOwnerName: name } : {}) };
  };
}
