// Who hears personally about a team change, and what. The team post in the channel is for
// everyone; the person a change is about is also told in a private message: someone added (what
// the team is and how to see what comes), someone made coordinator (what that lets them do),
// someone no longer coordinator who stays on the team (that one line), someone taken off (what
// they stop doing, and how many open actions stay in their name until they are handed over).
// Never the person who made the change: it is their own doing.
import type { MemberRow } from '../store/leerlijnen.js';

export type TeamNewsKind = 'added' | 'coordinator' | 'no_longer_coordinator' | 'removed';

export interface TeamNews {
  userId: string;
  kind: TeamNewsKind;
  /**
   * Taken off: their open actions, which stay theirs until the coordinator hands them over. Added
   * (again): the open actions still in their name, whose reminders now come again.
   */
  openActions: number;
  /**
   * Taken off: whether they voted (isMember: a coordinator votes like anyone on the team, unless
   * set to only coordinate), so "you no longer vote" is said only to someone who did.
   */
  wasVoting?: boolean;
  /** Taken off: whether they were a coordinator, which they then no longer are. */
  wasCoordinator?: boolean;
  /** Added while a voting round is open: they can vote in it now, which nothing else tells them but its cards. */
  roundOpen?: boolean;
}

type Member = Pick<MemberRow, 'userId' | 'isCoordinator' | 'isMember'>;

function newsOfStaying(m: Member, previous: Member | undefined, open: ReadonlyMap<string, number>, roundOpen: boolean): TeamNews | null {
  const back = previous ? 0 : (open.get(m.userId) ?? 0);
  // Joined while a round is open and votes (a coordinator too, unless only coordinating): they can vote in it now.
  const round = !previous && roundOpen && m.isMember ? { roundOpen } : {};
  if (m.isCoordinator && !previous?.isCoordinator) return { userId: m.userId, kind: 'coordinator', openActions: back, ...round };
  if (!previous) return { userId: m.userId, kind: 'added', openActions: back, ...round };
  if (previous.isCoordinator && !m.isCoordinator) return { userId: m.userId, kind: 'no_longer_coordinator', openActions: 0 };
  return null;
}

/**
 * One piece of news per person, from the team before and after; someone added as coordinator hears the coordinator's.
 * `openActions`: the open actions of whoever is taken off, and of whoever is added (back: they may still own some).
 * `roundOpen`: a voting round is open as the team changes; whoever is added and votes hears they can vote in it.
 */
export function teamNews(
  before: readonly Member[],
  after: readonly Member[],
  openActions: ReadonlyArray<{ userId: string; count: number }>,
  changedBy: string,
  roundOpen = false,
): TeamNews[] {
  const was = new Map(before.map((m) => [m.userId, m]));
  const stays = new Set(after.map((m) => m.userId));
  const open = new Map(openActions.map((l) => [l.userId, l.count]));
  const news: TeamNews[] = after.map((m) => newsOfStaying(m, was.get(m.userId), open, roundOpen)).filter((n): n is TeamNews => n !== null);
  for (const m of before) {
    if (stays.has(m.userId)) continue;
    news.push({ userId: m.userId, kind: 'removed', openActions: open.get(m.userId) ?? 0, wasVoting: m.isMember, wasCoordinator: m.isCoordinator });
  }
  return news.filter((n) => n.userId !== changedBy);
}
