// The load generator of bench:votes:teams, in a worker thread so building and sending invokes
// does not run on the event loop of the app it measures. Every invoke is built before the
// clock starts and sent through one keep-alive undici pool, as in bench/vote-load.ts.
import { parentPort, workerData } from 'node:worker_threads';
import { Pool } from 'undici';
import { invokeActionExecute, type TeamsConversation, type TeamsUser } from '../tests/fakes/teams-activities.js';
import { cpuSince, readCpu, type CpuReading } from './cpu.js';
import { drive } from './load-pattern.js';

/** After the last answer: the work an app does after answering (card updates) still counts. */
const TAIL_MS = 100;

export interface TeamsClick {
  user: TeamsUser;
  code: string;
  score: number;
}

export interface TeamsLoadJob {
  endpoint: string;
  serviceUrl: string;
  conversation: TeamsConversation;
  roundId: string;
  clicks: TeamsClick[];
  concurrency: number;
  /** The fake connector's process, for its share of the CPU. */
  fakePid: number;
  /** Bursts instead of a closed loop: `concurrency` invokes at once, then this pause in ms. */
  burstGapMs?: number;
}

export interface TeamsLoadRun {
  seconds: number;
  latencies: number[];
  /** Answers other than 200 with a card. */
  failures: number;
  cpu: CpuReading;
}

export async function fire(job: TeamsLoadJob): Promise<TeamsLoadRun> {
  const url = new URL(job.endpoint);
  const tenant = job.conversation.tenantId;
  const bodies = job.clicks.map((c) =>
    JSON.stringify(invokeActionExecute({
      from: c.user, conversation: job.conversation, serviceUrl: job.serviceUrl, verb: 'vote',
      channelData: { tenant: { id: tenant }, team: { id: job.conversation.id }, channel: { id: job.conversation.id } },
      data: { roundId: job.roundId, onderdeel: c.code, score: c.score },
    })),
  );
  const pool = new Pool(url.origin, { connections: job.concurrency });
  const latencies: number[] = [];
  let failures = 0;
  const cpuBefore = readCpu(job.fakePid);
  const started = performance.now();
  const send = async (body: string): Promise<void> => {
    const t0 = performance.now();
    const res = await pool.request({ path: url.pathname, method: 'POST', headers: { 'content-type': 'application/json' }, body });
    const text = await res.body.text();
    latencies.push(performance.now() - t0);
    if (res.statusCode !== 200 || !text.includes('application/vnd.microsoft.card.adaptive')) failures += 1;
  };
  await drive(bodies, job.concurrency, job.burstGapMs, send);
  const seconds = (performance.now() - started) / 1000;
  await new Promise((r) => setTimeout(r, TAIL_MS));
  const cpu = cpuSince(cpuBefore, readCpu(job.fakePid));
  await pool.close();
  return { seconds, latencies: latencies.sort((a, b) => a - b), failures, cpu };
}

if (parentPort) {
  const port = parentPort;
  void fire(workerData as TeamsLoadJob).then((run) => port.postMessage(run));
}
