// The fake Bot Connector in its own process, as Teams' servers are elsewhere: the app under
// test should not pay for them. Prints one JSON line with its URLs; a control endpoint
// reports the card updates it received.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { startFakeConnector } from '../tests/fakes/bot-connector.js';

const fake = await startFakeConnector({ tenantId: process.argv[2] ?? 'bench-tenant' });
const control = http.createServer((_req, res) => {
  // PUT /v3/conversations/<conversation>/activities/<id>: one card update.
  const updates = fake.requests
    .filter((r) => r.method === 'PUT' && r.status < 300)
    .map((r) => ({ id: r.path.split('/').at(-1) ?? '', at: r.at.getTime() }));
  const failed = fake.requests.filter((r) => r.status >= 400).length;
  res.writeHead(200, { 'content-type': 'application/json' });
  res.end(JSON.stringify({ updates, failed, posts: fake.requests.filter((r) => r.method === 'POST').length }));
});
await new Promise<void>((r) => control.listen(0, '127.0.0.1', r));
console.log(JSON.stringify({ serviceUrl: fake.serviceUrl, control: `http://127.0.0.1:${(control.address() as AddressInfo).port}` }));
process.on('SIGTERM', () => {
  control.close();
  void fake.close().then(() => process.exit(0));
});
