// `npm start` as an operator (or a container runtime) runs and stops it: SIGTERM to the npm
// process, and nothing of it may keep running.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { migratedDataDir } from './support/db.js';
import { descendantsOf, isRunning, stillRunningAfter, watchOutput } from './support/processes.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const LISTENING = /"port":(\d+)[^\n]*"msg":"leerlijn-bot running at/;

describe.skipIf(process.platform !== 'linux')('npm start', () => {
  it('stops on SIGTERM to npm: "shutting down" logged once, exit 0, no process of it left', { timeout: 120_000 }, async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'leerlijn-start-'));
    // A database made before: this is about stopping, and creating one (initdb in WASM) took 10 s of
    // the start. A first start on an empty DATA_DIR is server.test.ts's 'npm start with no env'.
    await migratedDataDir(dataDir);
    const npm = spawn('npm', ['start'], {
      cwd: ROOT,
      env: { PATH: process.env.PATH, HOME: process.env.HOME, PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: 'info', LOG_FORMAT: 'json' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const output = watchOutput(npm);
    let tree: number[] = [];
    try {
      const port = Number((await output.waitFor(LISTENING))[1]);
      const ready = await fetch(`http://127.0.0.1:${port}/readyz`);
      expect(ready.status).toBe(200);
      expect(await ready.json()).toEqual({ status: 'ok', database: 'pglite' });
      tree = descendantsOf(npm.pid!);
      expect(tree.length).toBeGreaterThan(0);

      npm.kill('SIGTERM');
      expect(await output.exited).toBe(0);
      expect(output.text().match(/"msg":"shutting down"/g)).toHaveLength(1);
      expect(await stillRunningAfter(tree, 2_000)).toEqual([]);
      // The embedded database was closed, so its lock is gone and the next process may open it.
      expect(existsSync(join(dataDir, 'leerlijn-bot.lock'))).toBe(false);
    } finally {
      for (const pid of [npm.pid!, ...tree]) if (isRunning(pid)) process.kill(pid, 'SIGKILL');
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});
