// The coordinator's team form (src/views/team-form.ts) as a card: the channel's people not on
// the team yet are who can be added.
import type { MemberView } from '../../../app/views.js';
import type { Lang } from '../../../domain/instrument.js';
import { teamForm } from '../../../views/team-form.js';
import type { AdaptiveCard } from './common.js';
import { teamsMarkup } from './doc.js';
import { toFormCard } from './form.js';
import type { RosterEntry } from './start-form.js';

/** Over ~100 names a filtered list is no help and the card grows towards Teams' 80 KB. */
export const MAX_CANDIDATES = 100;

/** `candidates`: people in the conversation not on the team yet; `values` and `errors` (by input id): a refused submit's. */
export function teamFormCard(
  lang: Lang,
  members: readonly MemberView[],
  candidates: readonly RosterEntry[],
  values: Readonly<Record<string, string>> = {},
  errors: ReadonlyMap<string, string> = new Map(),
): AdaptiveCard {
  const people = candidates.slice(0, MAX_CANDIDATES).map((c) => ({ userId: c.userId, displayName: c.name }));
  return toFormCard(teamForm(teamsMarkup(members), lang, members, { rows: true, canAdd: people.length > 0 }, values), people, errors);
}
