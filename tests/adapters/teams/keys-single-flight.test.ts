// Many Teams requests while the Bot Framework's signing-key server (login.botframework.com) holds
// its answer. botframework-connector fetched the keys once per request that needed them, with no
// time limit: N requests in a stall were N fetches, each a socket and its buffers held until the
// server let go, long after Teams had been answered 503. Now one fetch per key source is in
// flight, the requests that need it share it, it is given up after the check's limit (here tens
// of milliseconds) with its connection closed, and the next request fetches again.
import https from 'node:https';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeEntraId, type FakeEntraId } from '../../fakes/entra-id.js';
import { messageActivity, postActivity, type PostResult } from '../../fakes/teams-activities.js';
import { PEOPLE, TENANT, startHarness, type Harness } from './harness.js';

const anna = PEOPLE[0]!;
const SECRET = 'app-secret-for-tests';
// botbuilder keeps app tokens per app id for the whole process: this bot has an id of its own.
const APP_ID = '88888888-2222-3333-4444-555555555555';
const AUTH_LIMIT_MS = 300;
const REQUESTS = 8;
/** Far above the limit, far below the test's own: a request that waits for ever is a failure here, not a hang. */
const BOUND_MS = 5_000;
let idp: FakeEntraId;
let h: Harness;

beforeAll(async () => {
  idp = await startFakeEntraId({ clientSecret: SECRET });
  https.globalAgent.options.ca = [idp.ca];
  h = await startHarness({
    authLimitMs: AUTH_LIMIT_MS,
    env: {
      MICROSOFT_APP_ID: APP_ID, MICROSOFT_APP_PASSWORD: SECRET, MICROSOFT_APP_TENANT_ID: TENANT, MICROSOFT_APP_TYPE: 'SingleTenant',
      // botframework-connector keeps keys per metadata url, process-wide: a url of this test's own.
      MICROSOFT_LOGIN_URL: idp.loginUrl, MICROSOFT_OPENID_METADATA_URL: `${idp.openIdMetadataUrl}?bot=single-flight`,
    },
  });
});

afterAll(async () => {
  await h.close();
  await idp.close();
});

async function sayHelp(): Promise<{ answer: PostResult | 'still waiting' }> {
  const token = idp.channelToken({ audience: APP_ID, serviceUrl: h.connector.serviceUrl });
  const posted = postActivity(h.url, messageActivity({ ...h.inChannel(anna), text: 'help' }), { authorization: `Bearer ${token}` });
  const bound = new Promise<'still waiting'>((resolve) => setTimeout(() => resolve('still waiting'), BOUND_MS).unref());
  return { answer: await Promise.race([posted, bound]) };
}

describe('many Teams requests while the signing-key server holds its answer', () => {
  it('share one fetch, given up (its connection closed) at the limit; each hears 503, and the next request fetches again', async () => {
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown): void => void unhandled.push(reason);
    process.on('unhandledRejection', onUnhandled);
    try {
      idp.withholdSigningKeys();
      const answers = await Promise.all(Array.from({ length: REQUESTS }, () => sayHelp()));
      // Each answered (not 'still waiting'), however long the server holds on.
      for (const { answer } of answers) expect(answer).toMatchObject({ status: 503, body: { error: 'auth_unavailable' } });
      expect(idp.mostSigningKeyRequestsAtOnce).toBe(1);
      // No fetch is left holding a connection once its requests were answered.
      await expect.poll(() => idp.openSigningKeyRequests(), { timeout: 2_000 }).toBe(0);

      const asked = idp.signingKeyRequests;
      idp.answerSigningKeys();
      expect((await sayHelp()).answer).toMatchObject({ status: 200 });
      expect(idp.signingKeyRequests).toBeGreaterThan(asked);
      expect(h.connector.requests.length).toBeGreaterThan(0);
      expect(unhandled).toEqual([]);
    } finally {
      process.off('unhandledRejection', onUnhandled);
    }
  });
});
