// Turns for drawing PDFs: a PDF takes the better part of a second of the process's one thread,
// so whoever holds many document links must not have them all drawn side by side while votes and
// forms wait. A few are drawn at once, a few more wait their turn in order, the rest are refused.

export interface RenderTurns {
  /** Runs `job` in its turn; null when the queue is full (the caller asks to try again). */
  take<T>(job: () => Promise<T>): Promise<T> | null;
}

/** A job that throws before its promise still gives its turn back. */
function started<T>(job: () => Promise<T>): Promise<T> {
  try {
    return job();
  } catch (error) {
    return Promise.reject(error);
  }
}

export function renderTurns(atOnce: number, waiting: number): RenderTurns {
  let drawing = 0;
  const queue: Array<() => void> = [];
  const done = (): void => {
    const next = queue.shift();
    if (next) next(); // its turn passes on: as many are drawing as before
    else drawing--;
  };
  return {
    take<T>(job: () => Promise<T>): Promise<T> | null {
      if (drawing < atOnce) {
        drawing++;
        // Started at once (not a tick later): a request that finds a free turn starts drawing now.
        return started(job).finally(done);
      }
      if (queue.length >= waiting) return null;
      return new Promise<void>((turn) => queue.push(turn)).then(job).finally(done);
    },
  };
}
