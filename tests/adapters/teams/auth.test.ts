// Teams with an app id, as in production: every request must carry a channel token signed
// with a key the Bot Framework publishes for Teams, and the bot's replies carry its own app
// token from Entra ID. The real botbuilder validation and the real MSAL client run against
// a fake identity service on https://127.0.0.1 (tests/fakes/entra-id.ts).
import https from 'node:https';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeEntraId, startFakeManagedIdentity, type ChannelTokenClaims, type FakeEntraId } from '../../fakes/entra-id.js';
import { messageActivity, postActivity, submitActivity } from '../../fakes/teams-activities.js';
import { startLeerlijnElsewhere } from '../../story/drivers/elsewhere.js';
import { createLogger } from '../../../src/logger.js';
import { PEOPLE, TENANT, cardText, startHarness, type Harness } from './harness.js';

const anna = PEOPLE[0]!;
const SECRET = 'app-secret-for-tests';
// botbuilder keeps app tokens per app id for the whole process: each bot here has its own id.
const APP_ID = '11111111-2222-3333-4444-555555555555';
const MULTI_APP_ID = '22222222-2222-3333-4444-555555555555';
const WRONG_PASSWORD_APP_ID = '33333333-2222-3333-4444-555555555555';
const MSI_APP_ID = '44444444-2222-3333-4444-555555555555';
const OTHER_APP_ID = '55555555-2222-3333-4444-555555555555';
/** The app registration the Azure Bot was made with, when it is not the one in the bot's settings. */
const AZURE_BOTS_APP_ID = '66666666-2222-3333-4444-555555555555';
let idp: FakeEntraId;

beforeAll(async () => {
  // As the Bot Framework's own keys: one key vouches for Teams and for the registration's other channels.
  idp = await startFakeEntraId({ clientSecret: SECRET, endorsements: ['msteams', 'webchat', 'directline'] });
  // Trust the fake's self-signed certificate in this test process only (MSAL and the
  // metadata fetch both use Node's default https agent).
  https.globalAgent.options.ca = [idp.ca];
});

afterAll(async () => {
  await idp.close();
});

async function securedBot(env: Record<string, string>): Promise<Harness> {
  return startHarness({
    env: { MICROSOFT_APP_ID: env.MICROSOFT_APP_ID ?? APP_ID, MICROSOFT_LOGIN_URL: idp.loginUrl, MICROSOFT_OPENID_METADATA_URL: idp.openIdMetadataUrl, ...env },
  });
}

/** Says "help" in the channel (or `where`) with the given token; returns the status and what went out. */
async function sayHelp(h: Harness, token: string | null, where = h.inChannel(anna)): Promise<{ status: number; body: unknown; replies: number; authorizations: string[] }> {
  const from = h.connector.requests.length;
  const headers: Record<string, string> = token === null ? {} : { authorization: `Bearer ${token}` };
  const result = await postActivity(h.url, messageActivity({ ...where, text: 'help' }), headers);
  const sent = h.connector.requests.slice(from);
  return { status: result.status, body: result.body, replies: sent.length, authorizations: sent.map((r) => r.authorization ?? '(none)') };
}

