// A Postgres server of the test's own, in a temp dir (initdb, pg_ctl), that the test can stop and
// start again: the machine's shared server must never be stopped. As root, runs as `postgres`.
import { execFile } from 'node:child_process';
import { mkdtemp, rm, chown } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export interface TestCluster {
  url: string;
  stop(): Promise<void>;
  start(): Promise<void>;
  destroy(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

async function pgBin(): Promise<string> {
  return (await run('pg_config', ['--bindir'])).stdout.trim();
}

export async function startCluster(): Promise<TestCluster> {
  const bin = await pgBin();
  const dir = await mkdtemp(join(tmpdir(), 'leerlijn-pg-'));
  const asRoot = process.getuid?.() === 0;
  if (asRoot) {
    const { stdout } = await run('id', ['-u', 'postgres']);
    const { stdout: gid } = await run('id', ['-g', 'postgres']);
    await chown(dir, Number(stdout.trim()), Number(gid.trim()));
  }
  const tool = (name: string, args: string[]) => (asRoot ? run('runuser', ['-u', 'postgres', '--', join(bin, name), ...args]) : run(join(bin, name), args));
  const port = await freePort();
  await tool('initdb', ['-D', join(dir, 'data'), '-A', 'trust', '-U', 'postgres']);
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`;
  const start = async (): Promise<void> => void (await tool('pg_ctl', ['-D', join(dir, 'data'), '-o', options, '-l', join(dir, 'log'), '-w', 'start']));
  const stop = async (): Promise<void> => void (await tool('pg_ctl', ['-D', join(dir, 'data'), '-m', 'immediate', '-w', 'stop']));
  await start();
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    start,
    stop,
    async destroy() {
      await stop().catch(() => undefined);
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** Whether this machine can make such a cluster (the Postgres server binaries are installed). */
export async function canStartCluster(): Promise<boolean> {
  try {
    await pgBin();
    return true;
  } catch {
    return false;
  }
}
