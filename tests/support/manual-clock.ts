// A clock the test moves by hand: due timers fire on advance, so no test sleeps for time to pass.
import type { Clock } from '../../src/app/coalesce.js';

export class ManualClock implements Clock {
  private timers: Array<{ at: number; fn: () => void; id: number }> = [];
  private seq = 0;

  constructor(private t = 1_000_000) {}

  now(): number {
    return this.t;
  }

  setTimeout(fn: () => void, ms: number): unknown {
    const id = ++this.seq;
    this.timers.push({ at: this.t + ms, fn, id });
    return id;
  }

  clearTimeout(handle: unknown): void {
    this.timers = this.timers.filter((x) => x.id !== handle);
  }

  advance(ms: number): void {
    this.t += ms;
    const due = this.timers.filter((x) => x.at <= this.t).sort((a, b) => a.at - b.at);
    this.timers = this.timers.filter((x) => x.at > this.t);
    for (const timer of due) timer.fn();
  }
}
