// Who is behind a user id, for documents people file: the name the team knows.
import type { LeerlijnView } from '../../app/views.js';
import { t } from '../../i18n/index.js';

/** The names of people taken off the team, by user id, as the bot kept them when they left. */
export type Names = ReadonlyMap<string, string>;

/**
 * A team member by their name; someone who left by the name they went by, said to have left, as
 * the channel does; someone who left without a name kept is said so in words: their platform id
 * ('U000004') means nothing to whoever reads the page.
 */
export function nameOf(leerlijn: LeerlijnView, formerNames: Names, userId: string): string {
  const member = leerlijn.members.find((m) => m.userId === userId);
  if (member) return member.displayName;
  const former = formerNames.get(userId);
  return former ? `${former} (${t(leerlijn.lang, 'owners.notInTeam')})` : t(leerlijn.lang, 'team.formerMember');
}
