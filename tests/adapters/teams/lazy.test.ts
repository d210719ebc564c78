// The Teams adapter as npm start mounts it: botbuilder is loaded with the first request or
// proactive send, not at start. Both paths must reach the real adapter behind it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lazyTeamsAdapter } from '../../../src/adapters/teams/lazy.js';
import { TEAMS_PATH } from '../../../src/adapters/teams/endpoint.js';
import { loadConfig } from '../../../src/config.js';
import { createLogger } from '../../../src/logger.js';
import { startBot, type Adapter, type RunningBot } from '../../../src/server.js';
import { ensureWorkspace } from '../../../src/store/leerlijnen.js';
import { startFakeConnector, type FakeConnector } from '../../fakes/bot-connector.js';
import { messageActivity, postActivity } from '../../fakes/teams-activities.js';
import { pgliteTestDb, type TestDb } from '../../support/db.js';
import { buildViewFixtures } from '../../support/view-fixtures.js';
import { CHANNEL, PEOPLE, TEAM_ID, TENANT } from './harness.js';

let connector: FakeConnector;
let db: TestDb;
let bot: RunningBot;
let teams: Adapter;

beforeAll(async () => {
  connector = await startFakeConnector({ roster: { [TEAM_ID]: PEOPLE }, teams: { [TEAM_ID]: { name: 'Team Noord' } }, tenantId: TENANT });
  db = await pgliteTestDb();
  const config = loadConfig({ PORT: '0', HOST: '127.0.0.1' });
  const log = createLogger('silent');
  bot = await startBot(config, log, { db: db.db, adapters: [async (deps, c, l) => (teams = (await lazyTeamsAdapter(deps, c, l))!)] });
});
afterAll(async () => {
  await bot?.close();
  await connector?.close();
  await db?.drop();
});

describe('the Teams adapter loaded on first use', () => {
  it('answers the first message through the adapter it loads', async () => {
    const anna = PEOPLE[0]!;
    const from = connector.activities.length;
    const result = await postActivity(`http://127.0.0.1:${bot.port}${TEAMS_PATH}`, messageActivity({ from: anna, conversation: CHANNEL, serviceUrl: connector.serviceUrl, text: 'hulp' }));
    expect(result.status).toBe(200);
    expect(connector.activities.length).toBeGreaterThan(from);
  });

  it('sends proactively through the loaded adapter\'s messenger, with its honest result', async () => {
    const workspaceId = await ensureWorkspace(db.db, 'teams', TENANT);
    const { leerlijn } = await buildViewFixtures('nl');
    const result = await teams.messenger!.toUser({ workspaceId, userId: 'aad-nobody' }, { type: 'job_failed', leerlijn, jobKind: 'x', attempts: 1 });
    expect(result).toMatchObject({ ok: false, permanent: true, error: 'unknown_user' });
  });
});
