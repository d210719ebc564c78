// Someone who joins the channel while the coordinator's team form is open is found by its
// typeahead (people-search.ts) and added: the team then has their Teams name, as anyone picked
// from the form's own list. A search stores nobody (search-queries.test), so the name is read
// when they are added.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PEOPLE_DATASET } from '../../../src/adapters/teams/cards/form.js';
import { postActivity, searchInvoke, type TeamsUser } from '../../fakes/teams-activities.js';
import { closeCheckingCards, PEOPLE, startHarness, TEAM_ID, type Harness } from './harness.js';

const [anna, bram] = PEOPLE as [TeamsUser, TeamsUser];
const NEWCOMER: TeamsUser = { id: '29:nieuw-1', name: 'Noor Nieuwkomer', aadObjectId: '8d3f5e40-6c7f-4a01-9b2c-3d4e5f607182' };

let h: Harness;
let leerlijnId: string;

beforeAll(async () => {
  h = await startHarness();
  await h.say(anna, 'start');
  await h.submit(anna, {
    form: 'start', schoolName: 'Het Baken', youthOrgName: 'JoU', kind: 'nieuw', startDate: '2026-02-02', startTime: '15:30',
    school: anna.aadObjectId, jongerenwerk: bram.aadObjectId, coordinators: anna.aadObjectId, draagvlak: 'true', financiering: 'true', facilitering: 'true',
  });
  leerlijnId = (await h.db.db.query<{ id: string }>(`select id from leerlijnen`)).rows[0]!.id;
}, 60_000);
afterAll(() => closeCheckingCards(h));

describe('someone new in the channel, found by the team form\'s search', () => {
  it('is added with their Teams name', async () => {
    await h.say(anna, 'team');
    h.connector.setRoster(TEAM_ID, [...PEOPLE, NEWCOMER].map((p) => ({ ...p })));
    const res = await postActivity(h.url, searchInvoke({ ...h.inChannel(anna), dataset: PEOPLE_DATASET.newToTeam(leerlijnId), queryText: 'noor' }));
    const found = (res.body as { value?: { results?: Array<{ title: string; value: string }> } }).value?.results ?? [];
    expect(found.map((r) => r.title)).toEqual([NEWCOMER.name]);
    await h.submit(anna, { form: 'team', leerlijnId, add: found[0]!.value, addSide: 'school', addLevel: 'uitvoerder' });
    await h.flush();
    const { rows } = await h.db.db.query<{ display_name: string | null }>(`select display_name from members where leerlijn_id = $1 and user_id = $2`, [leerlijnId, NEWCOMER.aadObjectId]);
    expect(rows).toEqual([{ display_name: NEWCOMER.name }]);
  });
});
