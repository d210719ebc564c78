import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite, types, type Transaction } from '@electric-sql/pglite';
import { dataDirNotWritable, DataDirNotWritableError, ownUser } from './data-dir-access.js';
import { lockDataDir } from './data-dir-lock.js';
import type { Db, Queryable, QueryResult, SqlParam } from './db.js';
import { pgliteOptions } from './pglite-options.js';

type Target = Pick<PGlite, 'query' | 'exec'> | Pick<Transaction, 'query' | 'exec'>;

const parsers = {
  // Same as the pg Pool: dates stay 'YYYY-MM-DD' strings.
  [types.DATE]: (value: string) => value,
};

function wrap(target: Target): Queryable {
  return {
    async query<T>(sql: string, params: readonly SqlParam[] = []): Promise<QueryResult<T>> {
      const result = await target.query<T>(sql, params as unknown[], { parsers });
      return { rows: result.rows, rowCount: Math.max(result.affectedRows ?? 0, result.rows.length) };
    },
    async exec(sql: string): Promise<void> {
      await target.exec(sql);
    },
  };
}

/**
 * Creates the database in an empty data dir in a child process, so that initdb's memory is
 * returned when the child ends instead of staying in the bot (839 → about 400 MiB idle after
 * a first start, measured with bench:footprint). Run as .ts under tsx, as .js from dist/.
 */
async function createInChild(dataDir: string): Promise<void> {
  const script = new URL(import.meta.url.endsWith('.ts') ? './pglite-create.ts' : './pglite-create.js', import.meta.url);
  const loader = import.meta.url.endsWith('.ts') ? ['--import', 'tsx'] : [];
  const packageRoot = fileURLToPath(new URL('../../', import.meta.url));
  // The child runs in the package folder (for its loader): a relative DATA_DIR is the parent's, so resolved here.
  const child = spawn(process.execPath, [...loader, fileURLToPath(script), resolve(dataDir)], { cwd: packageRoot, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-2_000)));
  const code = await new Promise<number | null>((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', resolve);
  });
  if (code !== 0) throw new Error(`creating the embedded database in ${dataDir} failed (exit ${code}): ${stderr}`);
}

/**
 * Embedded Postgres (WASM) in `dataDir`, or in memory when dataDir is 'memory://'. A data dir
 * is locked for this process until close(); another process's open throws DataDirInUseError,
 * and one it may not write throws DataDirNotWritableError.
 */
export async function createPgliteDb(dataDir: string): Promise<Db> {
  if (dataDir.startsWith('memory://')) return pgliteDb(await PGlite.create(dataDir, pgliteOptions()));
  await mkdir(dataDir, { recursive: true }).catch((error: NodeJS.ErrnoException) => {
    // A folder the bot's user may not make (its parent is another user's) is said as one it may not write.
    throw ['EACCES', 'EPERM', 'EROFS'].includes(error.code ?? '') ? new DataDirNotWritableError(dataDir, error.path ?? dataDir, ownUser()) : error;
  });
  const notWritable = await dataDirNotWritable(dataDir);
  if (notWritable) throw notWritable;
  const lock = await lockDataDir(dataDir);
  try {
    if (!existsSync(join(dataDir, 'PG_VERSION'))) await createInChild(dataDir);
    return pgliteDb(await PGlite.create(dataDir, pgliteOptions()), () => lock.release());
  } catch (error) {
    await lock.release();
    throw error;
  }
}

export function pgliteDb(pglite: PGlite, afterClose?: () => Promise<void>): Db {
  const base = wrap(pglite);
  return {
    kind: 'pglite',
    query: base.query,
    exec: base.exec,
    transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T> {
      return pglite.transaction((tx) => fn(wrap(tx)));
    },
    async close(): Promise<void> {
      try {
        await pglite.close();
      } finally {
        await afterClose?.();
      }
    },
  };
}
