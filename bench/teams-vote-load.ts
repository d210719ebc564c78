// The load generator of bench:votes:teams, in a worker thread so building and sending invokes
// does not run on the event loop of the app it measures. Every invoke is built before the
// clock starts and sent through one keep-alive undici pool, as in bench/vote-load.ts.
import { parentPort, workerData } from 'node:worker_threads';
import { invokeActionExecute, type TeamsConversation, type TeamsUser } from '../tests/fakes/teams-activities.js';
import { timedLoad, type LoadRun, type LoadShape } from './load-pattern.js';

export interface TeamsClick {
  user: TeamsUser;
  code: string;
  score: number;
}

export interface TeamsLoadJob extends LoadShape {
  serviceUrl: string;
  conversation: TeamsConversation;
  roundId: string;
  clicks: TeamsClick[];
}

/** Failures: answers other than 200 with a card. */
export type TeamsLoadRun = LoadRun;

export function fire(job: TeamsLoadJob): Promise<TeamsLoadRun> {
  const tenant = job.conversation.tenantId;
  const bodies = job.clicks.map((c) =>
    JSON.stringify(invokeActionExecute({
      from: c.user, conversation: job.conversation, serviceUrl: job.serviceUrl, verb: 'vote',
      channelData: { ...(tenant ? { tenant: { id: tenant } } : {}), team: { id: job.conversation.id }, channel: { id: job.conversation.id } },
      data: { roundId: job.roundId, onderdeel: c.code, score: c.score },
    })),
  );
  return timedLoad(job, bodies, async (pool, path, body) => {
    const res = await pool.request({ path, method: 'POST', headers: { 'content-type': 'application/json' }, body });
    const text = await res.body.text();
    return res.statusCode === 200 && text.includes('application/vnd.microsoft.card.adaptive');
  });
}

if (parentPort) {
  const port = parentPort;
  void fire(workerData as TeamsLoadJob).then((run) => port.postMessage(run));
}
