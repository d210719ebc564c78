// The bot added to a channel whose welcome Teams cannot take for now (502s, no answer): the
// arrival was marked as seen before the welcome was posted, and the turn ended 200, so Teams did
// not send it again, and a redelivery found it "welcomed already". Nobody was ever welcomed. Now
// such a welcome unmarks its arrival and answers 503: Teams sends it again, and the channel is
// welcomed once then; so is a personal chat whose overview and apology both failed so. A welcome
// Teams refuses as such, or throttles, still ends 200.
import { describe, expect, it } from 'vitest';
import { t } from '../../../src/i18n/index.js';
import { adaptiveCardOf } from '../../fakes/bot-connector.js';
import { conversationUpdate, postActivity, type TeamsUser } from '../../fakes/teams-activities.js';
import { CHANNEL, PEOPLE, cardText } from './harness.js';
import { TO_CHANNEL, useThrottledChannel } from './throttled-channel.js';

const [anna] = PEOPLE as [TeamsUser];
const env = useThrottledChannel();

const welcomesInChannel = (): number =>
  env.h.connector.sentTo(CHANNEL.id).filter((s) => cardText(adaptiveCardOf(s.activity)).includes(t('nl', 'onboarding.welcome'))).length;

describe('teams: a welcome Teams cannot take for now', () => {
  it('answers 503, so Teams sends the arrival again, and welcomes the channel once then', async () => {
    const arrival = conversationUpdate(env.h.inChannel(anna));
    env.h.connector.failNext(TO_CHANNEL, { status: 502, times: 40 });
    expect((await postActivity(env.h.url, arrival)).status).toBe(503);
    expect(env.logged.errors()).toEqual([]);
    expect(env.logged.warnings()).toEqual([expect.stringContaining('delivered again')]);
    env.h.connector.reset();
    expect((await postActivity(env.h.url, arrival)).status).toBe(200);
    expect(welcomesInChannel()).toBe(1);
    // A third delivery of the same arrival (Teams heard no answer in time) is not welcomed again.
    expect((await postActivity(env.h.url, arrival)).status).toBe(200);
    expect(welcomesInChannel()).toBe(1);
  });

  it('answers 503 in a personal chat too when neither its overview nor the apology got through, and shows the overview once then', async () => {
    const chat = env.h.inPersonal(anna);
    const arrival = conversationUpdate(chat);
    env.h.connector.failNext(new RegExp(`^/v3/conversations/${chat.conversation.id}`), { status: 502, times: 40 });
    expect((await postActivity(env.h.url, arrival)).status).toBe(503);
    expect(env.logged.warnings()).toContainEqual('welcome not delivered; to be delivered again');
    env.h.connector.reset();
    expect((await postActivity(env.h.url, arrival)).status).toBe(200);
    expect((await postActivity(env.h.url, arrival)).status).toBe(200);
    expect(env.h.connector.sentTo(chat.conversation.id)).toHaveLength(1);
  });

  it('still answers 200 where Teams refuses the post as such (403): sent again, it would be refused again', async () => {
    env.h.connector.failNext(TO_CHANNEL, { status: 403, times: 40 });
    expect((await postActivity(env.h.url, conversationUpdate(env.h.inChannel(anna)))).status).toBe(200);
    expect(env.logged.errors()).toEqual([expect.stringContaining('welcome not delivered')]);
  });
});
