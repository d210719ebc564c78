// The load generator, in a worker thread so signing and sending clicks does not run on the
// event loop of the app it measures.
import { parentPort, workerData } from 'node:worker_threads';
import { blockActionPayload, interactionBody, postToSlackEndpoint } from '../tests/fakes/slack-signing.js';

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
}
export interface LoadRun {
  seconds: number;
  latencies: number[];
  failures: number;
}

async function fire(job: LoadJob): Promise<LoadRun> {
  const latencies: number[] = [];
  let failures = 0;
  let next = 0;
  const started = performance.now();
  const worker = async (): Promise<void> => {
    while (next < job.clicks.length) {
      const c = job.clicks[next++]!;
      const payload = blockActionPayload({ user: c.user, actionId: `vote_${c.score}`, value: `${job.roundId}|${c.code}|${c.score}`, channel: job.channel, messageTs: c.ts, responseUrl: c.responseUrl });
      const t0 = performance.now();
      const res = await postToSlackEndpoint(job.endpoint, job.secret, interactionBody(payload), 'application/x-www-form-urlencoded');
      latencies.push(performance.now() - t0);
      if (res.status !== 200) failures += 1;
    }
  };
  await Promise.all(Array.from({ length: job.concurrency }, worker));
  return { seconds: (performance.now() - started) / 1000, latencies: latencies.sort((a, b) => a - b), failures };
}

if (parentPort) {
  const port = parentPort;
  void fire(workerData as LoadJob).then((run) => port.postMessage(run));
}
