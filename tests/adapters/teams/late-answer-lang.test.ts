// An invoke (a card button) that Teams' 5 s outlast before its turn could read anything (the
// database held here) is answered "still working" before the bot knows the leerlijn's language:
// in the language the person uses Teams in, where the bot speaks it, as the turn itself would
// where no leerlijn says one (app/places.ts placeLang); the deployment's default otherwise.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OWN_VIEW_VERB } from '../../../src/adapters/teams/reply.js';
import { t } from '../../../src/i18n/index.js';
import type { TeamsUser } from '../../fakes/teams-activities.js';
import { pgliteTestDb } from '../../support/db.js';
import { heldDb, type HeldDb } from '../../support/held-db.js';
import { PEOPLE, startHarness, type Harness } from './harness.js';

const [anna] = PEOPLE as [TeamsUser];
let db: HeldDb;
let h: Harness;

beforeAll(async () => {
  db = heldDb(await pgliteTestDb());
  h = await startHarness({ db, invokeDeadlineMs: 1 });
});
afterAll(async () => {
  db.release();
  await h.close();
  await db.drop();
});

describe('teams: "still working" said before the turn read anything', () => {
  it.each([
    ['en-GB', 'en'],
    ['fr-FR', 'nl'],
  ] as const)('Teams in %s: said in %s', async (locale, lang) => {
    db.hold();
    try {
      const answer = await h.invoke(anna, OWN_VIEW_VERB, {}, { ...h.inChannel(anna), locale });
      expect(answer).toBe(t(lang, 'card.stillWorking'));
    } finally {
      db.release();
    }
    await h.flush();
  });
});
