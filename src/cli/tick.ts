// `npm run tick -- [--now <ISO instant>] [--dry-run]`: one scheduler pass against the configured
// database, for operators (catching up by hand, an external cron) and for checking what a
// moment would send or delete (--dry-run, which sends, claims and deletes nothing).
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import type { Messengers } from '../app/messenger.js';
import { configOrExit, type Config } from '../config.js';
import { allAdapters } from '../adapters/index.js';
import { createLogger } from '../logger.js';
import { buildAdapters, messengersOf, type AdapterFactory } from '../server.js';
import { migrate, pendingMigrations } from '../store/migrate.js';
import { openDb } from '../store/open-db.js';
import { EXIT_CONFIG, exitOnStartFailure } from '../start-failure.js';
import { databaseUsed } from '../start-summary.js';
import { previewPass, type PreviewLine } from '../scheduler/preview.js';
import { DEFAULT_BATCH_SIZE, tick, type TickOptions, type TickResult } from '../scheduler/tick.js';

/** Some slack for clocks that differ a little; beyond it, reminders would go out before their day. */
const MAX_AHEAD_MINUTES = 5;

export const USAGE = `usage: npm run tick -- [--now <ISO instant>] [--dry-run]

One scheduler pass against the configured database (DATABASE_URL, or the embedded one in DATA_DIR).

  --now <ISO instant>  the moment the pass judges as now: which reminders are due (default: the
                       real time). At most ${MAX_AHEAD_MINUTES} minutes ahead of the real time, since a pass
                       really sends what is due then; a moment further ahead needs --dry-run.
  --dry-run            print what the pass would send, and the ended leerlijnen it would delete
                       (RETENTION_DAYS); sends, claims and deletes nothing
  --help               this text`;

/** Exit code for a wrong command line (sysexits EX_USAGE). */
export const EXIT_USAGE = 64;

export class UsageError extends Error {
  readonly code = 'usage';
}

export class NoMessengersError extends Error {
  readonly code = 'no_messengers';
  constructor() {
    super('No platform messengers are configured (configured: none). Configure Slack or Teams first; nothing was claimed.');
  }
}

export type TickArgs = { help: true } | { help: false; now: Date; dryRun: boolean };

/** Reads the command line against the real time `realNow`; throws UsageError with a message for the operator. */
export function parseTickArgs(argv: readonly string[], realNow: Date): TickArgs {
  let values: { now?: string; 'dry-run'?: boolean; help?: boolean };
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: { now: { type: 'string' }, 'dry-run': { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
      allowPositionals: false,
    }));
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  if (values.help) return { help: true };
  const dryRun = values['dry-run'] ?? false;
  if (values.now === undefined) return { help: false, now: realNow, dryRun };
  const now = new Date(values.now);
  if (Number.isNaN(now.getTime())) throw new UsageError(`--now: not an ISO instant: ${values.now}`);
  if (!dryRun && now.getTime() - realNow.getTime() > MAX_AHEAD_MINUTES * 60_000) {
    throw new UsageError(
      `--now ${now.toISOString()} is more than ${MAX_AHEAD_MINUTES} minutes ahead of the real time (${realNow.toISOString()}): ` +
        'the pass would send those reminders today. Add --dry-run to see what that moment would send; nothing is sent or claimed.',
    );
  }
  return { help: false, now, dryRun };
}

/** One pass with the given messengers. Refuses to claim anything when there are none. */
export async function runTickOnce(config: Config, now: Date, messengers: Messengers, opts?: TickOptions): Promise<TickResult> {
  if (Object.keys(messengers).length === 0) throw new NoMessengersError();
  const db = await openDb(config.database);
  try {
    return await tick({ db, messengers, documents: config.documents, retentionDays: config.retentionDays }, now, opts);
  } finally {
    await db.close();
  }
}

/** A dry run on a database this version has not migrated: its queries would fail on a missing table or column. */
export class NotMigratedError extends Error {
  readonly code = 'not_migrated';
}

/** What a pass at `now` would do, one line per job, then the counts. Opens no platform; migrates nothing (NotMigratedError). */
export async function dryRun(config: Config, now: Date, print: (line: string) => void): Promise<PreviewLine[]> {
  const db = await openDb(config.database);
  try {
    const { tables, pending } = await pendingMigrations(db);
    if (pending.length) {
      const state = tables ? `is older than this version (${pending.length} migrations not applied)` : 'has no tables yet';
      throw new NotMigratedError(`tick: ${databaseUsed(config)} ${state}: run npm run migrate first; nothing was read or changed`);
    }
    const lines = await previewPass(db, now, DEFAULT_BATCH_SIZE, config.retentionDays);
    print(`dry run of a scheduler pass at ${now.toISOString()} on ${databaseUsed(config)}: nothing is sent or claimed`);
    for (const l of lines) print(`${l.runAt.toISOString()}  ${l.kind}  job ${l.jobId}  ${l.outcome}: ${l.detail}`);
    const count = (o: PreviewLine['outcome']) => lines.filter((l) => l.outcome === o).length;
    print(
      JSON.stringify({ due: lines.length, send: count('send'), wait: count('wait'), skip: count('skip'), drop: count('drop'), superseded: count('superseded'), error: count('error'), delete: count('delete') }),
    );
    return lines;
  } finally {
    await db.close();
  }
}

export interface MainOptions {
  factories?: readonly AdapterFactory[];
  realNow?: () => Date;
  out?: (line: string) => void;
  err?: (line: string) => void;
}

/**
 * The CLI. Returns the exit code. A real pass builds the configured platform adapters (without
 * serving HTTP) for their messengers; a dry run needs none.
 */
export async function main(argv: readonly string[], o: MainOptions = {}): Promise<number> {
  const out = o.out ?? ((line: string) => console.log(line));
  const err = o.err ?? ((line: string) => console.error(line));
  let args: TickArgs;
  try {
    args = parseTickArgs(argv, (o.realNow ?? (() => new Date()))());
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    err(`tick: ${error.message}\n\n${USAGE}`);
    return EXIT_USAGE;
  }
  if (args.help) {
    out(USAGE);
    return 0;
  }
  const config = configOrExit();
  if (args.dryRun) {
    const done = await dryRun(config, args.now, out).catch((error: unknown) => {
      if (!(error instanceof NotMigratedError)) throw error;
      err(error.message);
      return null;
    });
    return done ? 0 : EXIT_CONFIG;
  }
  return runPass(config, args.now, o.factories ?? allAdapters, out, err);
}

async function runPass(config: Config, now: Date, factories: readonly AdapterFactory[], out: (l: string) => void, err: (l: string) => void): Promise<number> {
  const log = createLogger(config.logLevel, undefined, config.logFormat);
  const db = await openDb(config.database);
  const deps = { db, now: () => now, defaultTimezone: config.defaultTimezone, defaultLang: config.defaultLang, retentionDays: config.retentionDays };
  const adapters = await buildAdapters(factories, deps, config, log);
  try {
    await migrate(db);
    const messengers = messengersOf(adapters);
    out(`scheduler pass at ${now.toISOString()} on ${databaseUsed(config)} with messengers: ${Object.keys(messengers).join(', ') || 'none'}`);
    if (Object.keys(messengers).length === 0) {
      err(new NoMessengersError().message);
      return 2;
    }
    out(JSON.stringify(await tick({ db, messengers, log, documents: config.documents, retentionDays: config.retentionDays }, now)));
    return 0;
  } finally {
    for (const a of adapters) await a.stop?.();
    await db.close();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error: unknown) => exitOnStartFailure('tick', error),
  );
}
