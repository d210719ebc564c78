// Live vote counts on the posted score cards, one behaviour for Slack and Teams: a burst of
// votes becomes at most one redraw per card per interval, across replicas too (claimed in
// Postgres, because each replica has its own coalescer); the redraw reads the card when it
// runs, so the trailing one shows every vote committed by then; and once the round closes (or its
// leerlijn stops) no count is drawn any more: closing (and stopping) redraws the cards itself.
// Each adapter only draws a card where it was posted (its renderer and its platform call).
import { ONDERDEEL_CODES, type OnderdeelCode } from '../domain/instrument.js';
import { Coalescer, type Clock } from './coalesce.js';
import type { Deps } from './context.js';
import { cardKey, claimLiveCount, firstPosted, type PostedMessage } from './posted.js';
import { cardForRedraw } from './round-views.js';
import { takesVotes, type ScoreCardView } from './views.js';

/** Puts the card, as read now, in place of the message `where` (Slack: chat.update; Teams: updateActivity). */
export type DrawCount = (workspaceId: string, where: PostedMessage, card: ScoreCardView) => Promise<void>;

export interface CardRef {
  roundId: string;
  onderdeel: OnderdeelCode;
}

/** Every card of these rounds drawn again soon, with its count as read then (a team change: Surface.recount). */
export function recountCards(live: Pick<LiveCounts, 'touch'>, workspaceId: string, roundIds: readonly string[]): void {
  for (const roundId of roundIds) for (const onderdeel of ONDERDEEL_CODES) live.touch(workspaceId, { roundId, onderdeel });
}

export class LiveCounts {
  private readonly cards: Coalescer;

  constructor(
    private readonly deps: Deps,
    private readonly draw: DrawCount,
    clock: Clock,
    onError: (key: string, error: unknown) => void,
    intervalMs = 1000,
  ) {
    this.cards = new Coalescer(clock, onError, intervalMs);
  }

  /**
   * A vote was committed: show the new count soon, never more than once per interval.
   * `where`: the clicked message, when the platform says which (Slack); otherwise it is looked up.
   */
  touch(workspaceId: string, card: CardRef, where?: PostedMessage): void {
    const key = cardKey(card.roundId, card.onderdeel);
    this.cards.request(key, async () => {
      if (!(await claimLiveCount(this.deps, { workspaceId, key, at: this.cards.now(), intervalMs: this.cards.intervalMs }))) return 'busy';
      const posted = where ?? (await firstPosted(this.deps, workspaceId, [key]));
      if (!posted) return 'sent';
      const now = await cardForRedraw(this.deps, workspaceId, card.roundId, card.onderdeel);
      if (takesVotes(now)) await this.draw(workspaceId, posted, now);
      return 'sent';
    });
  }

  /**
   * The round closed: drop the counts still waiting and wait for the ones under way, so no
   * count lands on a card after its results. A later one reads the card closed and draws nothing.
   */
  async closeRound(roundId: string): Promise<void> {
    await this.cards.cancel((key) => key.startsWith(cardKey(roundId, '')));
  }

  /** Resolves when no redraw is being sent (waiting timers may still fire later). */
  idle(): Promise<void> {
    return this.cards.settled();
  }

  stop(): void {
    this.cards.stop();
  }
}
