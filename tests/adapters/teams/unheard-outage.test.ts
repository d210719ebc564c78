// The database does not answer and the channel is throttled at the same time, so the words that
// would say so cannot be posted either. A message then ran nothing: Teams hears 503 and delivers it
// again (the Bot Framework retries a 5xx), which is what is wanted; a 500 said the bot was broken and
// logged a stack for each layer. One warning says what happened. (Database down alone: the person
// is asked to try again and Teams hears 200, welcome-outage.test.ts and outage tests.)
import { describe, expect, it } from 'vitest';
import { conversationUpdate, postActivity, type TeamsUser } from '../../fakes/teams-activities.js';
import { CHANNEL, PEOPLE } from './harness.js';
import { useThrottledChannel } from './throttled-channel.js';

const [anna] = PEOPLE as [TeamsUser];
const env = useThrottledChannel();
const { logged, throttledThroughout, whileDatabaseDown } = env;
/** Lines logged with a stack (an `err` field), one per layer that logged the failure. */
const stacks = (): number => logged.lines.filter((l) => l.err !== undefined).length;

describe('teams: a message while the database is down and the channel throttled', () => {
  it('answers 503, so Teams delivers it again, and logs one warning and no error', async () => {
    throttledThroughout();
    const answered = await whileDatabaseDown(() => env.h.say(anna, 'status'));
    expect(answered.status).toBe(503);
    expect(logged.errors()).toEqual([]);
    expect(logged.warnings()).toEqual([expect.stringContaining('delivered again')]);
    expect(stacks()).toBeLessThanOrEqual(1);
  });

  it('the bot added to a personal chat whose "try again" is throttled too: 503, so Teams sends the arrival again', async () => {
    const chat = env.h.inPersonal(anna);
    env.h.connector.failNext(new RegExp(`^/v3/conversations/${chat.conversation.id}`), { status: 429, retryAfter: 8, times: 40 });
    const answered = await whileDatabaseDown(() => postActivity(env.h.url, conversationUpdate(chat)));
    expect(answered.status).toBe(503);
    expect(logged.warnings()).toEqual([expect.stringContaining('delivered again')]);
  });

  it('is answered as before once the database is back: the redelivery runs', async () => {
    const answered = await env.h.say(anna, 'help');
    expect(answered.status).toBe(200);
    expect(env.h.connector.sentTo(CHANNEL.id)).toHaveLength(1);
  });
});
