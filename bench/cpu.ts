// Where the CPU goes during a benchmark turn, on a machine where the app, Postgres, the fake
// Slack and the load generator share the cores: per component, from /proc (Linux only;
// elsewhere every reading is 0 and the bench says so).
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

export const cpuReadable = existsSync('/proc/thread-self/stat');

const TICK_MS = 10; // CLK_TCK is 100 on Linux

/** utime + stime of a /proc stat file, in ms. */
function statMs(path: string): number {
  try {
    const text = readFileSync(path, 'utf8');
    // Fields after the command name (which may hold spaces) start at ") ".
    const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * TICK_MS;
  } catch {
    return 0;
  }
}

/** The calling thread's own CPU (main thread or a worker). */
export const threadCpuMs = (): number => statMs('/proc/thread-self/stat');

export const processCpuMs = (pid: number): number => statMs(`/proc/${pid}/stat`);

/** Every Postgres server process (backends, WAL writer, ...): the database's share. */
export function postgresCpuMs(): number {
  let pids: number[] = [];
  try {
    pids = execFileSync('pgrep', ['-x', 'postgres'], { encoding: 'utf8' }).split('\n').filter(Boolean).map(Number);
  } catch {
    return 0;
  }
  return pids.reduce((sum, pid) => sum + processCpuMs(pid), 0);
}

/** CPU in ms per component; taken by the load worker right around its firing window. */
export interface CpuReading {
  /** The app's event loop (the process's main thread). */
  app: number;
  /** The app process's other threads (GC, libuv pool), but not the load worker. */
  appHelpers: number;
  postgres: number;
  fakeSlack: number;
  /** The load worker itself. */
  load: number;
}

/** Call from the load worker: the main thread is the process's first task. */
export function readCpu(fakePid: number): CpuReading {
  const usage = process.cpuUsage();
  const app = statMs(`/proc/${process.pid}/task/${process.pid}/stat`);
  const load = threadCpuMs();
  return {
    app,
    appHelpers: (usage.user + usage.system) / 1000 - app - load,
    postgres: postgresCpuMs(),
    fakeSlack: processCpuMs(fakePid),
    load,
  };
}

export function cpuSince(before: CpuReading, after: CpuReading): CpuReading {
  const keys = Object.keys(before) as Array<keyof CpuReading>;
  return Object.fromEntries(keys.map((k) => [k, after[k] - before[k]])) as unknown as CpuReading;
}
