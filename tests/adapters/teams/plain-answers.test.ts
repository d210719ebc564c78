// What Teams shows as plain text (an invoke's message answer: the card stays as it was) is said
// as plain text: the names and words people typed as typed, without the backslashes that keep
// them from being read as Markdown in a card, and without a card's bold marks.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../src/store/db.js';
import { t } from '../../../src/i18n/index.js';
import { invokeActionExecute, postActivity, type TeamsUser } from '../../fakes/teams-activities.js';
import { pgliteTestDb } from '../../support/db.js';
import { PEOPLE, startHarness, type Harness } from './harness.js';

/** Anna, the coordinator, and Bram as Teams names them: with characters Markdown reads. */
const ROSTER: TeamsUser[] = PEOPLE.map((p, i) => ({ ...p, name: i === 0 ? 'Anna_B' : i === 1 ? '*Bram*' : p.name }));
const [anna, bram] = ROSTER as [TeamsUser, TeamsUser];
const ACTION = 'Rooster_delen **nu**';
let h: Harness;
/** While set, reading an owner's open actions fails, so the clicked list is not redrawn. */
let ownerListDown = false;

beforeAll(async () => {
  const test = await pgliteTestDb();
  const query: Db['query'] = (sql, params) =>
    ownerListDown && sql.includes('a.owner_user_id = $2::text') ? Promise.reject(new Error('Connection terminated unexpectedly')) : test.db.query(sql, params);
  h = await startHarness({ roster: ROSTER.map((p) => ({ ...p, aadObjectId: p.aadObjectId! })), db: { ...test, db: { ...test.db, query } } });
  await h.say(anna, 'start');
  await h.submit(anna, {
    form: 'start', schoolName: 'Het Baken', youthOrgName: 'JoU', kind: 'nieuw', startDate: '2026-02-02', startTime: '15:30',
    school: anna.aadObjectId, jongerenwerk: bram.aadObjectId, coordinators: anna.aadObjectId, draagvlak: 'true', financiering: 'true', facilitering: 'true',
  });
  await h.submit(anna, {
    form: 'plan', onderdeel: 'P1', watKanBeter: 'Elkaar vaker spreken', gewensteEindsituatie: 'Maandelijks overleg',
    'actions.0.description': ACTION, 'actions.0.ownerUserId': bram.aadObjectId, 'actions.0.dueDate': '2026-03-01',
  });
});
afterAll(async () => {
  await h.close();
});

describe('Teams answers an invoke with plain text as plain text', () => {
  it('a status click whose list cannot be redrawn: the action and the coordinator not reached named as typed', async () => {
    const { rows } = await h.db.db.query<{ id: string }>(`select id from actions where description = $1`, [ACTION]);
    // Anna cannot be sent the change: Bram is told to tell her himself.
    h.connector.failNext(/^\/v3\/conversations/, { status: 403, times: 20 });
    ownerListDown = true;
    const answer = await postActivity(h.url, invokeActionExecute({ ...h.inPersonal(bram), verb: 'status', data: { actionId: rows[0]!.id, status: 'bezig' } }));
    ownerListDown = false;
    const said = (answer.body as { type?: string; value?: unknown }).value;
    expect((answer.body as { type?: string }).type).toBe('application/vnd.microsoft.activity.message');
    expect(said).toBe(
      [t('nl', 'action.youUpdated', { action: ACTION, leerlijn: 'Het Baken · JoU', status: t('nl', 'action.status.bezig') }), t('nl', 'action.coordinatorsUnreached', { names: anna.name })].join('\n\n'),
    );
  });
});
