// What a signal does to the process: the first one drains and exits 0, a later one exits at
// once. Kept apart from main.ts so tests drive it with their own signal source and clock.
import { constants } from 'node:os';
import type { Logger } from './logger.js';

export type StopSignal = 'SIGTERM' | 'SIGINT';

export interface SignalSource {
  on(signal: StopSignal, listener: () => void): unknown;
}

export interface ShutdownOptions {
  signals: SignalSource;
  log: Logger;
  /** Drains and closes everything; resolves when the process may exit. */
  close: () => Promise<void>;
  exit: (code: number) => void;
  now?: () => number;
  /**
   * Ctrl-C in a terminal reaches `npm start` and the bot together, and npm then forwards
   * its copy: the bot gets the same SIGINT twice within milliseconds. A repeat within this
   * window is that echo, not an operator insisting.
   */
  echoWindowMs?: number;
}

export const SIGNAL_ECHO_WINDOW_MS = 1_000;

export function exitOnSignals(opts: ShutdownOptions): void {
  const now = opts.now ?? Date.now;
  const echoWindowMs = opts.echoWindowMs ?? SIGNAL_ECHO_WINDOW_MS;
  let firstAt: number | null = null;
  const onSignal = (signal: StopSignal): void => {
    if (firstAt === null) {
      firstAt = now();
      opts.log.info({ signal }, 'shutting down');
      opts.close().then(
        () => opts.exit(0),
        (error: unknown) => {
          opts.log.error({ err: error }, 'shutdown failed');
          opts.exit(1);
        },
      );
      return;
    }
    if (now() - firstAt < echoWindowMs) return;
    opts.log.warn({ signal }, 'second signal: exiting without waiting');
    // As a shell reports a process killed by this signal: 128 + its number.
    opts.exit(128 + constants.signals[signal]);
  };
  opts.signals.on('SIGTERM', () => onSignal('SIGTERM'));
  opts.signals.on('SIGINT', () => onSignal('SIGINT'));
}