describe('a SingleTenant bot', () => {
  let h: Harness;
  const token = (claims: Partial<ChannelTokenClaims> = {}): string => idp.channelToken({ audience: APP_ID, serviceUrl: h.connector.serviceUrl, ...claims });

  beforeAll(async () => {
    h = await securedBot({ MICROSOFT_APP_PASSWORD: SECRET, MICROSOFT_APP_TENANT_ID: TENANT, MICROSOFT_APP_TYPE: 'SingleTenant' });
  });
  afterAll(async () => {
    await h.close();
  });

  it('answers a request signed by Teams, with an app token from its own tenant on the reply', async () => {
    const before = idp.tokenRequests.length;
    const first = await sayHelp(h, token());
    expect(first.status).toBe(200);
    expect(cardText(h.connector.lastCardIn(h.inChannel(anna).conversation.id))).toContain('@Leerlijn start');
    const requested = idp.tokenRequests.slice(before);
    expect(requested).toEqual([
      { tenant: TENANT, clientId: APP_ID, scope: 'https://api.botframework.com/.default', grantType: 'client_credentials', issued: 'fake-entra-token-' + String(before + 1) },
    ]);
    expect(first.authorizations).toEqual([`Bearer ${requested[0]!.issued}`]);
    // The app token is kept until it expires: a second reply asks Entra ID for nothing.
    const second = await sayHelp(h, token());
    expect(second.status).toBe(200);
    expect(second.authorizations).toEqual(first.authorizations);
    expect(idp.tokenRequests.length).toBe(before + 1);
  });

  it('acts on nothing from a conversation that names no tenant (Web Chat on the same registration): no shared workspace', async () => {
    const webChat = { ...h.inChannel(anna), conversation: { id: 'webchat-1', conversationType: 'personal' as const }, channelData: { clientActivityID: 'c-1' } };
    const result = await sayHelp(h, token(), webChat);
    expect(result.status).toBe(200);
    expect(result.replies).toBe(0);
    const { rows } = await h.db.db.query(`select tenant_id from workspaces where platform = 'teams' and tenant_id not in ($1::text)`, [TENANT]);
    expect(rows).toEqual([]);
  });

  it('acts on nothing from Web Chat or Direct Line, whose clients name their own tenant and user: no one is read, nothing changes', async () => {
    await startLeerlijnElsewhere(h.db.db, 'teams', TENANT, '19:other@thread.tacv2', anna.aadObjectId!, 'Geheime School');
    const { rows } = await h.db.db.query<{ id: string }>(`select id from leerlijnen where school_name = 'Geheime School'`);
    const posing = { from: anna, conversation: { id: 'webchat-2', conversationType: 'personal' as const }, serviceUrl: h.connector.serviceUrl, channelData: { tenant: { id: TENANT } } };
    const headers = { authorization: `Bearer ${token()}` };
    const sent = h.connector.requests.length;
    for (const channelId of ['webchat', 'directline']) {
      const status = await postActivity(h.url, { ...messageActivity({ ...posing, text: 'status' }), channelId }, headers);
      const deleteForm = { form: 'delete', leerlijnId: rows[0]!.id, confirm: 'Geheime School' };
      const submitted = await postActivity(h.url, { ...submitActivity({ ...posing, value: deleteForm }), channelId }, headers);
      expect([status.status, submitted.status]).toEqual([200, 200]);
    }
    expect(h.connector.requests.length).toBe(sent);
    const kept = await h.db.db.query(`select 1 from leerlijnen where school_name = 'Geheime School'`);
    expect(kept.rows).toHaveLength(1);
    // The same key, from Teams: answered.
    expect((await sayHelp(h, token())).replies).toBe(1);
  });

  it.each([
    ['no token at all', null],
    ['a token signed with a key Teams did not publish', 'unpublished'],
    ['a token for another bot', 'audience'],
    ['a token that expired', 'expired'],
    ['a token from another issuer', 'issuer'],
    ['a token issued for another service URL', 'serviceUrl'],
  ] as const)('refuses %s with 401 and sends nothing', async (_, kind) => {
    const bad: Record<string, () => string | null> = {
      null: () => null,
      unpublished: () => token({ signedWith: 'unpublished' }),
      audience: () => token({ audience: '99999999-2222-3333-4444-555555555555' }),
      expired: () => token({ expiresIn: -600 }),
      issuer: () => token({ issuer: 'https://evil.example.org' }),
      serviceUrl: () => token({ serviceUrl: 'https://smba.example.org/emea/' }),
    };
    const result = await sayHelp(h, bad[String(kind)]!());
    expect(result.status).toBe(401);
    expect(result.replies).toBe(0);
  });
});

describe('a MultiTenant bot', () => {
  it('gets its app token from the botframework.com tenant', async () => {
    const h = await securedBot({ MICROSOFT_APP_ID: MULTI_APP_ID, MICROSOFT_APP_PASSWORD: SECRET, MICROSOFT_APP_TYPE: 'MultiTenant' });
    try {
      const before = idp.tokenRequests.length;
      const result = await sayHelp(h, idp.channelToken({ audience: MULTI_APP_ID, serviceUrl: h.connector.serviceUrl }));
      expect(result.status).toBe(200);
      expect(idp.tokenRequests.slice(before).map((r) => r.tenant)).toEqual(['botframework.com']);
      expect(result.authorizations).toEqual([`Bearer ${idp.tokenRequests[before]!.issued}`]);
    } finally {
      await h.close();
    }
  });
});

