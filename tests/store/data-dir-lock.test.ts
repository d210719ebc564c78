// The embedded database has one owner: what a second process, and an operator, see.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { currentHolder, DataDirInUseError, LOCK_FILE, lockDataDir } from '../../src/store/data-dir-lock.js';
import { createPgliteDb } from '../../src/store/pglite-db.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');

/** The pid of a process that has ended: what a lock left by a killed bot names. */
async function pidOfEndedProcess(): Promise<number> {
  const child = spawn(process.execPath, ['-e', '']);
  await new Promise((r) => child.once('exit', r));
  return child.pid!;
}

let dataDir = '';
beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'leerlijn-lock-'));
});
afterEach(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

describe('the embedded data dir lock', () => {
  it('refuses a second open while the first is open, naming its process; free again after close', { timeout: 90_000 }, async () => {
    const first = await createPgliteDb(dataDir);
    try {
      // Created (in a child process) and opened with the small buffers that keep the bot lean.
      expect(existsSync(join(dataDir, 'PG_VERSION'))).toBe(true);
      expect((await first.query('show shared_buffers')).rows).toEqual([{ shared_buffers: '16MB' }]);
      const second = createPgliteDb(dataDir);
      await expect(second).rejects.toBeInstanceOf(DataDirInUseError);
      await expect(second).rejects.toThrow(`in use by process ${process.pid}`);
      await expect(second).rejects.toThrow('DATABASE_URL');
    } finally {
      await first.close();
    }
    expect(existsSync(join(dataDir, LOCK_FILE))).toBe(false);
    const again = await lockDataDir(dataDir);
    await again.release();
  });

  it('takes over a lock whose process has ended', async () => {
    const gone = await pidOfEndedProcess();
    await writeFile(join(dataDir, LOCK_FILE), JSON.stringify({ ...currentHolder(), pid: gone, command: 'npm start' }));
    const lock = await lockDataDir(dataDir);
    try {
      expect(JSON.parse(await readFile(join(dataDir, LOCK_FILE), 'utf8')).pid).toBe(process.pid);
    } finally {
      await lock.release();
    }
  });

  it.skipIf(process.platform !== 'linux')('takes over a lock whose pid now belongs to another process', async () => {
    // The pid runs (our parent), but it started at another moment than the lock's writer did.
    await writeFile(join(dataDir, LOCK_FILE), JSON.stringify({ ...currentHolder(), pid: process.ppid, startTicks: '1' }));
    const lock = await lockDataDir(dataDir);
    await lock.release();
  });

  it('npm run migrate on a data dir in use exits 78 with the owner\'s pid', { timeout: 90_000 }, async () => {
    const lock = await lockDataDir(dataDir);
    try {
      const child = spawn('npm', ['run', 'migrate'], {
        cwd: ROOT,
        env: { PATH: process.env.PATH, HOME: process.env.HOME, DATA_DIR: dataDir },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let err = '';
      child.stderr.on('data', (c: Buffer) => (err += c.toString()));
      const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
      expect(code).toBe(78);
      expect(err).toContain(`The embedded database in ${dataDir} is in use by process ${process.pid}`);
      expect(err).not.toContain('    at '); // a message for the operator, not a stack trace
      expect(existsSync(join(dataDir, 'PG_VERSION'))).toBe(false); // it never opened the database
    } finally {
      await lock.release();
    }
  });
});
