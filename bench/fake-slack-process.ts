// The fake Slack Web API in its own process, as Slack's servers are elsewhere: the app under
// test should not pay for them. Prints one JSON line with its URLs; a control endpoint
// reports what it saw.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { startFakeSlack } from '../tests/fakes/slack-api.js';

const [token = '', channel = '', usersArg = ''] = process.argv.slice(2);
const fake = await startFakeSlack({ tokens: [token], members: { [channel]: usersArg.split(',') }, checkBlockKit: false });
const handedOut: string[] = [];
const control = http.createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://x');
  let body: unknown;
  if (url.pathname === '/messages') body = fake.messagesIn(url.searchParams.get('channel') ?? '');
  else if (url.pathname === '/response-urls') {
    const urls = Array.from({ length: Number(url.searchParams.get('n') ?? '0') }, () => fake.responseUrl());
    handedOut.push(...urls);
    body = urls;
  } else {
    body = {
      updates: fake.callsTo('chat.update').map((c) => ({ ts: String(c.body.ts), at: c.at })),
      ephemerals: fake.callsTo('chat.postEphemeral').length,
      responses: handedOut.reduce((n, u) => n + fake.responsesTo(u).length, 0),
    };
  }
  res.writeHead(200, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
});
await new Promise<void>((r) => control.listen(0, '127.0.0.1', r));
console.log(JSON.stringify({ url: fake.url, control: `http://127.0.0.1:${(control.address() as AddressInfo).port}` }));
process.on('SIGTERM', () => {
  control.close();
  void fake.close().then(() => process.exit(0));
});
