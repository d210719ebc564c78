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
import { PEOPLE, bramsStatusButton, startHarness, type Harness } from './harness.js';

const [anna, bram] = PEOPLE as [TeamsUser, TeamsUser];
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

// A status click in someone's personal chat: no leerlijn there says a language, but the list they
// clicked in says the one it was drawn in (its buttons carry it: mijn-acties typed in English, a
// leerlijn's own message in that leerlijn's). The turn reads nothing before the flow does (who and
// where are known from an earlier activity), so the flow held at the database is answered "still
// working" in that list's language, as its refusals and redraw are (app/flows/reader-lang.ts
// statusClickLang), not the Teams language of the clicker.
describe('teams: "still working" for a status click in a list drawn in English', () => {
  /** `who` clicks a status button with `data` in their personal chat, from Teams in Dutch, while the database is held: the answer. */
  async function heldClick(who: TeamsUser, data: Record<string, unknown>): Promise<unknown> {
    const chat = { ...h.inPersonal(who), locale: 'nl-NL' };
    const late = await startHarness({ replicaOf: h, invokeDeadlineMs: 300 });
    try {
      // Known from before: the workspace and this chat, kept in the bot's memory.
      await late.say(who, 'help', chat);
      db.hold();
      try {
        return await late.invoke(who, 'status', data, chat);
      } finally {
        db.release();
        await late.flush();
      }
    } finally {
      await late.close();
    }
  }

  it('mijn-acties typed in English: said in English to someone who uses Teams in Dutch', async () => {
    expect(await heldClick(anna, { actionId: '00000000-0000-0000-0000-000000000000', status: 'klaar', lang: 'en' })).toBe(t('en', 'card.stillWorking'));
  });

  it('the personal message with one’s actions of an English leerlijn: said in English to someone who uses Teams in Dutch', async () => {
    const button = await bramsStatusButton(h);
    expect(await heldClick(bram, button)).toBe(t('en', 'card.stillWorking'));
  });
});
