// The embedded database is one process's: PGlite has no server to arbitrate, and two
// processes writing one data dir corrupt it. A lock file in the data dir names its owner;
// a second opener is refused with that name, and a lock whose process is gone is taken over.
import { readFileSync, unlinkSync } from 'node:fs';
import { link, readFile, unlink, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { z } from 'zod';

export const LOCK_FILE = 'leerlijn-bot.lock';

const HolderSchema = z.object({
  pid: z.number().int().positive(),
  command: z.string(),
  since: z.string(),
  /** Linux only: which boot and which process start, so a reused pid is not mistaken for the owner. */
  bootId: z.string().optional(),
  startTicks: z.string().optional(),
});
export type LockHolder = z.infer<typeof HolderSchema>;

export class DataDirInUseError extends Error {
  readonly code = 'data_dir_in_use';
  constructor(
    readonly dataDir: string,
    readonly holder: LockHolder,
  ) {
    super(
      `The embedded database in ${dataDir} is in use by process ${holder.pid} (${holder.command}, since ${holder.since}). ` +
        'Only one process at a time may open it: stop that one first. To run more processes on the same data ' +
        '(an external cron with `npm run tick`, a second replica), use Postgres: set DATABASE_URL.',
    );
  }
}

function readOrUndefined(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8').trim();
  } catch {
    return undefined; // not Linux, or the process is gone
  }
}

/** Field 22 of /proc/<pid>/stat: when the process started, in clock ticks since boot. */
function startTicksOf(pid: number): string | undefined {
  const stat = readOrUndefined(`/proc/${pid}/stat`);
  // The command name (field 2) may hold spaces and parentheses: count from the last ')'.
  return stat?.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
}

export function currentHolder(): LockHolder {
  return {
    pid: process.pid,
    command: process.argv.slice(1).join(' ').slice(0, 200),
    since: new Date().toISOString(),
    bootId: readOrUndefined('/proc/sys/kernel/random/boot_id'),
    startTicks: startTicksOf(process.pid),
  };
}

/** Lock files this process holds now: a lock with our pid that is not here is a predecessor's. */
const heldHere = new Set<string>();

/** Whether the process that wrote the lock at `path` still runs. */
export function holderIsRunning(holder: LockHolder, path: string): boolean {
  // Our own pid in a lock we have not taken: an earlier process (pid 1 in a restarted container).
  if (holder.pid === process.pid) return heldHere.has(path);
  try {
    process.kill(holder.pid, 0);
  } catch (error) {
    // EPERM: it runs, as another user.
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  const bootId = readOrUndefined('/proc/sys/kernel/random/boot_id');
  if (holder.bootId && bootId && holder.bootId !== bootId) return false;
  const ticks = startTicksOf(holder.pid);
  if (holder.startTicks && ticks && holder.startTicks !== ticks) return false;
  return true;
}

function parseHolder(text: string | undefined): LockHolder | null {
  try {
    const parsed = HolderSchema.safeParse(JSON.parse(text ?? ''));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

async function readHolder(path: string): Promise<LockHolder | null> {
  // Gone meanwhile, or not a lock we wrote: treated as stale.
  return parseHolder(await readFile(path, 'utf8').catch(() => undefined));
}

export interface DataDirLock {
  release(): Promise<void>;
}

/** Takes the data dir's lock, or throws DataDirInUseError naming the process that holds it. */
export async function lockDataDir(dataDir: string): Promise<DataDirLock> {
  const path = resolve(dataDir, LOCK_FILE);
  const me = currentHolder();
  // Written aside and linked into place: link() fails if the lock exists, and a reader never
  // sees a half-written file.
  const draft = `${path}.${process.pid}`;
  await writeFile(draft, JSON.stringify(me));
  try {
    for (let attempt = 0; attempt < 3; attempt++) {
      try {
        await link(draft, path);
        return holdLock(path, me);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      }
      const holder = await readHolder(path);
      if (holder && holderIsRunning(holder, path)) throw new DataDirInUseError(dataDir, holder);
      // Its process is gone (killed, crashed, the machine rebooted): take it over.
      await unlink(path).catch((error: NodeJS.ErrnoException) => {
        if (error.code !== 'ENOENT') throw error;
      });
    }
    throw new Error(`could not take the lock ${path}: other processes keep replacing it`);
  } finally {
    await unlink(draft).catch(() => undefined);
  }
}

function holdLock(path: string, me: LockHolder): DataDirLock {
  // A process.exit() that skips close() (a second signal) still leaves no lock behind.
  const onExit = (): void => {
    const holder = parseHolder(readOrUndefined(path));
    if (holder?.pid === me.pid && holder.since === me.since) unlinkSync(path);
  };
  process.on('exit', onExit);
  heldHere.add(path);
  return {
    async release() {
      process.off('exit', onExit);
      heldHere.delete(path);
      onExit();
    },
  };
}
