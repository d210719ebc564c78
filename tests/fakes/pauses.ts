// Answers held back until the test lets them go. The request is carried out at once (a posted
// message is in the channel) and only its answer waits, so a test can act in the window where
// the platform has a message and the bot does not know its id yet, without waiting on a clock.

/** One held answer: `reached` once the request came in; `release` lets its answer go. */
export interface Paused {
  reached: Promise<void>;
  release(): void;
}

interface Waiting<R> {
  match: (request: R) => boolean;
  reached: () => void;
  released: Promise<void>;
}

export class Pauses<R> {
  private waiting: Array<Waiting<R>> = [];

  /** Holds the answer to the next request that `match`es (one request: later ones are answered as usual). */
  add(match: (request: R) => boolean): Paused {
    let reached = (): void => undefined;
    let release = (): void => undefined;
    const reachedP = new Promise<void>((resolve) => (reached = resolve));
    const released = new Promise<void>((resolve) => (release = resolve));
    this.waiting.push({ match, reached, released });
    return { reached: reachedP, release };
  }

  /** Resolves when the answer to `request` may go: at once, unless a pause takes it. */
  before(request: R): Promise<void> {
    const pause = this.waiting.find((w) => w.match(request));
    if (!pause) return Promise.resolve();
    this.waiting = this.waiting.filter((w) => w !== pause);
    pause.reached();
    return pause.released;
  }
}
