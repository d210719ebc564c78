// At most one update per card per interval, for Slack (chat.update, tier 3) and Teams
// (updateActivity, throttled per conversation) alike: a burst of votes becomes one update
// now and one trailing update later, never a burst of calls. The trailing update runs the
// latest task, which reads the card when it runs, so it shows every vote committed by then.
// A task may answer 'busy' (another replica updated this card within the interval, see
// claimCardRefresh): it then runs again one interval later.
// Time is a parameter, so tests move a manual clock instead of sleeping.

export interface Clock {
  now(): number;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export type Task = () => Promise<void | 'sent' | 'busy'>;

interface Slot {
  /** The task still to run; a newer request replaces it. */
  task: Task | null;
  lastAt: number;
  timer: unknown;
  inFlight: Promise<void> | null;
  /** Cancelled or stopped: a call still under way must not arm anything afterwards. */
  gone: boolean;
}

export class Coalescer {
  private readonly slots = new Map<string, Slot>();

  constructor(
    private readonly clock: Clock,
    private readonly onError: (key: string, error: unknown) => void,
    readonly intervalMs = 1_000,
  ) {}

  now(): number {
    return this.clock.now();
  }

  /** Runs `task` for `key` now if the interval allows, else once it does. */
  request(key: string, task: Task): void {
    const slot = this.slots.get(key) ?? { task: null, lastAt: Number.NEGATIVE_INFINITY, timer: null, inFlight: null, gone: false };
    this.slots.set(key, slot);
    slot.task = task;
    this.schedule(key, slot);
  }

  private schedule(key: string, slot: Slot): void {
    if (slot.gone || slot.timer !== null || slot.inFlight !== null || slot.task === null) return;
    const wait = slot.lastAt + this.intervalMs - this.clock.now();
    if (wait <= 0) this.fire(key, slot);
    else slot.timer = this.clock.setTimeout(() => this.fire(key, slot), wait);
  }

  private fire(key: string, slot: Slot): void {
    slot.timer = null;
    const task = slot.task;
    if (task === null) return;
    slot.task = null;
    slot.lastAt = this.clock.now();
    slot.inFlight = task()
      .then((outcome) => {
        // Tried again only if no newer request came in meanwhile (that one runs instead).
        if (outcome === 'busy' && slot.task === null && !slot.gone) slot.task = task;
      })
      .catch((error: unknown) => this.onError(key, error))
      .finally(() => {
        // Counted from when the platform had the update, so two updates never land within
        // one interval even when a call was slow.
        slot.lastAt = this.clock.now();
        slot.inFlight = null;
        this.schedule(key, slot);
      });
  }

  /**
   * Drops what is waiting for the matching keys and waits for their calls under way (a call
   * answering 'busy' then is not tried again). Meant for keys that get no new requests, such
   * as the cards of a closed round.
   */
  async cancel(matches: (key: string) => boolean): Promise<void> {
    const mine = [...this.slots].filter(([key]) => matches(key));
    for (const [key, slot] of mine) this.drop(key, slot);
    await Promise.all(mine.map(([, slot]) => slot.inFlight));
  }

  private drop(key: string, slot: Slot): void {
    if (slot.timer !== null) this.clock.clearTimeout(slot.timer);
    slot.timer = null;
    slot.task = null;
    slot.gone = true;
    this.slots.delete(key);
  }

  /** Resolves when no call is under way (timers still waiting may fire later). */
  async settled(): Promise<void> {
    const busy = (): Array<Promise<void>> => [...this.slots.values()].flatMap((s) => (s.inFlight ? [s.inFlight] : []));
    for (let running = busy(); running.length > 0; running = busy()) await Promise.all(running);
  }


  stop(): void {
    for (const [key, slot] of [...this.slots]) this.drop(key, slot);
  }
}
