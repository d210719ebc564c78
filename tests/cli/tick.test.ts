// The operator's `npm run tick`: help, refusals of a wrong command line, a dry run that leaves
// everything as it was, and one real pass.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { syncLeerlijnJobs } from '../../src/app/jobs/plan-jobs.js';
import { dryRun, EXIT_USAGE, NoMessengersError, parseTickArgs, runTickOnce, UsageError } from '../../src/cli/tick.js';
import { loadConfig, type Config } from '../../src/config.js';
import { EXIT_CONFIG } from '../../src/start-failure.js';
import { createPgliteDb } from '../../src/store/pglite-db.js';
import { RecordingMessenger } from '../fakes/recording-messenger.js';
import { migratedDataDir } from '../support/db.js';
import { makeDeps, NOW, startFixture } from '../support/fixtures.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const INVITE_AT = new Date('2026-01-26T08:00:00Z'); // the signalering invitation is due
const minutes = (n: number) => new Date(INVITE_AT.getTime() + n * 60_000);

/**
 * The CLI as an operator runs it, with only PATH in its environment, in an empty directory (so
 * a CLI that wrongly went ahead would find no database of ours there), or in `cwd` when given.
 */
async function runTick(args: string[], env: Record<string, string> = {}, cwd?: string): Promise<{ code: number | null; out: string; err: string }> {
  const tsx = pathToFileURL(join(ROOT, 'node_modules/tsx/dist/loader.mjs')).href;
  const dir = cwd ?? (await mkdtemp(join(tmpdir(), 'tick-run-')));
  const child = spawn(process.execPath, ['--import', tsx, join(ROOT, 'src/cli/tick.ts'), ...args], {
    cwd: dir,
    env: { PATH: process.env.PATH, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout.on('data', (c: Buffer) => (out += c.toString()));
  child.stderr.on('data', (c: Buffer) => (err += c.toString()));
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  if (!cwd) await rm(dir, { recursive: true, force: true });
  return { code, out, err };
}

describe('tick command line', () => {
  it('--help prints the usage and exits 0, without a stack trace', async () => {
    const { code, out, err } = await runTick(['--help']);
    expect(code).toBe(0);
    expect(out).toContain('usage: npm run tick -- [--now <ISO instant>] [--dry-run]');
    expect(out).toContain('--dry-run');
    expect(err).not.toContain('    at ');
  });

  // One database made for both runs: creating it (initdb in WASM) is most of each run's time.
  it('--dry-run on a database with no tables yet says, in one line, to run npm run migrate, and exits as for a setting; then a real pass logs as the bot does: readable lines where LOG_FORMAT and NODE_ENV do not say json', { timeout: 90_000 }, async () => {
    expect(existsSync(join(ROOT, 'data')), 'a data/ left in the package folder by an earlier run').toBe(false);
    const cwd = await mkdtemp(join(tmpdir(), 'tick-run-'));
    try {
      // DATA_DIR is read from the working directory, also by the child process that creates the database.
      const dry = await runTick(['--dry-run'], { DATA_DIR: 'data' }, cwd);
      expect(existsSync(join(ROOT, 'data'))).toBe(false);
      expect(existsSync(join(cwd, 'data', 'PG_VERSION'))).toBe(true);
      expect(dry.code).toBe(EXIT_CONFIG);
      expect(dry.err.trim().split('\n')).toEqual([expect.stringContaining('run npm run migrate')]);
      expect(dry.err).not.toMatch(/select|    at /i);

      const { out } = await runTick([], { DATA_DIR: 'data' }, cwd);
      expect(existsSync(join(ROOT, 'data'))).toBe(false);
      expect(out).toMatch(/^\[[\d:]+\] WARN: !!! MICROSOFT_APP_ID is not set/m);
      expect(out).not.toContain('{"level"');
    } finally {
      await rm(cwd, { recursive: true, force: true });
    }
  });

  it('refuses a --now a day ahead with exit 64 and says why, before touching any database', async () => {
    const { code, err } = await runTick(['--now', new Date(Date.now() + 24 * 3_600_000).toISOString()]);
    expect(code).toBe(EXIT_USAGE);
    expect(err).toMatch(/more than 5 minutes ahead of the real time/);
    expect(err).toContain('--dry-run');
    expect(err).not.toContain('    at ');
  });

  it('allows a --now up to 5 minutes ahead, any moment with --dry-run, and refuses unknown options', () => {
    expect(parseTickArgs(['--now', minutes(5).toISOString()], INVITE_AT)).toEqual({ help: false, now: minutes(5), dryRun: false });
    expect(() => parseTickArgs(['--now', minutes(6).toISOString()], INVITE_AT)).toThrow(UsageError);
    expect(parseTickArgs(['--dry-run', '--now', minutes(60 * 24 * 7).toISOString()], INVITE_AT)).toEqual({ help: false, now: minutes(60 * 24 * 7), dryRun: true });
    expect(parseTickArgs(['--now', minutes(-60 * 24).toISOString()], INVITE_AT)).toMatchObject({ dryRun: false });
    expect(parseTickArgs([], INVITE_AT)).toEqual({ help: false, now: INVITE_AT, dryRun: false });
    expect(() => parseTickArgs(['--now', 'tomorrow'], INVITE_AT)).toThrow(/--now: not an ISO instant/);
    expect(() => parseTickArgs(['--sned'], INVITE_AT)).toThrow(UsageError);
  });
});

describe('tick on an embedded database', () => {
  let dir: string;
  let config: Config;

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'tick-cli-'));
    await migratedDataDir(dir);
    const db = await createPgliteDb(dir);
    const s = await startFixture(makeDeps(db));
    await db.transaction((tx) => syncLeerlijnJobs(tx, s.leerlijnId, NOW));
    await db.close();
    config = loadConfig({ DATA_DIR: dir });
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  // Each pass opens the embedded database itself (about 15 s in all beside another file): the default 30 s is tight under load.
  it('--dry-run prints what would be sent and claims nothing; a pass without messengers refuses; the next real pass sends it once', { timeout: 90_000 }, async () => {
    const printed: string[] = [];
    await dryRun(config, INVITE_AT, (line) => printed.push(line));
    // Which database it read: run by hand without the service's settings, it reads the folder's embedded one.
    expect(printed[0]).toBe(`dry run of a scheduler pass at ${INVITE_AT.toISOString()} on the embedded database in ${dir} (DATABASE_URL is not set): nothing is sent or claimed`);
    expect(printed.join('\n')).toMatch(/meeting_invite .* send: meeting_reminder via slack to channel:C_TEAM/);
    expect(printed.at(-1)).toBe(JSON.stringify({ due: 1, send: 1, wait: 0, skip: 0, drop: 0, superseded: 0, error: 0, delete: 0 }));

    await expect(runTickOnce(config, INVITE_AT, {})).rejects.toBeInstanceOf(NoMessengersError);
    // Had the dry run or the refused pass claimed the invitation, this pass would find it leased and send nothing.
    const slack = new RecordingMessenger('slack');
    expect(await runTickOnce(config, INVITE_AT, { slack })).toMatchObject({ claimed: 1, sent: 1 });
    expect(slack.ofType('meeting_reminder')).toMatchObject([{ to: 'channel', target: 'C_TEAM', notice: { when: 'invite' } }]);
  });
});
