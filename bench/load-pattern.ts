// How a load worker sends its requests: `concurrency` at a time without pause, or, with
// `burstGapMs`, bursts of `concurrency` at once with a pause between them (people voting
// together when a card is shown). Shared by the Slack and Teams vote loads, as is the measured
// run around it: latency per request, failures, and the fake platform's CPU.
import { Pool } from 'undici';
import { cpuSince, readCpu, type CpuReading } from './cpu.js';

/** After the last answer: the work an app does after answering (confirmations, card updates) still counts. */
const TAIL_MS = 100;

export interface LoadRun {
  seconds: number;
  latencies: number[];
  /** Answers the load's `send` judged wrong. */
  failures: number;
  /** CPU per component while the requests were being sent, in ms. */
  cpu: CpuReading;
}

export interface LoadShape {
  endpoint: string;
  concurrency: number;
  /** The fake platform's process, for its share of the CPU. */
  fakePid: number;
  /** Bursts instead of a closed loop: `concurrency` requests at once, all answered, then this pause in ms. */
  burstGapMs?: number;
}
export async function drive<T>(items: readonly T[], concurrency: number, burstGapMs: number | undefined, send: (item: T) => Promise<void>): Promise<void> {
  if (burstGapMs !== undefined) {
    for (let i = 0; i < items.length; i += concurrency) {
      await Promise.all(items.slice(i, i + concurrency).map(send));
      await new Promise((r) => setTimeout(r, burstGapMs));
    }
    return;
  }
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) await send(items[next++]!);
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
}

/** Sends every item through `send` (true: a good answer) on one keep-alive pool and measures the run. */
export async function timedLoad<T>(job: LoadShape, items: readonly T[], send: (pool: Pool, path: string, item: T) => Promise<boolean>): Promise<LoadRun> {
  const url = new URL(job.endpoint);
  const pool = new Pool(url.origin, { connections: job.concurrency });
  const latencies: number[] = [];
  let failures = 0;
  const cpuBefore = readCpu(job.fakePid);
  const started = performance.now();
  await drive(items, job.concurrency, job.burstGapMs, async (item) => {
    const t0 = performance.now();
    const ok = await send(pool, url.pathname, item);
    latencies.push(performance.now() - t0);
    if (!ok) failures += 1;
  });
  const seconds = (performance.now() - started) / 1000;
  await new Promise((r) => setTimeout(r, TAIL_MS));
  const cpu = cpuSince(cpuBefore, readCpu(job.fakePid));
  await pool.close();
  return { seconds, latencies: latencies.sort((a, b) => a - b), failures, cpu };
}
