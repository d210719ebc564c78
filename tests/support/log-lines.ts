// What the bot logged, a line at a time as pino writes it: for tests of what an operator reads.
import { Writable } from 'node:stream';
import { createLogger, type Logger } from '../../src/logger.js';

export interface LogLine {
  level: number;
  msg?: string;
  [field: string]: unknown;
}

/** pino's levels. */
const WARN = 40;
const ERROR = 50;

export interface CapturedLog {
  log: Logger;
  lines: LogLine[];
  /** The messages logged as warnings, in order. */
  warnings(): Array<string | undefined>;
  /** The messages logged as errors (or worse), in order. */
  errors(): Array<string | undefined>;
  /** Forgets what was logged so far. */
  clear(): void;
}

export function capturedLog(): CapturedLog {
  const lines: LogLine[] = [];
  return {
    log: createLogger('debug', { write: (line: string) => void lines.push(JSON.parse(line) as LogLine) }),
    lines,
    warnings: () => lines.filter((l) => l.level === WARN).map((l) => l.msg),
    errors: () => lines.filter((l) => l.level >= ERROR).map((l) => l.msg),
    clear: () => void (lines.length = 0),
  };
}

/** A log destination that resolves once a line with `msg` is written. */
export function logWaitingFor(msg: string): { stream: Writable; seen: Promise<Record<string, unknown>>; text: () => string } {
  let lines = '';
  let found: (line: Record<string, unknown>) => void = () => undefined;
  const seen = new Promise<Record<string, unknown>>((resolve) => { found = resolve; });
  const stream = new Writable({
    write(chunk: Buffer, _enc, done) {
      lines += chunk.toString();
      for (const line of chunk.toString().split('\n').filter(Boolean)) {
        const parsed = JSON.parse(line) as Record<string, unknown>;
        if (parsed.msg === msg) found(parsed);
      }
      done();
    },
  });
  return { stream, seen, text: () => lines };
}
