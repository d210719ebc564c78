// One structured logger. Tokens and secrets are redacted by path; user-written text is
// never passed to it in the first place (we log ids and codes).
import { pino, type DestinationStream, type Logger } from 'pino';
import { createRequire } from 'node:module';
import type PinoPretty from 'pino-pretty';

export type { Logger };

/**
 * Errors keep their type, code, message and stack only. Postgres errors carry `detail`
 * ("Failing row contains (…)") and SDK errors carry request data: both can hold user text.
 */
export function errorForLog(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { type: typeof error };
  const code = (error as { code?: unknown }).code;
  // The stack's first line repeats the whole message: keep only the frames.
  const frames = (error.stack ?? '').split('\n').filter((line) => line.trimStart().startsWith('at ')).join('\n');
  return { type: error.name, code: typeof code === 'string' || typeof code === 'number' ? code : undefined, message: error.message.slice(0, 300), stack: frames };
}

export type LogFormat = 'json' | 'pretty';

/**
 * One readable line per entry ("09:14:03 INFO: slack socket connected") for a person at a
 * terminal. Formatted in this process as each line is written, not in a worker thread
 * (pino's transports): nothing is lost at exit and there is no thread to stop.
 */
function prettyDestination(target: DestinationStream, colorize: boolean): DestinationStream {
  // Loaded only for this format: a JSON start (production) saves its ~80 ms.
  const pinoPretty = createRequire(import.meta.url)('pino-pretty') as typeof PinoPretty;
  const format = pinoPretty.prettyFactory({ colorize, translateTime: 'SYS:HH:MM:ss', ignore: 'pid,hostname,app', singleLine: true });
  return { write: (line: string) => target.write(format(line)) };
}

export function createLogger(level: string, destination?: DestinationStream, format: LogFormat = 'json'): Logger {
  const options: pino.LoggerOptions = {
    level,
    base: { app: 'leerlijn-bot' },
    serializers: { err: errorForLog },
    redact: {
      paths: [
        '*.token',
        '*.botToken',
        '*.signingSecret',
        '*.clientSecret',
        '*.appPassword',
        '*.password',
        'headers.authorization',
        'req.headers.authorization',
        '*.headers["x-slack-signature"]',
      ],
      censor: '[redacted]',
    },
  };
  // pino's own stdout stream rather than process.stdout: once the log's reader is gone it stops
  // writing, where process.stdout's EPIPE would be an uncaught error that ends the bot.
  if (format === 'pretty') return pino(options, prettyDestination(destination ?? pino.destination({ dest: 1, sync: true }), !destination && process.stdout.isTTY));
  return destination ? pino(options, destination) : pino(options);
}
