// "Something went wrong, try again" after a status click in one's personal chat is said in the
// language of the leerlijn the action belongs to (app/flows/reader-lang.ts clickLang), as on Slack:
// someone on an English leerlijn in a Dutch deployment reads it in English. Teams used to answer in
// the deployment's language, the personal chat having no leerlijn of its own.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { tError } from '../../../src/i18n/index.js';
import type { Db } from '../../../src/store/db.js';
import { invokeActionExecute, postActivity } from '../../fakes/teams-activities.js';
import { pgliteTestDb } from '../../support/db.js';
import { PEOPLE, startHarness, startHetBaken, type Harness } from './harness.js';

let h: Harness;
/** While set, saving a status fails unexpectedly; reading the action and its leerlijn still works. */
let savingFails = false;
const [anna, bram] = PEOPLE as [typeof PEOPLE[0], typeof PEOPLE[0]];

beforeAll(async () => {
  const test = await pgliteTestDb();
  const transaction: Db['transaction'] = (fn, opts) =>
    test.db.transaction((tx) => fn({
      exec: (sql) => tx.exec(sql),
      query: (sql, params, o) => (savingFails && sql.includes('insert into action_updates') ? Promise.reject(new Error('Connection terminated unexpectedly')) : tx.query(sql, params, o)),
    }), opts);
  h = await startHarness({ db: { ...test, db: { ...test.db, transaction } } });
  await startHetBaken(h, { lang: 'en' });
  await h.submit(anna, {
    form: 'plan', onderdeel: 'P1', watKanBeter: 'Meet more often', gewensteEindsituatie: 'A monthly meeting',
    'actions.0.description': 'Plan the meeting', 'actions.0.ownerUserId': bram.aadObjectId, 'actions.0.dueDate': '2026-03-01',
  });
});
afterAll(async () => {
  await h.close();
});

it('answers a failed status click in a personal chat in the English leerlijn’s language, not the Dutch deployment’s', async () => {
  const { rows } = await h.db.db.query<{ id: string }>(`select id from actions where description = 'Plan the meeting'`);
  savingFails = true;
  const answer = await postActivity(h.url, invokeActionExecute({ ...h.inPersonal(bram), verb: 'status', data: { actionId: rows[0]!.id, status: 'bezig' } })).finally(() => {
    savingFails = false;
  });
  const said = JSON.stringify(answer.body);
  expect(said).toContain(tError('en', 'internal'));
  expect(said).not.toContain(tError('nl', 'internal'));
});
