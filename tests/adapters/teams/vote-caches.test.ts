// A card action answers from what the process remembers about the channel (its leerlijn,
// the stored conversation references). What it remembers follows every start and delete of
// a leerlijn, and a reference is written again whenever it changed or was deleted.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TeamsUser } from '../../fakes/teams-activities.js';
import { countingDb, type CountingDb } from '../../support/counting-db.js';
import { pgliteTestDb } from '../../support/db.js';
import { PEOPLE, TEAM_ID, cardText, startHarness, type Harness } from './harness.js';
import { tError } from '../../../src/i18n/index.js';

const [anna, bram] = PEOPLE as [TeamsUser, TeamsUser];
const NO_ROUND = '00000000-0000-4000-8000-000000000000';
let h: Harness;
let db: CountingDb;

beforeAll(async () => {
  db = countingDb(await pgliteTestDb());
  h = await startHarness({ db });
  await h.say(anna, 'start');
});

afterAll(async () => {
  await h.close();
});

async function start(lang: 'nl' | 'en'): Promise<void> {
  await h.submit(anna, {
    form: 'start', schoolName: 'Het Baken', youthOrgName: 'JoU', kind: 'nieuw', startDate: '2026-02-02', startTime: '15:30', lang,
    school: anna.aadObjectId, jongerenwerk: bram.aadObjectId, coordinators: anna.aadObjectId, draagvlak: 'true', financiering: 'true', facilitering: 'true',
  });
}

/** A vote on a round that does not exist (as after a delete): refused in the language of the channel's leerlijn. */
async function refusal(user: TeamsUser): Promise<string> {
  return cardText(await h.invoke(user, 'vote', { roundId: NO_ROUND, onderdeel: 'P1', score: 2 }));
}

const refKeys = async (): Promise<string[]> =>
  (await db.db.query<{ key: string }>(`select ref_key as key from conversation_refs order by ref_key`)).rows.map((r) => r.key);

describe('what a card action remembers about its channel', () => {
  it('follows a start, a delete and a new start of the leerlijn in this channel', async () => {
    await start('en');
    expect(await refusal(bram)).toContain(tError('en', 'leerlijn_gone'));
    expect(await refusal(bram)).toContain(tError('en', 'leerlijn_gone')); // now from memory
    await h.submit(anna, { form: 'delete', confirm: 'Het Baken' });
    expect(await refusal(bram)).toContain(tError('nl', 'leerlijn_gone'));
    await start('en');
    expect(await refusal(bram)).toContain(tError('en', 'leerlijn_gone'));
  });

  it('writes a person\'s reference again after a delete took it away', async () => {
    expect(await refKeys()).toContain(`member:${bram.aadObjectId}`);
    await h.submit(anna, { form: 'delete', confirm: 'Het Baken' });
    expect(await refKeys()).not.toContain(`member:${bram.aadObjectId}`);
    await refusal(bram);
    expect(await refKeys()).toContain(`member:${bram.aadObjectId}`);
  });

  it('writes the channel\'s reference only when the place changed, not for every member who clicks', async () => {
    await refusal(anna);
    db.reset();
    await refusal(bram);
    await refusal(anna);
    expect(db.statements.filter((s) => s.startsWith('insert into conversation_refs'))).toEqual([]);
    const moved = 'http://127.0.0.1:9/';
    await h.invoke(bram, 'vote', { roundId: NO_ROUND, onderdeel: 'P1', score: 2 }, { ...h.inChannel(bram), serviceUrl: moved });
    const { rows } = await db.db.query<{ url: string }>(
      `select reference->>'serviceUrl' as url from conversation_refs where ref_key = $1::text`,
      [`channel:${TEAM_ID}`],
    );
    expect(rows[0]?.url).toBe(moved);
  });
});
