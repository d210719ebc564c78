// Entra ID that takes the bot's token request and never answers. MSAL's token requests have no
// time limit of their own, so a reminder waited on its token for ever, and the scheduler's tick
// with it (the ticker skips a tick while the last one runs). The connector call's time limit
// covers getting its token too: the tick ends, and the reminder is tried again later.
import https from 'node:https';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tick } from '../../../src/scheduler/tick.js';
import { startFakeEntraId, type FakeEntraId } from '../../fakes/entra-id.js';
import { messageActivity, postActivity } from '../../fakes/teams-activities.js';
import { startLeerlijnElsewhere } from '../../story/drivers/elsewhere.js';
import { CHANNEL, PEOPLE, TEAM_ID, TENANT, startHarness, type Harness } from './harness.js';

const anna = PEOPLE[0]!;
const SECRET = 'app-secret-for-tests';
// botbuilder keeps app tokens per app id for the whole process: this bot has an id of its own.
const APP_ID = '55555555-2222-3333-4444-555555555555';
const CONNECTOR_TIMEOUT_MS = 100;
/** Far above the time limit, far below the test's own: a tick that waits for ever is a failure here, not a hang. */
const TICK_BOUND_MS = 5_000;
let idp: FakeEntraId;
let h: Harness;

beforeAll(async () => {
  // Tokens that are expired when issued: no cache (MSAL's, botbuilder's) may hold one for the tick,
  // which must ask Entra ID again. A minute's lifetime let a token got for the reply below serve it
  // now and then, so the tick sent without asking (seen once in CI).
  idp = await startFakeEntraId({ clientSecret: SECRET, tokenLifetimeSeconds: 0 });
  https.globalAgent.options.ca = [idp.ca];
  h = await startHarness({
    connectorTimeoutMs: CONNECTOR_TIMEOUT_MS,
    env: {
      MICROSOFT_APP_ID: APP_ID, MICROSOFT_APP_PASSWORD: SECRET, MICROSOFT_APP_TENANT_ID: TENANT, MICROSOFT_APP_TYPE: 'SingleTenant',
      MICROSOFT_LOGIN_URL: idp.loginUrl, MICROSOFT_OPENID_METADATA_URL: idp.openIdMetadataUrl,
    },
  });
  // A message in the channel gives the bot its way back there; the leerlijn's reminders are planned.
  const token = idp.channelToken({ audience: APP_ID, serviceUrl: h.connector.serviceUrl });
  expect((await postActivity(h.url, messageActivity({ ...h.inChannel(anna), text: 'help' }), { authorization: `Bearer ${token}` })).status).toBe(200);
  await startLeerlijnElsewhere(h.db.db, 'teams', TENANT, TEAM_ID, anna.aadObjectId!, 'Het Baken');
});

afterAll(async () => {
  await h.close();
  await idp.close();
});

describe('Entra ID that never answers the bot’s token request', () => {
  it('does not hold the scheduler: the tick ends with the reminder to be tried again, unsent', async () => {
    // The reply to 'help' (and its token request) done before Entra ID goes silent.
    await h.teams.idle();
    const before = h.connector.messagesIn(CHANNEL.id).length;
    const asked = idp.tokenRequests.length;
    idp.withholdTokens();
    const ticked = tick({ db: h.db.db, messengers: { teams: h.teams.messenger } }, new Date('2026-01-26T08:00:30Z'));
    const bound = new Promise((resolve) => setTimeout(() => resolve('still waiting'), TICK_BOUND_MS).unref());
    expect(await Promise.race([ticked, bound])).toMatchObject({ sent: 0, retried: 1 });
    expect(idp.tokenRequests.length).toBe(asked);
    expect(h.connector.messagesIn(CHANNEL.id)).toHaveLength(before);
  });
});
