// A Teams app secret Entra ID refuses (a Secret ID pasted for its Value, an expired secret) was
// found only at the first message: /readyz said ready and the IT person learned it from a team
// that got no answer. Now the start asks Entra ID for the bot's app token as botbuilder does:
// refused, /readyz is 503 and the log has the line naming the setting; Entra ID unreachable, the
// start goes on and /readyz stays 200 (the first message asks again).
import https from 'node:https';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lazyTeamsAdapter } from '../../../src/adapters/teams/lazy.js';
import { loadConfig } from '../../../src/config.js';
import { createLogger } from '../../../src/logger.js';
import { startBot } from '../../../src/server.js';
import { startFakeEntraId, type FakeEntraId } from '../../fakes/entra-id.js';
import { pgliteTestDb, type TestDb } from '../../support/db.js';
import { logWaitingFor } from '../../support/log-lines.js';
import { TENANT } from './harness.js';

const SECRET = 'the-secret-value';
let idp: FakeEntraId;
let db: TestDb;

beforeAll(async () => {
  idp = await startFakeEntraId({ clientSecret: SECRET });
  https.globalAgent.options.ca = [idp.ca];
  db = await pgliteTestDb();
});
afterAll(async () => {
  await idp.close();
  await db.drop();
});

/** The bot as npm start runs it, with Teams auth on; resolves once the start's token check logged `msg`. */
async function startedUntil(msg: string, env: Record<string, string>) {
  const waiting = logWaitingFor(msg);
  const config = loadConfig({
    PORT: '0', HOST: '127.0.0.1', SCHEDULER_ENABLED: 'false', MICROSOFT_APP_TENANT_ID: TENANT, MICROSOFT_APP_TYPE: 'SingleTenant',
    MICROSOFT_LOGIN_URL: idp.loginUrl, MICROSOFT_OPENID_METADATA_URL: idp.openIdMetadataUrl, ...env,
  });
  const bot = await startBot(config, createLogger('info', waiting.stream, 'json'), { db: db.db, adapters: [lazyTeamsAdapter] });
  const line = await waiting.seen;
  const ready = await fetch(`http://127.0.0.1:${bot.port}/readyz`);
  return { bot, line, ready: { status: ready.status, body: await ready.json() } };
}

describe('the Teams app secret, checked at start', () => {
  it('refused by Entra ID: /readyz is 503 for teams and the log names MICROSOFT_APP_PASSWORD', async () => {
    const started = await startedUntil(
      'teams app token refused by Entra ID (AADSTS7000215: Invalid client secret provided); check MICROSOFT_APP_PASSWORD: its Value, not its Secret ID (docs/teams.md, step 3)',
      { MICROSOFT_APP_ID: '88888888-2222-3333-4444-000000000001', MICROSOFT_APP_PASSWORD: 'the-secret-id-not-its-value' },
    );
    try {
      expect(started.ready).toEqual({ status: 503, body: { status: 'unavailable', notReady: ['teams'] } });
    } finally {
      await started.bot.close();
    }
  });

  it('accepted: /readyz is 200 and the log says the token was got', async () => {
    const started = await startedUntil('teams app token got from Entra ID', { MICROSOFT_APP_ID: '88888888-2222-3333-4444-000000000002', MICROSOFT_APP_PASSWORD: SECRET });
    try {
      expect(started.ready.status).toBe(200);
      expect(idp.tokenRequests.at(-1)).toMatchObject({ clientId: '88888888-2222-3333-4444-000000000002', scope: 'https://api.botframework.com/.default', tenant: TENANT });
    } finally {
      await started.bot.close();
    }
  });

  it('Entra ID unreachable: the start goes on, /readyz is 200, and a warning says the secret is not checked yet', async () => {
    const started = await startedUntil('teams app token not checked at start: Entra ID did not answer; the first message asks again', {
      MICROSOFT_APP_ID: '88888888-2222-3333-4444-000000000003', MICROSOFT_APP_PASSWORD: SECRET, MICROSOFT_LOGIN_URL: 'https://127.0.0.1:1',
    });
    try {
      expect(started.ready.status).toBe(200);
      expect(started.line.level).toBe(40);
    } finally {
      await started.bot.close();
    }
  });
});
