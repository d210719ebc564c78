// The Bot Framework's signing keys (its OpenID metadata and JWKS, login.botframework.com) asked
// for and never answered. botframework-connector fetches them with no time limit, once a day and
// when a request carries a key it does not know: while that server stalled, every inbound Teams
// request waited on it for ever. The check gets a limit (here tens of milliseconds); past it Teams
// hears 503, which it retries, and the fetch is given up at the same limit without harm.
import https from 'node:https';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeEntraId, type FakeEntraId } from '../../fakes/entra-id.js';
import { messageActivity, postActivity, type PostResult } from '../../fakes/teams-activities.js';
import { capturedLog } from '../../support/log-lines.js';
import { PEOPLE, TENANT, startHarness, type Harness } from './harness.js';

const anna = PEOPLE[0]!;
const SECRET = 'app-secret-for-tests';
// botbuilder keeps app tokens per app id for the whole process: this bot has an id of its own.
const APP_ID = '66666666-2222-3333-4444-555555555555';
const AUTH_LIMIT_MS = 200;
/** Far above the limit, far below the test's own: a request that waits for ever is a failure here, not a hang. */
const BOUND_MS = 5_000;
let idp: FakeEntraId;
let h: Harness;
const logged = capturedLog();

beforeAll(async () => {
  idp = await startFakeEntraId({ clientSecret: SECRET });
  https.globalAgent.options.ca = [idp.ca];
  h = await startHarness({
    authLimitMs: AUTH_LIMIT_MS,
    log: logged.log,
    env: {
      MICROSOFT_APP_ID: APP_ID, MICROSOFT_APP_PASSWORD: SECRET, MICROSOFT_APP_TENANT_ID: TENANT, MICROSOFT_APP_TYPE: 'SingleTenant',
      MICROSOFT_LOGIN_URL: idp.loginUrl, MICROSOFT_OPENID_METADATA_URL: idp.openIdMetadataUrl,
    },
  });
});

afterAll(async () => {
  await h.close();
  await idp.close();
});

function sayHelp(): Promise<PostResult | 'still waiting'> {
  const token = idp.channelToken({ audience: APP_ID, serviceUrl: h.connector.serviceUrl });
  const posted = postActivity(h.url, messageActivity({ ...h.inChannel(anna), text: 'help' }), { authorization: `Bearer ${token}` });
  const bound = new Promise<'still waiting'>((resolve) => setTimeout(() => resolve('still waiting'), BOUND_MS).unref());
  return Promise.race([posted, bound]);
}

describe('Bot Framework signing keys that are never answered', () => {
  it('answer a Teams request 503 after the limit instead of holding it, and it is served once the keys come', async () => {
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown): void => void unhandled.push(reason);
    process.on('unhandledRejection', onUnhandled);
    try {
      idp.withholdSigningKeys();
      expect(await sayHelp()).toMatchObject({ status: 503, body: { error: 'auth_unavailable' } });
      expect(h.connector.requests).toHaveLength(0);

      // The fetch ends at the same limit (signing-keys.ts), just before or just after the answer:
      // told to the operator either way, not an unhandled rejection.
      idp.answerSigningKeys();
      const told = ['teams token check failed after the request was answered 503', 'teams request could not be authenticated'];
      await expect.poll(() => logged.warnings().some((w) => w !== undefined && told.includes(w))).toBe(true);
      expect(unhandled).toEqual([]);
      expect(await sayHelp()).toMatchObject({ status: 200 });
      expect(h.connector.requests.length).toBeGreaterThan(0);
    } finally {
      process.off('unhandledRejection', onUnhandled);
    }
  });
});
