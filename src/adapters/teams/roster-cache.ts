// A conversation's people as Teams listed them a moment ago, for its typeahead: Teams searches every
// few letters typed, and a channel of 200 is two pages. Only the list is kept (anyone in it sees it in
// Teams anyway); who may search is asked anew each time (app/people-search.ts).
import type { Clock } from '../../app/coalesce.js';
import { keepNewest } from '../../kept.js';
import type { RosterEntry } from './cards/form.js';

/** Long enough for one person typing a name, short enough that someone new in the channel is soon found. */
export const ROSTER_KEPT_MS = 60_000;
/** The oldest go first. */
const MAX_CONVERSATIONS = 500;

export class RosterCache {
  private readonly kept = new Map<string, { at: number; people: RosterEntry[] }>();

  constructor(private readonly clock: Pick<Clock, 'now'>, private readonly keptMs = ROSTER_KEPT_MS) {}

  /** Read by `read` unless read less than keptMs ago (a failed read is not kept). */
  async peopleOf(conversationId: string, read: () => Promise<RosterEntry[]>): Promise<RosterEntry[]> {
    const now = this.clock.now();
    const known = this.kept.get(conversationId);
    if (known && now - known.at < this.keptMs) return known.people;
    const people = await read();
    keepNewest(this.kept, conversationId, { at: now, people }, MAX_CONVERSATIONS);
    return people;
  }
}
