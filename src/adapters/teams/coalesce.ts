// At most one update per card per interval: a burst of votes becomes one updateActivity
// now and one trailing update with the latest count, never a burst of calls (Teams
// throttles per conversation). Time comes from an injected clock so tests never sleep.
export interface Clock {
  now(): number;
  setTimeout(fn: () => void, ms: number): { cancel(): void };
}

export const systemClock: Clock = {
  now: () => Date.now(),
  setTimeout: (fn, ms) => {
    const handle = setTimeout(fn, ms);
    return { cancel: () => clearTimeout(handle) };
  },
};

interface Slot {
  lastAt: number;
  timer: { cancel(): void } | null;
  inflight: Promise<void> | null;
  task: Task;
}

/** 'busy': another replica updated this card just now; try again one interval later. */
export type Task = () => Promise<void | 'busy'>;

export class Coalescer {
  private readonly slots = new Map<string, Slot>();
  private readonly running = new Set<Promise<void>>();

  constructor(
    private readonly clock: Clock,
    private readonly onError: (key: string, error: unknown) => void,
    readonly intervalMs = 1_000,
  ) {}

  now(): number {
    return this.clock.now();
  }

  /** Runs `task` for `key` now or later; a later request replaces a task still waiting. */
  request(key: string, task: Task): void {
    const slot = this.slots.get(key) ?? { lastAt: -Infinity, timer: null, inflight: null, task };
    slot.task = task;
    this.slots.set(key, slot);
    if (slot.timer) return;
    const wait = slot.lastAt + this.intervalMs - this.clock.now();
    if (wait <= 0 && !slot.inflight) this.fire(key, slot);
    else slot.timer = this.clock.setTimeout(() => this.fire(key, slot), Math.max(wait, 0));
  }

  /** Resolves once every started task has finished (pending timers are not waited for). */
  async settled(): Promise<void> {
    while (this.running.size > 0) await Promise.all([...this.running]);
  }

  pending(): number {
    return [...this.slots.values()].filter((s) => s.timer !== null).length;
  }

  stop(): void {
    for (const slot of this.slots.values()) slot.timer?.cancel();
    this.slots.clear();
  }

  private fire(key: string, slot: Slot): void {
    slot.timer = null;
    // Counted from when the update is due, so requests arriving meanwhile wait a full interval.
    slot.lastAt = this.clock.now();
    const previous = slot.inflight ?? Promise.resolve();
    const task = slot.task;
    const run = previous
      .then(() => task())
      .then((outcome) => {
        // Retried only if no newer request replaced this task meanwhile.
        if (outcome === 'busy' && slot.task === task && !slot.timer) slot.timer = this.clock.setTimeout(() => this.fire(key, slot), this.intervalMs);
      })
      .catch((error: unknown) => this.onError(key, error))
      .finally(() => {
        this.running.delete(run);
        if (slot.inflight === run) slot.inflight = null;
      });
    slot.inflight = run;
    this.running.add(run);
  }
}
