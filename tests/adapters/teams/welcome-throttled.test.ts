// The bot added to a channel that Teams throttles throughout: the welcome cannot be posted. It used
// to escape as a 500, so Teams sent the conversationUpdate again and only the welcome was retried.
// The welcome is not worth a redelivery storm: 200 and a warning. Unless the conversation could not
// be remembered either (the database down too): then 503, so it comes again and is remembered then.
import { describe, expect, it } from 'vitest';
import { t } from '../../../src/i18n/index.js';
import { adaptiveCardOf } from '../../fakes/bot-connector.js';
import { conversationUpdate, postActivity, type TeamsUser } from '../../fakes/teams-activities.js';
import { CHANNEL, PEOPLE, cardText } from './harness.js';
import { useThrottledChannel } from './throttled-channel.js';

const [anna] = PEOPLE as [TeamsUser];
const env = useThrottledChannel();
const { logged, throttledThroughout, whileDatabaseDown } = env;

describe('teams: added to a channel throttled throughout', () => {
  it('answers 200 with a warning: the welcome is not worth a redelivery', async () => {
    throttledThroughout();
    const answered = await postActivity(env.h.url, conversationUpdate(env.h.inChannel(anna)));
    expect(answered.status).toBe(200);
    expect(logged.errors()).toEqual([]);
    expect(logged.warnings()).toEqual([expect.stringContaining('welcome not delivered')]);
    // Once the channel takes posts again, the bot answers there as usual.
    env.h.connector.reset();
    expect((await env.h.say(anna, 'help')).status).toBe(200);
    expect(env.h.connector.sentTo(CHANNEL.id)).toHaveLength(1);
  });

  it('answers 503 when the conversation could not be remembered either, so Teams sends it again, and welcomes then', async () => {
    throttledThroughout();
    const answered = await whileDatabaseDown(() => postActivity(env.h.url, conversationUpdate(env.h.inChannel(anna))));
    expect(answered.status).toBe(503);
    expect(logged.errors()).toEqual([]);
    expect(logged.warnings()).toEqual([expect.stringContaining('delivered again')]);
    env.h.connector.reset();
    expect((await postActivity(env.h.url, conversationUpdate(env.h.inChannel(anna)))).status).toBe(200);
    expect(cardText(adaptiveCardOf(env.h.connector.sentTo(CHANNEL.id).at(-1)!.activity))).toContain(t('nl', 'onboarding.welcome'));
  });

  it('answers 200 with a warning in a personal chat throttled throughout, whose welcome is the person’s overview', async () => {
    const chat = env.h.inPersonal(anna);
    env.h.connector.failNext(new RegExp(`^/v3/conversations/${chat.conversation.id}`), { status: 429, retryAfter: 8, times: 40 });
    const answered = await postActivity(env.h.url, conversationUpdate(chat));
    expect(answered.status).toBe(200);
    // Teams asking to wait is no failure of the bot's: warnings, no error.
    expect(logged.errors()).toEqual([]);
    expect(logged.warnings()).toContainEqual(expect.stringContaining('welcome not delivered'));
  });
});
