// Who is behind a user id, for documents people file: the name the team knows.
import type { LeerlijnView } from '../../app/views.js';

export type Names = ReadonlyMap<string, string>;

/** The given names first (they may hold people who left the team), then the team list. */
export function nameOf(leerlijn: LeerlijnView, names: Names, userId: string): string {
  return names.get(userId) ?? leerlijn.members.find((m) => m.userId === userId)?.displayName ?? userId;
}
