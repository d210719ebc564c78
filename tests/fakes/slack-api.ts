// A fake Slack Web API on 127.0.0.1 for the real WebClient / Bolt App
// (`clientOptions: { slackApiUrl: fake.url }`). It answers like Slack: HTTP 200 with
// `{ ok, ... }`, 429 + Retry-After when rate limited, and keeps enough state
// (messages, views, Home tabs, uploads) for tests to assert what a user would see.
// The parts live in ./slack-api/: types, state, http (parsing/answering), methods, server.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { FakeSlackServer } from './slack-api/server.js';
import type { FakeSlack, FakeSlackOptions } from './slack-api/types.js';

export type {
  Body, FailSpec, FakeMessage, FakeSlack, FakeSlackOptions, FakeSlackUser, FakeUpload, FakeView, RateLimitSpec, RecordedCall,
} from './slack-api/types.js';

export async function startFakeSlack(opts: FakeSlackOptions = {}): Promise<FakeSlack> {
  const fake = new FakeSlackServer(opts);
  const server = http.createServer((req, res) => {
    fake.handle(req, res).catch((err: unknown) => {
      // A bug in the fake must fail the test loudly, not look like a Slack answer.
      const message = err instanceof Error ? err.message : String(err);
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
      res.end(`fake slack crashed: ${message}`);
    });
  });
  server.on('upgrade', (req, socket, head) => fake.socket.upgrade(req, socket, head));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  fake.port = (server.address() as AddressInfo).port;
  return fake.api(server);
}
