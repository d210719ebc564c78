// The bot as a process runs it: started, and drained and stopped on SIGTERM/SIGINT. Apart from
// main.ts so tests drive it with their own signals and exit.
import type { Config } from './config.js';
import type { Logger } from './logger.js';
import { startBot, type RunningBot, type StartOptions } from './server.js';
import { exitOnSignals, type SignalSource } from './shutdown.js';

export interface RunOptions extends StartOptions {
  signals: SignalSource;
  exit: (code: number) => void;
}

export function runUntilSignals(config: Config, log: Logger, opts: RunOptions): Promise<RunningBot> {
  const { signals, exit, ...startOptions } = opts;
  let stopping = false;
  const starting = startBot(config, log, { ...startOptions, stopping: () => stopping });
  // Listening before the start finishes: a signal during a slow start (the embedded database
  // takes seconds) still closes the database cleanly instead of killing it mid-write, and the
  // start goes no further than where the signal found it.
  const close = async (): Promise<void> => {
    stopping = true;
    await (await starting).close();
  };
  exitOnSignals({ signals, log, exit, close });
  return starting;
}
