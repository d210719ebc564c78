// Where the CPU goes during a benchmark turn, on a machine where the app, Postgres, the fake
// Slack and the load generator share the cores: per component, from /proc (Linux only;
// elsewhere every reading is 0 and the bench says so). Threads are read from schedstat, in
// nanoseconds, rather than stat's 10 ms ticks, which are too coarse for one turn.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';

export const cpuReadable = existsSync('/proc/thread-self/schedstat');

/** CPU of one thread (a task) so far, in ms. */
function taskMs(path: string): number {
  try {
    return Number(readFileSync(`${path}/schedstat`, 'utf8').split(' ')[0]) / 1e6;
  } catch {
    return 0; // the thread or process has ended
  }
}

/** All threads of a process, in ms. */
function processMs(pid: number): number {
  try {
    return readdirSync(`/proc/${pid}/task`).reduce((sum, tid) => sum + taskMs(`/proc/${pid}/task/${tid}`), 0);
  } catch {
    return 0;
  }
}

/** Every Postgres server process (backends, WAL writer, ...), per pid. */
function postgresMs(): Map<number, number> {
  let pids: number[] = [];
  try {
    pids = execFileSync('pgrep', ['-x', 'postgres'], { encoding: 'utf8' }).split('\n').filter(Boolean).map(Number);
  } catch {
    // no Postgres processes visible
  }
  return new Map(pids.map((pid) => [pid, processMs(pid)]));
}

/** CPU in ms per component, taken by the load worker right around its firing window. */
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

export interface CpuSnapshot {
  app: number;
  processTotal: number;
  load: number;
  postgres: Map<number, number>;
  fakeSlack: number;
}

/** Call from the load worker: the main thread is the process's first task. */
export function readCpu(fakePid: number): CpuSnapshot {
  const usage = process.cpuUsage();
  return {
    app: taskMs(`/proc/${process.pid}/task/${process.pid}`),
    processTotal: (usage.user + usage.system) / 1000,
    load: taskMs('/proc/thread-self'),
    postgres: postgresMs(),
    fakeSlack: processMs(fakePid),
  };
}

export function cpuSince(before: CpuSnapshot, after: CpuSnapshot): CpuReading {
  const app = after.app - before.app;
  const load = after.load - before.load;
  // Per pid: a backend that started meanwhile counts from zero; one that ended is not read.
  let postgres = 0;
  for (const [pid, ms] of after.postgres) postgres += ms - (before.postgres.get(pid) ?? 0);
  return { app, appHelpers: after.processTotal - before.processTotal - app - load, postgres, fakeSlack: after.fakeSlack - before.fakeSlack, load };
}
