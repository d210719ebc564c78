// The fake Slack behind a door: calls to a held method wait until `release()`, the rest pass
// straight through. Lets a test catch the bot in the middle of something slow (a call the
// bot makes before its ack keeps the ack from leaving; a second command arrives mid-post).
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { FakeSlack } from './slack-api.js';

export interface SlackDoor {
  /** The fake as the bot should see it: same state, calls through the door. */
  fake: FakeSlack;
  hold(method: string): void;
  /** Resolves once a call to a held `method` is waiting at the door. */
  arrived(method: string): Promise<void>;
  release(): void;
  close(): Promise<void>;
}

export async function slackDoor(fake: FakeSlack): Promise<SlackDoor> {
  const held = new Set<string>();
  const waiting: Array<() => void> = [];
  const watchers: Array<{ method: string; notify: () => void }> = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      void (async () => {
        const method = req.url?.split('/').at(-1) ?? '';
        if (held.has(method)) {
          for (const w of watchers.filter((x) => x.method === method)) w.notify();
          await new Promise<void>((r) => waiting.push(r));
        }
        const headers: Record<string, string> = {};
        for (const h of ['content-type', 'authorization']) if (typeof req.headers[h] === 'string') headers[h] = req.headers[h];
        const answer = await fetch(new URL(req.url ?? '/', fake.url), { method: req.method, headers, body: Buffer.concat(chunks) });
        const out: Record<string, string> = { 'content-type': answer.headers.get('content-type') ?? 'application/json' };
        const retryAfter = answer.headers.get('retry-after');
        if (retryAfter) out['retry-after'] = retryAfter;
        res.writeHead(answer.status, out);
        res.end(Buffer.from(await answer.arrayBuffer()));
      })();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/`;
  return {
    fake: { ...fake, url, get calls() { return fake.calls; } },
    hold: (method) => void held.add(method),
    arrived: (method) => new Promise<void>((notify) => watchers.push({ method, notify })),
    release() {
      held.clear();
      for (const go of waiting.splice(0)) go();
    },
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}
