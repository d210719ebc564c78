// The load generator, in a worker thread so signing and sending clicks does not run on the
// event loop of the app it measures. It shares the machine's two cores with the app, so it
// is kept lean: every click is built and signed before the clock starts, and sent through
// one keep-alive undici pool (fetch() cost the generator about 0.9 ms of CPU per click,
// CPU the app under test then did not get).
import { parentPort, workerData } from 'node:worker_threads';
import { Pool } from 'undici';
import { cpuSince, readCpu, type CpuReading } from './cpu.js';
import { drive } from './load-pattern.js';

/** After the last answer: the work an app does after its ack (confirmations) still counts. */
const TAIL_MS = 100;
import { blockActionPayload, interactionBody, signedHeaders } from '../tests/fakes/slack-signing.js';

export interface Click {
  user: string;
  code: string;
  score: number;
  ts: string;
  /** Slack gives every interaction a response_url; the fake hands them out. */
  responseUrl?: string;
}
export interface LoadJob {
  endpoint: string;
  secret: string;
  roundId: string;
  channel: string;
  clicks: Click[];
  concurrency: number;
  /** The fake Slack's process, for its share of the CPU. */
  fakePid: number;
  /**
   * Bursts instead of a closed loop: `concurrency` clicks sent at once, all answered, then
   * a pause of this many ms before the next burst (a team clicking at the same moment).
   */
  burstGapMs?: number;
}
export interface LoadRun {
  seconds: number;
  latencies: number[];
  failures: number;
  /** CPU per component while the clicks were being sent, in ms. */
  cpu: CpuReading;
}

export async function fire(job: LoadJob): Promise<LoadRun> {
  const url = new URL(job.endpoint);
  const now = Math.floor(Date.now() / 1000);
  const requests = job.clicks.map((c) => {
    const payload = blockActionPayload({ user: c.user, actionId: `vote_${c.score}`, value: `${job.roundId}|${c.code}|${c.score}`, channel: job.channel, messageTs: c.ts, responseUrl: c.responseUrl });
    const body = interactionBody(payload);
    return { body, headers: { 'content-type': 'application/x-www-form-urlencoded', ...signedHeaders(job.secret, body, now) } };
  });
  const pool = new Pool(url.origin, { connections: job.concurrency });
  const latencies: number[] = [];
  let failures = 0;
  const cpuBefore = readCpu(job.fakePid);
  const started = performance.now();
  const send = async (r: (typeof requests)[number]): Promise<void> => {
    const t0 = performance.now();
    const res = await pool.request({ path: url.pathname, method: 'POST', headers: r.headers, body: r.body });
    await res.body.dump();
    latencies.push(performance.now() - t0);
    if (res.statusCode !== 200) failures += 1;
  };
  await drive(requests, job.concurrency, job.burstGapMs, send);
  const seconds = (performance.now() - started) / 1000;
  await new Promise((r) => setTimeout(r, TAIL_MS));
  const cpu = cpuSince(cpuBefore, readCpu(job.fakePid));
  await pool.close();
  return { seconds, latencies: latencies.sort((a, b) => a - b), failures, cpu };
}

if (parentPort) {
  const port = parentPort;
  void fire(workerData as LoadJob).then((run) => port.postMessage(run));
}
