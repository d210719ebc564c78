// The start form (src/views/start-form.ts) as a card: the team is picked by side and level from
// the people in the conversation.
import type { Lang } from '../../../domain/instrument.js';
import { startForm } from '../../../views/start-form.js';
import type { AdaptiveCard } from './common.js';
import { teamsMarkup } from './doc.js';
import { toFormCard } from './form.js';

export interface RosterEntry {
  userId: string;
  name: string;
}

/** What the user typed, as the card sends it back (all strings), so a rejected form keeps it. */
export type StartValues = Partial<Record<string, string>>;

/** `errors` by input id; `actorId`: who opened it, the first coordinator. */
export function startFormCard(
  lang: Lang,
  roster: readonly RosterEntry[],
  values: StartValues = {},
  errors: ReadonlyMap<string, string> = new Map(),
  actorId?: string,
): AdaptiveCard {
  const form = startForm(teamsMarkup([]), lang, { sides: true }, actorId ?? '', values);
  return toFormCard(form, roster.map((r) => ({ userId: r.userId, displayName: r.name })), errors);
}
