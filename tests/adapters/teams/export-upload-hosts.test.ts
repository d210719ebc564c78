// With auth on, where the export may be uploaded: Teams' upload sessions live in the user's
// OneDrive for Business (https://<tenant>-my.sharepoint.com/…/uploadSession). An accept that names
// any other host, even one with a valid channel token, must not make the bot send the school's
// export there. TEAMS_UPLOAD_HOSTS widens the list (a stand-in in tests, a proxy).
import https from 'node:https';
import { createServer, type Server } from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { t } from '../../../src/i18n/index.js';
import { startFakeEntraId, type FakeEntraId } from '../../fakes/entra-id.js';
import { fileConsentInvoke, postActivity } from '../../fakes/teams-activities.js';
import { startLeerlijnElsewhere } from '../../story/drivers/elsewhere.js';
import { PEOPLE, TENANT, cardText, startHarness, type Harness } from './harness.js';

const anna = PEOPLE[0]!;
const SECRET = 'app-secret-for-tests';
// botbuilder keeps app tokens per app id for the whole process: each bot here has its own id.
const APP_IDS = ['55555555-2222-3333-4444-555555555555', '66666666-2222-3333-4444-555555555555'];
let idp: FakeEntraId;
/** A host that is not Microsoft's: it only counts the connections the bot opens to it. */
let elsewhere: Server;
let connections = 0;

beforeAll(async () => {
  idp = await startFakeEntraId({ clientSecret: SECRET, endorsements: ['msteams'] });
  https.globalAgent.options.ca = [idp.ca];
  elsewhere = createServer((socket) => {
    connections += 1;
    socket.destroy();
  });
  await new Promise<void>((resolve) => elsewhere.listen(0, '127.0.0.1', resolve));
});

afterAll(async () => {
  await new Promise((resolve) => elsewhere.close(resolve));
  await idp.close();
});

async function securedBot(appId: string, env: Record<string, string> = {}): Promise<Harness> {
  const h = await startHarness({
    env: { MICROSOFT_APP_ID: appId, MICROSOFT_APP_PASSWORD: SECRET, MICROSOFT_APP_TENANT_ID: TENANT, MICROSOFT_LOGIN_URL: idp.loginUrl, MICROSOFT_OPENID_METADATA_URL: idp.openIdMetadataUrl, ...env },
  });
  await startLeerlijnElsewhere(h.db.db, 'teams', TENANT, '19:school@thread.tacv2', anna.aadObjectId, 'Het Baken');
  return h;
}

/** Anna accepts (a forged) consent for her leerlijn, signed as Teams, naming `uploadUrl`. */
async function acceptWith(h: Harness, appId: string, uploadUrl: string): Promise<string> {
  const { rows } = await h.db.db.query<{ id: string }>(`select id from leerlijnen limit 1`);
  const where = h.inPersonal(anna);
  const uploadInfo = { uploadUrl, contentUrl: 'https://contoso.sharepoint.com/personal/anna/export.zip', name: 'export.zip', uniqueId: 'u1', fileType: 'zip' };
  const invoke = fileConsentInvoke({ ...where, action: 'accept', context: { leerlijnId: rows[0]!.id }, uploadInfo });
  const token = idp.channelToken({ audience: appId, serviceUrl: h.connector.serviceUrl });
  const result = await postActivity(h.url, invoke, { authorization: `Bearer ${token}` });
  expect(result.status).toBe(200);
  return cardText(h.connector.lastCardIn(where.conversation.id));
}

describe('the Teams export upload url, auth on', () => {
  it('is never sent to a host outside SharePoint Online: the coordinator is told it was not uploaded', async () => {
    const h = await securedBot(APP_IDS[0]!);
    try {
      const said = await acceptWith(h, APP_IDS[0]!, `https://127.0.0.1:${(elsewhere.address() as AddressInfo).port}/upload`);
      expect(connections).toBe(0);
      expect(said).toContain(t('nl', 'teams.exportUploadFailed').split('`')[0]);
    } finally {
      await h.close();
    }
  });

  it('goes to a host TEAMS_UPLOAD_HOSTS adds', async () => {
    const h = await securedBot(APP_IDS[1]!, { TEAMS_UPLOAD_HOSTS: 'sharepoint.com, 127.0.0.1' });
    try {
      await acceptWith(h, APP_IDS[1]!, `https://127.0.0.1:${(elsewhere.address() as AddressInfo).port}/upload`);
      // The stand-in speaks no TLS, so the upload fails; that the bot went there is the point.
      expect(connections).toBeGreaterThan(0);
    } finally {
      await h.close();
    }
  });
});
