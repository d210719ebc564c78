// Who is behind a user id, for documents people file: the name the team knows.
import type { LeerlijnView } from '../../app/views.js';
import { t } from '../../i18n/index.js';

export type Names = ReadonlyMap<string, string>;

/**
 * The given names first (they may hold people who left the team), then the team list; someone in
 * neither left the team, and is said so in words, as the channel does: their platform id
 * ('U000004') means nothing to whoever reads the page.
 */
export function nameOf(leerlijn: LeerlijnView, names: Names, userId: string): string {
  return names.get(userId) ?? leerlijn.members.find((m) => m.userId === userId)?.displayName ?? t(leerlijn.lang, 'team.formerMember');
}
