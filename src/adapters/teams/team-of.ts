// The team as stored, for the bot's own cards (who may vote, whom to name); no person asks here.
import type { Deps } from '../../app/context.js';
import type { MemberView } from '../../app/views.js';
import { membersOf } from '../../store/leerlijnen.js';

export async function teamOf(deps: Deps, leerlijnId: string): Promise<MemberView[]> {
  return membersOf(deps.db, leerlijnId);
}