describe('signing keys that cannot be fetched', () => {
  it('answer 503 (our side, Teams retries) rather than 401, and send nothing', async () => {
    const h = await startHarness({
      env: {
        MICROSOFT_APP_ID: APP_ID, MICROSOFT_APP_PASSWORD: SECRET, MICROSOFT_APP_TENANT_ID: TENANT, MICROSOFT_LOGIN_URL: idp.loginUrl,
        MICROSOFT_OPENID_METADATA_URL: 'https://127.0.0.1:1/botframework/v1/.well-known/openidconfiguration',
      },
    });
    try {
      const result = await sayHelp(h, idp.channelToken({ audience: APP_ID, serviceUrl: h.connector.serviceUrl }));
      expect([result.status, result.body, result.replies]).toEqual([503, { error: 'auth_unavailable' }, 0]);
    } finally {
      await h.close();
    }
  });
});

describe('requests whose token is for another app registration', () => {
  it('are logged with the reason, so a MICROSOFT_APP_ID that is not the Azure Bot\'s shows, without the token', async () => {
    const lines: string[] = [];
    const log = createLogger('info', { write: (line: string) => void lines.push(line) });
    const h = await startHarness({ log, env: { MICROSOFT_APP_ID: OTHER_APP_ID, MICROSOFT_APP_PASSWORD: SECRET, MICROSOFT_APP_TENANT_ID: TENANT, MICROSOFT_LOGIN_URL: idp.loginUrl, MICROSOFT_OPENID_METADATA_URL: idp.openIdMetadataUrl } });
    try {
      const token = idp.channelToken({ audience: AZURE_BOTS_APP_ID, serviceUrl: h.connector.serviceUrl });
      expect((await sayHelp(h, token)).status).toBe(401);
      const refused = lines.map((l) => JSON.parse(l) as { msg: string; reason?: string; detail?: string }).filter((l) => l.msg === 'teams request refused');
      expect(refused).toEqual([expect.objectContaining({ reason: 'unauthenticated' })]);
      expect(refused[0]?.detail).toContain(AZURE_BOTS_APP_ID);
      expect(lines.join('\n')).not.toContain(token);
    } finally {
      await h.close();
    }
  });
});

describe('a wrong app password', () => {
  it('is refused by Entra ID, and the reply is not sent without a token', async () => {
    const h = await securedBot({ MICROSOFT_APP_ID: WRONG_PASSWORD_APP_ID, MICROSOFT_APP_PASSWORD: 'not-the-secret', MICROSOFT_APP_TENANT_ID: TENANT, MICROSOFT_APP_TYPE: 'SingleTenant' });
    try {
      const before = idp.tokenRequests.length;
      const result = await sayHelp(h, idp.channelToken({ audience: WRONG_PASSWORD_APP_ID, serviceUrl: h.connector.serviceUrl }));
      expect(idp.tokenRequests.slice(before).map((r) => r.issued)).toContain(null);
      expect(result.replies).toBe(0);
      // Nothing of the error reaches the caller (botbuilder's own handler sent it its message). The command ran, so
      // Teams hears 200: a 5xx would bring the message again and run it twice (bot.ts sayFailure).
      expect([result.status, result.body]).toEqual([200, undefined]);
    } finally {
      await h.close();
    }
  });
});

describe('a bot running as a user-assigned managed identity', () => {
  it("gets its app token from App Service's identity endpoint, for its own client id", async () => {
    const msi = await startFakeManagedIdentity();
    // What App Service puts in the environment of a process with a managed identity.
    const saved = { endpoint: process.env.IDENTITY_ENDPOINT, header: process.env.IDENTITY_HEADER };
    process.env.IDENTITY_ENDPOINT = msi.endpoint;
    process.env.IDENTITY_HEADER = msi.header;
    const h = await securedBot({ MICROSOFT_APP_ID: MSI_APP_ID, MICROSOFT_APP_TENANT_ID: TENANT, MICROSOFT_APP_TYPE: 'UserAssignedMSI' });
    try {
      const result = await sayHelp(h, idp.channelToken({ audience: MSI_APP_ID, serviceUrl: h.connector.serviceUrl }));
      expect(result.status).toBe(200);
      expect(msi.requests).toEqual([{ resource: 'https://api.botframework.com', clientId: MSI_APP_ID, headerOk: true, issued: 'fake-msi-token-1' }]);
      expect(result.authorizations).toEqual(['Bearer fake-msi-token-1']);
    } finally {
      await h.close();
      await msi.close();
      for (const [key, value] of [['IDENTITY_ENDPOINT', saved.endpoint], ['IDENTITY_HEADER', saved.header]] as const) {
        if (value === undefined) delete process.env[key];
        else process.env[key] = value;
      }
    }
  });
});
