// Helpers for bench:footprint: start a server process, time it to ready, read its memory.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';

export interface Started {
  child: ChildProcess;
  port: number;
  /** Spawn to the first 200 from `readyPath`. */
  startMs: number;
  stderr: () => string;
}

/** A port free right now (the process we start gets it as PORT). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** Resident memory of a process in MiB, from /proc (Linux). */
export function rssMiB(pid: number, field: 'VmRSS' | 'VmHWM' = 'VmRSS'): number {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8').split('\n').find((l) => l.startsWith(`${field}:`)) ?? '';
  return Math.round(Number(/(\d+)/.exec(line)?.[1] ?? 0) / 1024);
}

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Spawns `node args` with `env` (and PORT), then asks `readyPath` every 20 ms until it answers
 * 200: the time an orchestrator waits before it sends traffic.
 */
export async function startAndTime(args: string[], env: Record<string, string>, readyPath: string, deadlineMs = 120_000): Promise<Started> {
  const port = await freePort();
  const started = performance.now();
  const child = spawn(process.execPath, args, { env: { PATH: process.env.PATH ?? '', ...env, PORT: String(port), HOST: '127.0.0.1' }, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (c: Buffer) => (stderr += c.toString()));
  let exited = false;
  child.once('exit', () => (exited = true));
  while (performance.now() - started < deadlineMs) {
    if (exited) throw new Error(`${args.join(' ')} exited before it was ready: ${stderr.slice(-2000)}`);
    const status = await fetch(`http://127.0.0.1:${port}${readyPath}`).then((r) => r.status, () => 0);
    if (status === 200) return { child, port, startMs: Math.round(performance.now() - started), stderr: () => stderr };
    await pause(20);
  }
  child.kill('SIGKILL');
  throw new Error(`${args.join(' ')} was not ready within ${deadlineMs} ms`);
}

/** RSS once it has stopped moving: sampled every 250 ms until two samples agree within 1 MiB. */
export async function settledRss(pid: number, maxMs = 10_000): Promise<number> {
  let last = rssMiB(pid);
  const until = Date.now() + maxMs;
  await pause(1_000); // the start's last promises, the first GC
  while (Date.now() < until) {
    await pause(250);
    const now = rssMiB(pid);
    if (Math.abs(now - last) <= 1) return now;
    last = now;
  }
  return last;
}

export async function stop(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null) return child.exitCode;
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  return exited;
}

export const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
