// Who hears personally about a team change, and what. The team post in the channel is for
// everyone; the person a change is about is also told in a private message: someone added (what
// the team is and how to see what comes), someone made coordinator (what that lets them do),
// someone taken off (and how many open actions stay in their name until they are handed over).
// Never the person who made the change: it is their own doing.
import type { MemberRow } from '../store/leerlijnen.js';

export type TeamNewsKind = 'added' | 'coordinator' | 'removed';

export interface TeamNews {
  userId: string;
  kind: TeamNewsKind;
  /** Taken off: their open actions, which stay theirs until the coordinator hands them over. */
  openActions: number;
}

type Member = Pick<MemberRow, 'userId' | 'isCoordinator'>;

/** One piece of news per person, from the team before and after; someone added as coordinator hears the coordinator's. */
export function teamNews(before: readonly Member[], after: readonly Member[], actionsLeft: ReadonlyArray<{ userId: string; count: number }>, changedBy: string): TeamNews[] {
  const was = new Map(before.map((m) => [m.userId, m]));
  const stays = new Set(after.map((m) => m.userId));
  const open = new Map(actionsLeft.map((l) => [l.userId, l.count]));
  const news: TeamNews[] = [];
  for (const m of after) {
    const previous = was.get(m.userId);
    if (m.isCoordinator && !previous?.isCoordinator) news.push({ userId: m.userId, kind: 'coordinator', openActions: 0 });
    else if (!previous) news.push({ userId: m.userId, kind: 'added', openActions: 0 });
  }
  for (const m of before) if (!stays.has(m.userId)) news.push({ userId: m.userId, kind: 'removed', openActions: open.get(m.userId) ?? 0 });
  return news.filter((n) => n.userId !== changedBy);
}
