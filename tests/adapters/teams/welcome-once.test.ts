// Teams sends a conversationUpdate again, by the same activity id, when it heard no answer in
// time or got a 5xx for it. The bot welcomed each delivery: a channel got the welcome twice, a
// personal chat its overview twice. Now an added activity is welcomed the first time its id is seen.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { t } from '../../../src/i18n/index.js';
import { adaptiveCardOf } from '../../fakes/bot-connector.js';
import { conversationUpdate, postActivity, type TeamsUser } from '../../fakes/teams-activities.js';
import { CHANNEL, PEOPLE, cardText, startHarness, type Harness } from './harness.js';

const [anna, bram] = PEOPLE as [TeamsUser, TeamsUser];
let h: Harness;

beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

/** The texts of the cards the bot posted in a conversation. */
const postedIn = (conversationId: string): string[] => h.connector.sentTo(conversationId).map((a) => cardText(adaptiveCardOf(a.activity)));

describe('teams: the bot’s arrival delivered twice', () => {
  it('welcomes a channel once', async () => {
    const added = conversationUpdate(h.inChannel(anna));
    expect((await postActivity(h.url, added)).status).toBe(200);
    expect((await postActivity(h.url, added)).status).toBe(200);
    expect(postedIn(CHANNEL.id).filter((text) => text.includes(t('nl', 'onboarding.welcome')))).toHaveLength(1);
  });

  it('shows a personal chat its overview once', async () => {
    const chat = h.inPersonal(bram);
    const added = conversationUpdate(chat);
    await postActivity(h.url, added);
    await postActivity(h.url, added);
    expect(postedIn(chat.conversation.id).filter((text) => text.includes(t('nl', 'home.heading')))).toHaveLength(1);
  });

  it('welcomes again when added again: a new arrival has its own id', async () => {
    h.connector.reset();
    await postActivity(h.url, conversationUpdate(h.inChannel(anna)));
    expect(postedIn(CHANNEL.id).filter((text) => text.includes(t('nl', 'onboarding.welcome')))).toHaveLength(1);
  });
});
