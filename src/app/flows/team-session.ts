// What a team form's session saved on its pages, for the channel post after its last page
// (app/flows/team-form.ts): each page saves at once, the channel hears once, and the post names
// everyone who joined or left and every coordinator change of any page, as if all was done on one
// page. Kept on the server, per leerlijn and session, not in the form: a form's data comes back
// from the client (a Teams card's data can be sent by anyone who has it), and whom the channel is
// told about must not be forgeable. What is kept is only what pages of a coordinator of this
// leerlijn saved; at the post who joined or left is checked against the team as it is then, so a
// session id replayed from another form names nobody who did not.
import { z } from 'zod';
import type { Deps } from '../context.js';
import { formerMemberNames } from '../../store/former-members.js';
import { postedMessage, rewritePosted, teamMovesKey } from '../posted.js';
import type { LeerlijnView, MemberView } from '../views.js';
import type { TeamFormCtx, TextView } from './surface.js';
import { movedLine } from './team.js';

/** User ids added and taken off, in the order they were. */
export interface TeamMoves {
  added: readonly string[];
  removed: readonly string[];
}

export const NO_MOVES: TeamMoves = { added: [], removed: [] };

/**
 * A session's record: what its pages moved that the channel has not been told, and the coordinators the channel last
 * heard of (as they were before the first page, then as told), so a post names only what changed since.
 */
export interface SessionKept extends TeamMoves {
  coordinators?: readonly string[];
}

const Ids = z.array(z.string().max(200)).max(5000);
const Kept = z.object({ added: Ids, removed: Ids, coordinators: Ids.optional() });

/**
 * The net change of two pages, `earlier` then `page`. Someone added and then taken off (or the
 * reverse) within one session is named as neither: the channel is told how the team differs from
 * before the session, and they are (not) on it as they were. Their side and level may have changed
 * by it; the team list shows that.
 */
export function withMoves(earlier: TeamMoves, page: TeamMoves): TeamMoves {
  const added = new Set(earlier.added);
  const removed = new Set(earlier.removed);
  for (const id of page.added) {
    if (!removed.delete(id)) added.add(id);
  }
  for (const id of page.removed) {
    if (!added.delete(id)) removed.add(id);
  }
  return { added: [...added], removed: [...removed] };
}

type Where = Pick<TeamFormCtx, 'deps' | 'actor' | 'leerlijnId'>;

/** `session`: a uuid, as team-form.ts checked it. */
const keyOf = (ctx: Where, session: string): string => teamMovesKey(ctx.leerlijnId, session);

/** A record as kept; nothing for one we cannot read. */
function keptIn(messageId: string | null | undefined): SessionKept {
  if (!messageId) return NO_MOVES;
  try {
    const parsed = Kept.safeParse(JSON.parse(messageId));
    return parsed.success ? parsed.data : NO_MOVES;
  } catch {
    return NO_MOVES;
  }
}

/** What the session's earlier pages saved; nothing for no session, or one we keep nothing for. */
export async function sessionKept(ctx: Where, session: string): Promise<SessionKept> {
  return keptIn((await postedMessage(ctx.deps, ctx.actor.workspaceId, keyOf(ctx, session)))?.messageId);
}

type Keeping = Where & { place: { channelId: string } };

/** Rewrites the session's record from what it holds, against another page of it saved at the same moment; what it holds then. */
async function rewriteSession(ctx: Keeping, session: string, next: (kept: SessionKept) => SessionKept): Promise<SessionKept> {
  const place = { workspaceId: ctx.actor.workspaceId, leerlijnId: ctx.leerlijnId, key: keyOf(ctx, session), channelId: ctx.place.channelId };
  return keptIn(await rewritePosted(ctx.deps, place, (held) => {
    const { added, removed, coordinators } = next(keptIn(held));
    return JSON.stringify({ added, removed, ...(coordinators ? { coordinators } : {}) });
  }));
}

/**
 * Adds a page's moves to what its session kept, for its next page: the session as it is then. `coordinators`:
 * who coordinated before this page, kept where the session has none yet (its first page saved).
 */
export function keepPage(ctx: Keeping, session: string, page: TeamMoves, coordinators: readonly string[]): Promise<SessionKept> {
  return rewriteSession(ctx, session, (kept) => ({ ...withMoves(kept, page), coordinators: kept.coordinators ?? coordinators }));
}

/**
 * The channel was told `told` and the team with `coordinators`: the session keeps only what it did not hear
 * (a page saved meanwhile), so its last page sent again names only what that send changes, the coordinators too.
 */
export function keepTold(ctx: Keeping, session: string, told: TeamMoves, coordinators: readonly string[]): Promise<SessionKept> {
  // Taking back what was told: someone told as joined who left meanwhile is then named as leaving.
  return rewriteSession(ctx, session, (kept) => ({ ...withMoves(kept, { added: told.removed, removed: told.added }), coordinators }));
}

/** The lines that name who joined and who left, and those who left by the name the team knew (Teams names people from the team). */
export interface MovesTold {
  lines: TextView[];
  left: Array<Pick<MemberView, 'userId' | 'displayName'>>;
}

/** What the post says of `moves`, checked against the team as it is now: who joined is on it, who left is not. */
export async function movesTold(deps: Pick<Deps, 'db'>, team: LeerlijnView, moves: TeamMoves): Promise<MovesTold> {
  const onTeam = new Set(team.members.map((m) => m.userId));
  const joined = new Set(moves.added.filter((id) => onTeam.has(id)));
  // In the team's order, as the coordinator changes are named.
  const added = team.members.filter((m) => joined.has(m.userId)).map((m) => m.userId);
  const removed = moves.removed.filter((id) => !onTeam.has(id));
  const names = removed.length > 0 ? await formerMemberNames(deps.db, team.id) : new Map<string, string>();
  return {
    lines: [...(added.length > 0 ? [movedLine('add', added)] : []), ...(removed.length > 0 ? [movedLine('remove', removed)] : [])],
    left: removed.flatMap((userId) => (names.has(userId) ? [{ userId, displayName: names.get(userId)! }] : [])),
  };
}
