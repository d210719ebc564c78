// What one keystroke in a Teams typeahead (application/search, adapters/teams/people-search.ts)
// costs the database and Teams, counted at the database handle and at the fake connector. Teams
// sends a search for every few letters typed, so a search only reads: it does not store the
// channel's people again, however many there are, and asks Teams for them once a minute at most.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PEOPLE_DATASET } from '../../../src/adapters/teams/cards/form.js';
import { ROSTER_KEPT_MS } from '../../../src/adapters/teams/roster-cache.js';
import { postActivity, searchInvoke, type TeamsUser } from '../../fakes/teams-activities.js';
import { countingDb, type CountingDb } from '../../support/counting-db.js';
import { pgliteTestDb, type TestDb } from '../../support/db.js';
import { OUTSIDER, PEOPLE, startHarness, type Harness } from './harness.js';

/** 201 people in the channel: the eight of every test, the outsider and 192 more; the team is Anna, Bram and the first 100 of them. */
const MORE: TeamsUser[] = Array.from({ length: 192 }, (_, i) => ({ id: `29:lid-${i}`, name: `Sanne Jansen ${i + 9}`, aadObjectId: `7c2e4d3f-5b6e-4f90-8a1b-2c3d4e5f${String(i).padStart(4, '0')}` }));
const [anna, bram] = PEOPLE as [TeamsUser, TeamsUser];
const ON_TEAM = MORE.slice(0, 100);

let setup: Harness;
let stored: TestDb;
let leerlijnId: string;
const roster = (): TeamsUser[] => [...PEOPLE, OUTSIDER, ...MORE].map((p) => ({ ...p }));

/** A bot that has not read this channel's people yet (after a restart, or another replica), counting its statements. */
async function restartedBot(): Promise<{ h: Harness; db: CountingDb }> {
  const db = countingDb(stored);
  return { h: await startHarness({ db, roster: roster() }), db };
}

/** One search as Teams sends it, on a bot that has not read this channel yet: who it found, the statements it sent. */
async function search(user: TeamsUser, dataset: string, queryText: string): Promise<{ titles: string[]; statements: string[] }> {
  const { h, db } = await restartedBot();
  try {
    await h.teams.idle();
    db.reset();
    const res = await postActivity(h.url, searchInvoke({ ...h.inChannel(user), dataset, queryText }));
    expect(res.status).toBe(200);
    const results = (res.body as { value?: { results?: Array<{ title: string }> } }).value?.results ?? [];
    return { titles: results.map((r) => r.title), statements: [...db.statements] };
  } finally {
    await h.close();
  }
}

beforeAll(async () => {
  stored = await pgliteTestDb();
  setup = await startHarness({ db: countingDb(stored), roster: roster() });
  await setup.say(anna, 'start');
  await setup.submit(anna, {
    form: 'start', schoolName: 'Het Baken', youthOrgName: 'JoU', kind: 'nieuw', startDate: '2026-02-02', startTime: '15:30',
    school: [anna, ...ON_TEAM.slice(0, 50)].map((p) => p.aadObjectId).join(','), jongerenwerk: [bram, ...ON_TEAM.slice(50)].map((p) => p.aadObjectId).join(','),
    coordinators: anna.aadObjectId, draagvlak: 'true', financiering: 'true', facilitering: 'true',
  });
  leerlijnId = (await stored.db.query<{ id: string }>(`select id from leerlijnen where school_name = 'Het Baken'`)).rows[0]!.id;
}, 60_000);
afterAll(async () => {
  await setup.close();
  await stored.drop();
});

/** What a search stores of the people it read (a bot's first turn also notes its workspace, once per process). */
const peopleStored = (statements: readonly string[]): string[] => statements.filter((s) => /^insert into conversation_refs\b/i.test(s));

describe('what a keystroke in a Teams person search costs', () => {
  it('a search among the channel stores nobody and sends a few statements, not one per person', async () => {
    const found = await search(anna, PEOPLE_DATASET.channel, 'jansen 20');
    expect(found.titles).toEqual(['Sanne Jansen 20', 'Sanne Jansen 120', 'Sanne Jansen 200']);
    expect(peopleStored(found.statements)).toEqual([]);
    expect(found.statements.length).toBeLessThanOrEqual(3);
  });

  it('a search for who is new to the team stores nobody and sends a few statements', async () => {
    const found = await search(anna, PEOPLE_DATASET.newToTeam(leerlijnId), 'jansen 19');
    expect(found.titles).toEqual(['Sanne Jansen 119', ...Array.from({ length: 10 }, (_, i) => `Sanne Jansen ${190 + i}`)]);
    expect(peopleStored(found.statements)).toEqual([]);
    expect(found.statements.length).toBeLessThanOrEqual(6);
  });

  it('the letters typed next do not ask Teams for the channel again; a minute on, it is asked anew', async () => {
    const { h, db } = await restartedBot();
    try {
      const rosterReads = async (queryText: string): Promise<number> => {
        const before = h.connector.requests.length;
        const res = await postActivity(h.url, searchInvoke({ ...h.inChannel(anna), dataset: PEOPLE_DATASET.channel, queryText }));
        expect(res.status).toBe(200);
        return h.connector.requests.slice(before).filter((r) => r.path.includes('pagedmembers')).length;
      };
      expect(await rosterReads('san')).toBe(3); // 201 people: three pages of at most 100
      expect(await rosterReads('sanne ja')).toBe(0);
      expect(await rosterReads('sanne jansen 1')).toBe(0);
      h.clock.advance(ROSTER_KEPT_MS);
      expect(await rosterReads('sanne jansen 12')).toBe(3);
      expect(peopleStored(db.statements)).toEqual([]);
    } finally {
      await h.close();
    }
  });

  it('someone not on the team finds nobody of the team, and nobody new to it', async () => {
    expect((await search(OUTSIDER, PEOPLE_DATASET.team(leerlijnId), 'sanne')).titles).toEqual([]);
    expect((await search(OUTSIDER, PEOPLE_DATASET.newToTeam(leerlijnId), 'sanne')).titles).toEqual([]);
  });
});
