// The bot added in Teams while the database does not answer: a team channel still gets its
// welcome, in the language of whoever added it where the bot speaks it, else the deployment's (the
// channel's leerlijn cannot be read; one the bot was just added to almost never has one); a
// personal chat, whose welcome is the person's own overview, hears "try again", the same way. Teams gets its 200 either way; the log a warning where who and where could
// not be read, an error where the overview could not (as for any command).
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { t, tError } from '../../../src/i18n/index.js';
import { adaptiveCardOf } from '../../fakes/bot-connector.js';
import { conversationUpdate, installationUpdate, postActivity, type TeamsUser } from '../../fakes/teams-activities.js';
import { capturedLog } from '../../support/log-lines.js';
import { databaseDown } from '../../support/outage.js';
import { CHANNEL, PEOPLE, cardText, startHarness, type Harness } from './harness.js';

const [anna, bram] = PEOPLE as [TeamsUser, TeamsUser];
let h: Harness;
const logged = capturedLog();

beforeAll(async () => {
  // An English deployment, so the welcome's language is the configured one and not Dutch by chance.
  h = await startHarness({ env: { DEFAULT_LANG: 'en' }, log: logged.log });
});
afterAll(() => h.close());
beforeEach(() => logged.clear());

/** What the bot said in a conversation, each card as its text. */
const saidIn = (conversationId: string): string[] => h.connector.sentTo(conversationId).map((a) => cardText(adaptiveCardOf(a.activity)));

describe('teams: added while the database does not answer', () => {
  it('welcomes a team channel in the configured language, answers 200 and warns that the conversation was not remembered', async () => {
    const restore = databaseDown(h.db.db);
    try {
      // Added by someone using Teams in a language the bot does not speak: the configured one.
      expect((await postActivity(h.url, conversationUpdate({ ...h.inChannel(anna), locale: 'fr-FR' }))).status).toBe(200);
    } finally {
      restore();
    }
    expect(saidIn(CHANNEL.id)).toEqual([expect.stringContaining(t('en', 'onboarding.welcome'))]);
    expect(logged.errors()).toEqual([]);
    expect(logged.warnings()).toEqual([expect.stringContaining('not remembered')]);
  });

  it('welcomes it in the language of whoever added it, where the bot speaks it, as once the database answers', async () => {
    const said = saidIn(CHANNEL.id).length;
    const restore = databaseDown(h.db.db);
    try {
      expect((await postActivity(h.url, conversationUpdate({ ...h.inChannel(anna), locale: 'nl-NL' }))).status).toBe(200);
    } finally {
      restore();
    }
    expect(saidIn(CHANNEL.id).slice(said)).toEqual([expect.stringContaining(t('nl', 'onboarding.welcome'))]);
  });

  it('answers the installationUpdate Teams sends beside the welcome’s activity with 200 and a warning', async () => {
    const said = saidIn(CHANNEL.id).length;
    const restore = databaseDown(h.db.db);
    try {
      expect((await postActivity(h.url, installationUpdate(h.inChannel(anna)))).status).toBe(200);
    } finally {
      restore();
    }
    expect(saidIn(CHANNEL.id).slice(said)).toEqual([]);
    expect(logged.errors()).toEqual([]);
    expect(logged.warnings()).toEqual([expect.stringContaining('not remembered')]);
  });

  it('asks it in the language the person uses Teams in, where the bot speaks it, from a tenant not seen before', async () => {
    const chat = { ...h.inPersonal(anna), locale: 'nl-NL' };
    const restore = databaseDown(h.db.db);
    try {
      expect((await postActivity(h.url, conversationUpdate(chat))).status).toBe(200);
    } finally {
      restore();
    }
    expect(saidIn(chat.conversation.id)).toEqual([expect.stringContaining(tError('nl', 'internal'))]);
  });

  it.each([
    ['from a tenant not seen before', async (): Promise<void> => undefined, { warned: ['not remembered'], errors: [] }],
    // Who and where are known in this process then: it is their overview that cannot be read, a
    // failure past the read like any command's (an error in the log), not a conversation forgotten.
    ['after writing to it a minute before', async (): Promise<void> => void (await h.say(bram, 'help', { ...h.inPersonal(bram), locale: 'fr-FR' })), { warned: [], errors: ['welcome in a personal chat failed'] }],
  ])('asks someone who added it to their personal chat %s to try again later, in the configured language', async (_when, before, expected) => {
    // Teams in a language the bot does not speak: the configured one, not the person's own.
    const chat = { ...h.inPersonal(bram), locale: 'fr-FR' };
    await before();
    const said = saidIn(chat.conversation.id).length;
    logged.clear();
    const restore = databaseDown(h.db.db);
    try {
      expect((await postActivity(h.url, conversationUpdate(chat))).status).toBe(200);
    } finally {
      restore();
    }
    expect(saidIn(chat.conversation.id).slice(said)).toEqual([expect.stringContaining(tError('en', 'internal'))]);
    expect(logged.errors()).toEqual(expected.errors);
    expect(logged.warnings()).toEqual(expected.warned.map((words) => expect.stringContaining(words)));
  });
});
