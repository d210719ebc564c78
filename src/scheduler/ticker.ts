// node-cron only says "now": all due work lives in Postgres, so a restart or a second replica
// loses nothing and sends nothing twice. In one process, ticks never overlap.
import cron from 'node-cron';

export interface TickerOptions {
  /** Called with a tick's error; without it the error goes to node-cron, which logs it. */
  onError?: (error: unknown) => void;
}

/**
 * Wraps `fn` so that a call made while the previous one is still running is skipped
 * (returns false) instead of starting a second, overlapping pass.
 */
export function nonOverlapping(fn: () => Promise<unknown>, opts: TickerOptions = {}): () => Promise<boolean> {
  let running = false;
  return async () => {
    if (running) return false;
    running = true;
    try {
      await fn();
      return true;
    } catch (error) {
      if (!opts.onError) throw error;
      opts.onError(error);
      return true;
    } finally {
      running = false;
    }
  };
}

/** Runs `fn` on `schedule` (every minute by default); returns a function that stops it. */
export function startTicker(fn: () => Promise<unknown>, schedule = '* * * * *', opts: TickerOptions = {}): () => Promise<void> {
  const run = nonOverlapping(fn, opts);
  // noOverlap is node-cron's own guard; `run` keeps the promise too, so a slow tick is awaited on stop.
  const task = cron.schedule(schedule, () => run(), { noOverlap: true, name: 'leerlijn-scheduler' });
  return async () => {
    await task.stop();
    await task.destroy();
  };
}
