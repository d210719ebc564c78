// The last line: errors nothing else caught. http.ts already turns a failed route into a 500;
// this is for what escapes every handler (a promise nobody awaited, a throw in a timer).
import { errorForLog, type Logger } from './logger.js';

/** The part of `process` this needs; tests pass an EventEmitter. */
export interface ProcessEvents {
  on(event: 'unhandledRejection', listener: (reason: unknown) => void): unknown;
  on(event: 'uncaughtException', listener: (error: Error) => void): unknown;
}

/** Name, code and stack frames: an error's message may quote user text, so it is left out. */
function describe(error: unknown): Record<string, unknown> {
  const { message: _message, ...rest } = errorForLog(error);
  return rest;
}

/**
 * Unhandled rejection: logged, and the process keeps serving. A rejected promise that nobody
 * awaited ends only its own piece of work; no code was interrupted half-way, so the rest of the
 * process is as consistent as before (Node's default since v15 is to crash instead).
 *
 * Uncaught exception: logged, then the process exits with 1 so the supervisor starts a fresh
 * one. A synchronous throw can leave any state half-changed (a lock held, a counter not
 * decremented, a stream half-written), and Node's documentation calls resuming after it
 * unsafe; a quick restart is safer than serving from such a state.
 */
export function installLastResort(log: Logger, target: ProcessEvents = process, exit: (code: number) => void = (code) => process.exit(code)): void {
  target.on('unhandledRejection', (reason) => {
    log.error({ error: describe(reason), kind: 'unhandledRejection' }, 'unhandled rejection; still serving');
  });
  target.on('uncaughtException', (error) => {
    log.fatal({ error: describe(error), kind: 'uncaughtException' }, 'uncaught exception; exiting so the supervisor restarts the bot');
    exit(1);
  });
}
