// "Something went wrong, try again" after a click in one's personal chat is said in the language
// the flow decided for it, as on Slack: a status click's (app/flows/reader-lang.ts
// statusClickLang), a form's that of the leerlijn it names. Someone on an English leerlijn in a
// Dutch deployment reads it in English. Teams used to answer in the deployment's language, the
// personal chat having no leerlijn of its own.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { tError } from '../../../src/i18n/index.js';
import type { Db } from '../../../src/store/db.js';
import { invokeActionExecute, postActivity } from '../../fakes/teams-activities.js';
import { pgliteTestDb } from '../../support/db.js';
import { cardText, PEOPLE, startHarness, startHetBaken, type Harness } from './harness.js';

let h: Harness;
/** While set, statements it matches fail unexpectedly; reading the action, the leerlijn and the rest still works. */
let failing: RegExp | null = null;
const fails = (sql: string): boolean => failing?.test(sql) ?? false;
const broken = (): Promise<never> => Promise.reject(new Error('Connection terminated unexpectedly'));
const [anna, bram] = PEOPLE as [typeof PEOPLE[0], typeof PEOPLE[0]];

beforeAll(async () => {
  const test = await pgliteTestDb();
  const transaction: Db['transaction'] = (fn, opts) =>
    test.db.transaction((tx) => fn({
      exec: (sql) => tx.exec(sql),
      query: (sql, params, o) => (fails(sql) ? broken() : tx.query(sql, params, o)),
    }), opts);
  const query: Db['query'] = (sql, params, o) => (fails(sql) ? broken() : test.db.query(sql, params, o));
  h = await startHarness({ db: { ...test, db: { ...test.db, query, transaction } } });
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
  failing = /insert into action_updates/;
  const answer = await postActivity(h.url, invokeActionExecute({ ...h.inPersonal(bram), verb: 'status', data: { actionId: rows[0]!.id, status: 'bezig' } })).finally(() => {
    failing = null;
  });
  const said = JSON.stringify(answer.body);
  expect(said).toContain(tError('en', 'internal'));
  expect(said).not.toContain(tError('nl', 'internal'));
});

it('answers a failed form sent from a personal chat in the language of the English leerlijn it names', async () => {
  const { rows } = await h.db.db.query<{ id: string }>(`select id from leerlijnen`);
  const chat = h.inPersonal(anna);
  failing = /update meetings/;
  await h.submit(anna, { form: 'move', leerlijnId: rows[0]!.id, kind: 'terugkom', date: '2026-03-16', time: '15:30' }, chat).finally(() => {
    failing = null;
  });
  const said = cardText(h.connector.lastCardIn(chat.conversation.id));
  expect(said).toContain(tError('en', 'internal'));
  expect(said).not.toContain(tError('nl', 'internal'));
});
