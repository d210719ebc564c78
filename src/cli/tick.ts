// `npm run tick -- --now 2026-02-01T08:00:00Z`: one scheduler pass against the configured
// database, for operators (catching up by hand) and for checking what a moment would send.
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import type { Messengers } from '../app/messenger.js';
import { configOrExit, type Config } from '../config.js';
import { allAdapters } from '../adapters/index.js';
import { createLogger } from '../logger.js';
import { buildAdapters, messengersOf, type AdapterFactory } from '../server.js';
import { migrate } from '../store/migrate.js';
import { openDb } from '../store/open-db.js';
import { tick, type TickOptions, type TickResult } from '../scheduler/tick.js';

export class NoMessengersError extends Error {
  readonly code = 'no_messengers';
  constructor() {
    super('No platform messengers are configured (configured: none). Configure Slack or Teams first; nothing was claimed.');
  }
}

export function parseNow(argv: readonly string[]): Date {
  const { values } = parseArgs({ args: [...argv], options: { now: { type: 'string' } }, allowPositionals: false });
  if (values.now === undefined) return new Date();
  const now = new Date(values.now);
  if (Number.isNaN(now.getTime())) throw new RangeError(`--now: not an ISO instant: ${values.now}`);
  return now;
}

/** One pass with the given messengers. Refuses to claim anything when there are none. */
export async function runTickOnce(config: Config, now: Date, messengers: Messengers, opts?: TickOptions): Promise<TickResult> {
  if (Object.keys(messengers).length === 0) throw new NoMessengersError();
  const db = await openDb(config.database);
  try {
    return await tick({ db, messengers }, now, opts);
  } finally {
    await db.close();
  }
}

/**
 * The CLI: builds the configured platform adapters (without serving HTTP) for their
 * messengers, and runs one pass on the configured database.
 */
export async function main(argv: readonly string[], factories: readonly AdapterFactory[] = allAdapters): Promise<number> {
  const config = configOrExit();
  const now = parseNow(argv);
  const log = createLogger(config.logLevel);
  const db = await openDb(config.database);
  const deps = { db, now: () => now, defaultTimezone: config.defaultTimezone, defaultLang: config.defaultLang };
  const adapters = await buildAdapters(factories, deps, config, log);
  try {
    await migrate(db);
    const messengers = messengersOf(adapters);
    console.log(`scheduler pass at ${now.toISOString()} with messengers: ${Object.keys(messengers).join(', ') || 'none'}`);
    if (Object.keys(messengers).length === 0) {
      console.error(new NoMessengersError().message);
      return 2;
    }
    console.log(JSON.stringify(await tick({ db, messengers, log }, now)));
    return 0;
  } finally {
    for (const a of adapters) await a.stop?.();
    await db.close();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error('tick failed:', error);
      process.exit(1);
    },
  );
}
