// Whom the bot's own cards are for: the voting members' platform accounts, for a card that
// Teams refreshes per listed user. No person asks here, so nobody's membership is checked.
import { membersOf } from '../store/leerlijnen.js';
import { voterAccountIds } from '../store/reach.js';
import type { Deps } from './context.js';
import type { MemberView } from './views.js';

export function voterAccounts(deps: Deps, workspaceId: string, leerlijnId: string, limit: number): Promise<string[]> {
  return voterAccountIds(deps.db, workspaceId, leerlijnId, limit);
}

/** The team as stored, for the bot's own cards (who may vote, whom to name). */
export function teamOf(deps: Deps, leerlijnId: string): Promise<MemberView[]> {
  return membersOf(deps.db, leerlijnId);
}
