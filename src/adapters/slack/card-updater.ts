// Live vote counts on Slack's score cards, through the shared per-card coalescing: a burst
// of votes must not become a burst of chat.update calls (tier 3, ~50/min per workspace).
// The send reads the card when it runs, not when the vote came, so the trailing update
// always shows the latest count.
import type { VotedCard } from '../../app/views.js';
import type { Logger } from '../../logger.js';
import { Coalescer, type Clock } from '../coalesce.js';

export interface CardTarget {
  workspaceId: string;
  channelId: string;
  ts: string;
}

export type CardRef = Pick<VotedCard, 'roundId' | 'onderdeel'>;

export type SendCardUpdate = (target: CardTarget, card: CardRef) => Promise<'sent' | 'busy'>;

export class CardUpdater {
  private readonly cards: Coalescer;
  private readonly closedRounds = new Set<string>();

  constructor(
    private readonly send: SendCardUpdate,
    clock: Clock,
    log: Logger,
    intervalMs = 1000,
  ) {
    this.cards = new Coalescer(clock, (key, error) => log.warn({ err: error, card: key }, 'card update failed'), intervalMs);
  }

  /** A vote was committed: show the new count soon, never more than once per interval. */
  touch(target: CardTarget, card: CardRef): void {
    if (this.closedRounds.has(card.roundId)) return;
    this.cards.request(`${card.roundId}:${card.onderdeel}`, () => this.send(target, card));
  }

  /** The round closed: drop pending count updates and wait for the ones under way. */
  async closeRound(roundId: string): Promise<void> {
    this.closedRounds.add(roundId);
    await this.cards.cancel((key) => key.startsWith(`${roundId}:`));
  }

  /** Resolves when no update is being sent (pending timers may still fire later). */
  idle(): Promise<void> {
    return this.cards.settled();
  }


  stop(): void {
    this.cards.stop();
  }
}
