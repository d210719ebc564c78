// What the IT person reads in the log when Entra ID refuses the bot's app secret (a Secret ID
// pasted for its Value, an expired secret): one line naming MICROSOFT_APP_PASSWORD and
// Entra's code, per message that could not be answered, not three stack traces (the flow's,
// the apology's and the turn's) that name no setting.
import https from 'node:https';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeEntraId, type FakeEntraId } from '../../fakes/entra-id.js';
import { messageActivity, postActivity } from '../../fakes/teams-activities.js';
import { capturedLog } from '../../support/log-lines.js';
import { PEOPLE, TENANT, startHarness } from './harness.js';

const anna = PEOPLE[0]!;
// botbuilder keeps app tokens per app id for the whole process: this file's own id.
const APP_ID = '77777777-2222-3333-4444-666666666666';
let idp: FakeEntraId;

beforeAll(async () => {
  idp = await startFakeEntraId({ clientSecret: 'the-secret-value', endorsements: ['msteams'] });
  https.globalAgent.options.ca = [idp.ca];
});

afterAll(async () => {
  await idp.close();
});

describe('a Teams app secret that Entra ID refuses', () => {
  it('is logged once per message as one error line naming MICROSOFT_APP_PASSWORD and the AADSTS code, without a stack', async () => {
    const captured = capturedLog();
    const h = await startHarness({
      log: captured.log,
      env: {
        MICROSOFT_APP_ID: APP_ID, MICROSOFT_APP_PASSWORD: 'the-secret-id-not-its-value', MICROSOFT_APP_TENANT_ID: TENANT,
        MICROSOFT_LOGIN_URL: idp.loginUrl, MICROSOFT_OPENID_METADATA_URL: idp.openIdMetadataUrl,
      },
    });
    try {
      const token = idp.channelToken({ audience: APP_ID, serviceUrl: h.connector.serviceUrl });
      const result = await postActivity(h.url, messageActivity({ ...h.inPersonal(anna), text: 'help' }), { authorization: `Bearer ${token}` });
      expect(result.status).toBe(200);
      expect(captured.errors()).toEqual(['teams app token refused by Entra ID (AADSTS7000215: Invalid client secret provided); check MICROSOFT_APP_PASSWORD: its Value, not its Secret ID (docs/teams.md, step 3)']);
      expect(captured.lines.filter((l) => l.err !== undefined)).toEqual([]);
    } finally {
      await h.close();
    }
  });
});
