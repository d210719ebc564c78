// The installations of many-workspace mode: while the database does not answer, the last one read
// still lets Bolt authorize the request (so the person hears "try again"); one forgotten after an
// uninstall is gone from memory too, for every store of that database.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Installation } from '@slack/bolt';
import { forgetInstallation, postgresInstallationStore } from '../../../src/adapters/slack/installation-store.js';
import { pgliteTestDb, type TestDb } from '../../support/db.js';
import { databaseDown } from '../../support/outage.js';

let t: TestDb;
beforeAll(async () => {
  t = await pgliteTestDb();
});
afterAll(async () => {
  await t.drop();
});

const installation = {
  team: { id: 'T0SCHOOL' }, enterprise: undefined, isEnterpriseInstall: false,
  bot: { token: 'xoxb-school', userId: 'UBOT', id: 'B1', scopes: [] }, user: { id: 'U1', token: undefined, scopes: undefined },
} as unknown as Installation;
const query = { teamId: 'T0SCHOOL', isEnterpriseInstall: false, enterpriseId: undefined };

/** Runs `act` while every statement fails as with a database that is gone. */
async function whileDown<T>(act: () => Promise<T>): Promise<T> {
  const restore = databaseDown(t.db);
  try {
    return await act();
  } finally {
    restore();
  }
}

describe('the Slack installation store', () => {
  it('answers from the last installation read while the database is down, and never one forgotten since', async () => {
    const store = postgresInstallationStore({ db: t.db });
    const other = postgresInstallationStore({ db: t.db });
    await store.storeInstallation(installation);
    await other.fetchInstallation(query);
    expect((await whileDown(() => other.fetchInstallation(query))).bot?.token).toBe('xoxb-school');

    await forgetInstallation({ db: t.db }, { team_id: 'T0SCHOOL' });
    await expect(whileDown(() => other.fetchInstallation(query))).rejects.toThrow('ECONNREFUSED');
    await expect(store.fetchInstallation(query)).rejects.toThrow('installation_not_found');
  });
});
