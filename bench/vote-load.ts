// The load generator, in a worker thread so signing and sending clicks does not run on the
// event loop of the app it measures. It shares the machine's two cores with the app, so it
// is kept lean: every click is built and signed before the clock starts, and sent through
// one keep-alive undici pool (fetch() cost the generator about 0.9 ms of CPU per click,
// CPU the app under test then did not get).
import { parentPort, workerData } from 'node:worker_threads';
import { timedLoad, type LoadRun, type LoadShape } from './load-pattern.js';
import { blockActionPayload, interactionBody, signedHeaders } from '../tests/fakes/slack-signing.js';

export interface Click {
  user: string;
  code: string;
  score: number;
  ts: string;
  /** Slack gives every interaction a response_url; the fake hands them out. */
  responseUrl?: string;
}
export interface LoadJob extends LoadShape {
  secret: string;
  roundId: string;
  channel: string;
  clicks: Click[];
}

export type { LoadRun };

/** Failures: answers other than 200. */
export function fire(job: LoadJob): Promise<LoadRun> {
  const now = Math.floor(Date.now() / 1000);
  const requests = job.clicks.map((c) => {
    const payload = blockActionPayload({ user: c.user, actionId: `vote_${c.score}`, value: `${job.roundId}|${c.code}|${c.score}`, channel: job.channel, messageTs: c.ts, responseUrl: c.responseUrl });
    const body = interactionBody(payload);
    return { body, headers: { 'content-type': 'application/x-www-form-urlencoded', ...signedHeaders(job.secret, body, now) } };
  });
  return timedLoad(job, requests, async (pool, path, r) => {
    const res = await pool.request({ path, method: 'POST', headers: r.headers, body: r.body });
    await res.body.dump();
    return res.statusCode === 200;
  });
}

if (parentPort) {
  const port = parentPort;
  void fire(workerData as LoadJob).then((run) => port.postMessage(run));
}
