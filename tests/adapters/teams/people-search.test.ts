// Teams' typeahead for a picker of a big team (cards/form.ts LISTED_PEOPLE): Teams sends what was
// typed (application/search) and shows the people the bot answers. A team's members are found only
// for someone on that team; the people in the channel for anyone there, who sees them in Teams anyway.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PEOPLE_DATASET } from '../../../src/adapters/teams/cards/form.js';
import { postActivity, searchInvoke, type TeamsUser } from '../../fakes/teams-activities.js';
import { closeCheckingCards, OUTSIDER, PEOPLE, startHarness, type Harness } from './harness.js';

/** 150 people in the channel: the eight of every test and 142 more with Entra ids and Dutch names. */
const MORE: TeamsUser[] = Array.from({ length: 142 }, (_, i) => ({ id: `29:lid-${i}`, name: `Sanne de Wit-Öztürk ${i + 9}`, aadObjectId: `6b1f3c2e-4a5d-4e8f-9a0b-1c2d3e4f${String(i).padStart(4, '0')}` }));
const [anna, bram] = PEOPLE as [TeamsUser, TeamsUser];
/** On the team: Anna, Bram and the first 120 of the others; the last 22 are only in the channel. */
const ON_TEAM = MORE.slice(0, 120);

let h: Harness;
let leerlijnId: string;

async function search(user: TeamsUser, dataset: string, queryText: string, skip = 0): Promise<Array<{ title: string; value: string }>> {
  const res = await postActivity(h.url, searchInvoke({ ...h.inChannel(user), dataset, queryText, skip }));
  expect(res.status).toBe(200);
  const body = res.body as { type?: string; value?: { results?: Array<{ title: string; value: string }> } };
  expect(body.type).toBe('application/vnd.microsoft.search.searchResponse');
  return body.value?.results ?? [];
}

beforeAll(async () => {
  h = await startHarness({ roster: [...PEOPLE, OUTSIDER, ...MORE].map((p) => ({ ...p })) });
  await h.say(anna, 'start');
  await h.submit(anna, {
    form: 'start', schoolName: 'Het Baken', youthOrgName: 'JoU', kind: 'nieuw', startDate: '2026-02-02', startTime: '15:30',
    school: [anna, ...ON_TEAM.slice(0, 60)].map((p) => p.aadObjectId).join(','), jongerenwerk: [bram, ...ON_TEAM.slice(60)].map((p) => p.aadObjectId).join(','),
    coordinators: anna.aadObjectId, draagvlak: 'true', financiering: 'true', facilitering: 'true',
  });
  const { rows } = await h.db.db.query<{ id: string }>(`select id from leerlijnen where school_name = 'Het Baken'`);
  leerlijnId = rows[0]!.id;
}, 60_000);
afterAll(() => closeCheckingCards(h));

describe('typeahead in a big team', () => {
  it('finds a member of the team by part of the name, accents or not, for someone on the team', async () => {
    const found = await search(bram, PEOPLE_DATASET.team(leerlijnId), 'ozturk 128');
    expect(found).toEqual([{ title: 'Sanne de Wit-Öztürk 128', value: MORE[119]!.aadObjectId }]);
  });

  it('answers at most 15 at a time, the next ones when Teams asks further', async () => {
    const first = await search(anna, PEOPLE_DATASET.team(leerlijnId), 'sanne');
    const next = await search(anna, PEOPLE_DATASET.team(leerlijnId), 'sanne', 15);
    expect(first).toHaveLength(15);
    expect(next).toHaveLength(15);
    expect(next.map((p) => p.value)).not.toContain(first[0]!.value);
  });

  it('finds nobody of the team for someone not on it', async () => {
    expect(await search(OUTSIDER, PEOPLE_DATASET.team(leerlijnId), 'sanne')).toEqual([]);
  });

  it('finds anyone in the channel for the start form, and only those not on the team for the team form', async () => {
    expect((await search(anna, PEOPLE_DATASET.channel, 'Öztürk 150')).map((p) => p.title)).toEqual(['Sanne de Wit-Öztürk 150']);
    const newcomers = await search(anna, PEOPLE_DATASET.newToTeam(leerlijnId), 'sanne');
    expect(newcomers.map((p) => p.title)).toEqual(MORE.slice(120, 135).map((p) => p.name));
  });
});
