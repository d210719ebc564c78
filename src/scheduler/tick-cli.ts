// `npm run tick -- --now 2026-02-01T08:00:00Z`: one scheduler pass against the configured
// database, for operators (catching up by hand) and for checking what a moment would send.
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import type { Messengers } from '../app/messenger.js';
import { loadConfig, processEnv, type Config } from '../config.js';
import { openDb } from '../store/open-db.js';
import { tick, type TickOptions, type TickResult } from './tick.js';

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

/** The CLI; `makeMessengers` is where the platform messengers get wired in. */
export async function main(argv: readonly string[], makeMessengers: (config: Config) => Messengers = () => ({})): Promise<number> {
  const config = loadConfig(processEnv());
  const now = parseNow(argv);
  const messengers = makeMessengers(config);
  console.log(`scheduler pass at ${now.toISOString()} with messengers: ${Object.keys(messengers).join(', ') || 'none'}`);
  try {
    console.log(JSON.stringify(await runTickOnce(config, now, messengers)));
    return 0;
  } catch (error) {
    if (error instanceof NoMessengersError) {
      console.error(error.message);
      return 2;
    }
    throw error;
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
