// A burst of votes must not become a burst of chat.update calls (tier 3, ~50/min per
// workspace). Per card: at most one update per interval; the trailing update always shows
// the latest count, because the send reads the card when it runs, not when the vote came.
// The send may also answer 'busy' (another replica updated this card within the interval):
// the card then stays due and is tried again one interval later.
import type { VotedCard } from '../../app/views.js';
import type { Logger } from '../../logger.js';
import type { Clock } from './clock.js';

export interface CardTarget {
  workspaceId: string;
  channelId: string;
  ts: string;
}

export type CardRef = Pick<VotedCard, 'roundId' | 'onderdeel'>;

export type SendCardUpdate = (target: CardTarget, card: CardRef) => Promise<'sent' | 'busy'>;

interface Entry {
  target: CardTarget;
  card: CardRef;
  dirty: boolean;
  lastSentAt: number;
  timer: unknown;
  inFlight: Promise<void> | null;
}

export class CardUpdater {
  private readonly entries = new Map<string, Entry>();
  private readonly closedRounds = new Set<string>();

  constructor(
    private readonly send: SendCardUpdate,
    private readonly clock: Clock,
    private readonly log: Logger,
    private readonly intervalMs = 1000,
  ) {}

  /** A vote was committed: show the new count soon, never more than once per interval. */
  touch(target: CardTarget, card: CardRef): void {
    if (this.closedRounds.has(card.roundId)) return;
    const key = `${card.roundId}:${card.onderdeel}`;
    const entry = this.entries.get(key) ?? { target, card, dirty: true, lastSentAt: Number.NEGATIVE_INFINITY, timer: null, inFlight: null };
    this.entries.set(key, entry);
    entry.target = target;
    entry.dirty = true;
    this.schedule(entry);
  }

  private schedule(entry: Entry): void {
    if (entry.timer !== null || entry.inFlight !== null) return;
    const wait = entry.lastSentAt + this.intervalMs - this.clock.now();
    if (wait <= 0) {
      this.fire(entry);
      return;
    }
    entry.timer = this.clock.setTimeout(() => {
      entry.timer = null;
      this.fire(entry);
    }, wait);
  }

  private fire(entry: Entry): void {
    if (!entry.dirty || this.closedRounds.has(entry.card.roundId)) return;
    entry.dirty = false;
    entry.lastSentAt = this.clock.now();
    entry.inFlight = this.send(entry.target, entry.card)
      .then((outcome) => {
        if (outcome === 'busy') entry.dirty = true;
      })
      .catch((error: unknown) => {
        this.log.warn({ err: error, roundId: entry.card.roundId, onderdeel: entry.card.onderdeel }, 'card update failed');
      })
      .finally(() => {
        // Count the interval from when Slack had the update, so two updates never land
        // within one second even when a send was slow.
        entry.lastSentAt = this.clock.now();
        entry.inFlight = null;
        if (entry.dirty) this.schedule(entry);
      });
  }

  /** The round closed: drop pending count updates and wait for the ones under way. */
  async closeRound(roundId: string): Promise<void> {
    this.closedRounds.add(roundId);
    const mine = [...this.entries].filter(([key]) => key.startsWith(`${roundId}:`));
    for (const [key, entry] of mine) {
      if (entry.timer !== null) this.clock.clearTimeout(entry.timer);
      entry.timer = null;
      this.entries.delete(key);
    }
    await Promise.all(mine.map(([, e]) => e.inFlight));
  }

  /** Resolves when no update is being sent (pending timers may still fire later). */
  async idle(): Promise<void> {
    while ([...this.entries.values()].some((e) => e.inFlight !== null)) {
      await Promise.all([...this.entries.values()].map((e) => e.inFlight));
    }
  }

  pending(): number {
    return [...this.entries.values()].filter((e) => e.timer !== null || e.dirty).length;
  }

  stop(): void {
    for (const entry of this.entries.values()) if (entry.timer !== null) this.clock.clearTimeout(entry.timer);
    this.entries.clear();
  }
}
