// An owner with actions in two leerlijnen: the card redrawn after a status click shows what
// the clicked card showed, one leerlijn's actions or all of the owner's.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { savePlanItem } from '../../../src/app/actions.js';
import { startLeerlijn } from '../../../src/app/leerlijn.js';
import { ensureWorkspace } from '../../../src/store/leerlijnen.js';
import type { Db } from '../../../src/store/db.js';
import { invokeActionExecute, postActivity } from '../../fakes/teams-activities.js';
import { pgliteTestDb } from '../../support/db.js';
import { cardText, PEOPLE, startHarness, TENANT, type Harness, startHetBaken } from './harness.js';

let h: Harness;
/** While set, reading an owner's open actions fails, as in a short outage right after a click saved. */
let ownerListDown = false;
const [anna, bram] = PEOPLE as [typeof PEOPLE[0], typeof PEOPLE[0]];
const idOf = async (description: string): Promise<string> =>
  (await h.db.db.query<{ id: string }>(`select id from actions where description = $1`, [description])).rows[0]!.id;

beforeAll(async () => {
  const test = await pgliteTestDb();
  const query: Db['query'] = (sql, params) =>
    ownerListDown && sql.includes('a.owner_user_id = $2::text') ? Promise.reject(new Error('Connection terminated unexpectedly')) : test.db.query(sql, params);
  h = await startHarness({ db: { ...test, db: { ...test.db, query } } });
  await startHetBaken(h);
  await h.submit(anna, {
    form: 'plan', onderdeel: 'P1', watKanBeter: 'Elkaar vaker spreken', gewensteEindsituatie: 'Maandelijks overleg',
    'actions.0.description': 'Overleg plannen', 'actions.0.ownerUserId': bram.aadObjectId, 'actions.0.dueDate': '2026-03-01',
    'actions.1.description': 'Notulen delen', 'actions.1.ownerUserId': bram.aadObjectId, 'actions.1.dueDate': '2026-02-20',
  });
  // Bram works with a second school too, in another team of the same tenant.
  const deps = { db: h.db.db, now: () => new Date('2026-01-20T10:00:00Z'), defaultTimezone: 'Europe/Amsterdam', defaultLang: 'nl' as const };
  const coordinator = { workspaceId: await ensureWorkspace(h.db.db, 'teams', TENANT), userId: anna.aadObjectId };
  const other = await startLeerlijn(deps, coordinator, {
    channelId: '19:other-team@thread.tacv2', kind: 'bestaand', schoolName: 'De Brug', youthOrgName: 'JoU', startDate: '2026-02-03', startTime: '15:30',
    randvoorwaarden: { draagvlak: true, financiering: true, facilitering: true }, coordinators: [anna.aadObjectId],
    members: [{ userId: anna.aadObjectId, displayName: 'Anna Test' }, { userId: bram.aadObjectId, displayName: 'Bram Test' }],
  });
  await savePlanItem(deps, coordinator, other.leerlijn.id, {
    onderdeel: 'A1', watKanBeter: 'Signalen delen', gewensteEindsituatie: 'Een gedeelde lijst',
    actions: [{ description: 'Signalenlijst maken', ownerUserId: bram.aadObjectId, dueDate: '2026-03-10' }],
  });
});
afterAll(async () => {
  await h.close();
});

describe('an owner’s card after a status click', () => {
  it('shows that leerlijn’s open actions again when it came from that leerlijn’s personal message', async () => {
    await h.invoke(bram, 'status', { actionId: await idOf('Notulen delen'), status: 'klaar' }, h.inPersonal(bram));
    const actionId = await idOf('Overleg plannen');
    const { rows } = await h.db.db.query<{ id: string }>(`select leerlijn_id as id from actions where id = $1`, [actionId]);
    const card = cardText(await h.invoke(bram, 'status', { actionId, status: 'bezig', leerlijnId: rows[0]!.id }, h.inPersonal(bram)));
    expect(card).toContain('Je zette “Overleg plannen” van Het Baken · JoU op Bezig.');
    expect(card).toContain('Het Baken · JoU');
    expect(card).not.toContain('Signalenlijst maken');
    expect(card).not.toContain('Notulen delen'); // done before: not in the list of what is still to do
  });

  it('shows all the owner’s actions when it came from mijn-acties', async () => {
    const card = cardText(await h.invoke(bram, 'status', { actionId: await idOf('Overleg plannen'), status: 'klaar' }, h.inPersonal(bram)));
    expect(card).toContain('Je zette “Overleg plannen” van Het Baken · JoU op Klaar.');
    expect(card).toContain('Signalenlijst maken');
  });

  it('is left as it was when its list cannot be read after the click: the confirmation comes as a message, the change is saved', async () => {
    const actionId = await idOf('Signalenlijst maken');
    ownerListDown = true;
    const answer = await postActivity(h.url, invokeActionExecute({ ...h.inPersonal(bram), verb: 'status', data: { actionId, status: 'bezig' } }));
    ownerListDown = false;
    // A card answer would replace the clicked card, its other actions and buttons gone.
    expect(answer.body).toEqual({ statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: 'Je zette “Signalenlijst maken” van De Brug · JoU op Bezig.' });
    const { rows } = await h.db.db.query<{ status: string }>(`select status from actions where id = $1`, [actionId]);
    expect(rows[0]!.status).toBe('bezig');
  });

  it('carries the leerlijn on the buttons of the personal message the plan sends', async () => {
    const chat = h.connector.createdConversations.find((c) => JSON.stringify(c.request).includes(bram.id))!.id;
    const { rows } = await h.db.db.query<{ id: string }>(`select id from leerlijnen where school_name = 'Het Baken'`);
    expect(JSON.stringify(h.connector.lastCardIn(chat))).toContain(`"leerlijnId":"${rows[0]!.id}"`);
  });
});
