// A stand-in for the Bot Framework Connector (the Teams side of smba.trafficmanager.net),
// listening on 127.0.0.1 so the real botbuilder CloudAdapter can send to it.
// Routes follow botframework-connector 4.23 (connectorApi/operations/conversations.js and
// teams/operations/teams.js). Requests are accepted with or without an Authorization header.
// The parts live in ./bot-connector/: types, state, http (request handling), routes.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { handle } from './bot-connector/http.js';
import { ConnectorState } from './bot-connector/state.js';
import { Watchers } from './watchers.js';
import type { FakeConnector, FakeConnectorOptions } from './bot-connector/types.js';

export type {
  CreatedConversation, FakeConnector, FakeConnectorOptions, FakeTeam, Fault, FaultMatch, HttpMethod, JsonObject,
  RecordedActivity, RecordedRequest, RecordedUpload, RosterMember,
} from './bot-connector/types.js';
export { ADAPTIVE_CARD_CONTENT_TYPE, adaptiveCardOf } from './bot-connector/state.js';

export async function startFakeConnector(opts: FakeConnectorOptions = {}): Promise<FakeConnector> {
  const state = new ConnectorState(opts);
  const watchers = new Watchers();
  const server = createServer((req, res) => {
    handle(state, req, res)
      .catch((error: unknown) => {
        res.writeHead(500, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ error: { code: 'ServiceError', message: String(error) } }));
      })
      .finally(() => watchers.recheck());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    serviceUrl: `http://127.0.0.1:${port}/`,
    activities: state.activities,
    requests: state.requests,
    createdConversations: state.createdConversations,
    uploads: state.uploads,
    uploadUrl: (name) => `http://127.0.0.1:${port}/upload/${encodeURIComponent(name)}`,
    sentTo: (id) => state.activities.filter((a) => a.conversationId === id && a.method === 'POST'),
    messagesIn: (id) => state.liveMessages(id).map((m) => ({ id: m.id, activity: m.activity })),
    lastCardIn: (id) => state.lastCardIn(id),
    setRoster: (id, members) => state.roster.set(id, members),
    failNext: (match, fault) => state.faults.push({ ...fault, match, remaining: fault.times ?? 1 }),
    pauseAnswer: (method, match = () => true) => state.pauses.add((r) => r.method === method && match(r.body)),
    reset: () => state.reset(),
    until: (check, timeoutMs = 5_000) => watchers.until(check, timeoutMs, 'fake Bot Connector'),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((err) => (err ? reject(err) : resolve()));
      }),
  };
}
