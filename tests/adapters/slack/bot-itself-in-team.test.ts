// The bot's own account, picked in the start form or named in `team add` while Slack's users.info
// fails: Slack would have marked it a bot, but unanswered nothing did, and the bot joined the team it
// counts votes for ("0 of 9" that never reaches 9). Its own user id (Bolt's context.botUserId) is a bot
// whatever users.info says.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { t } from '../../../src/i18n/index.js';
import { startFakeSlack } from '../../fakes/slack-api.js';
import { lastView, startFormValues } from './flow.js';
import { BOT, CHANNEL, COORDINATOR, lastToldTo, startHarness, teamIdsIn, TOKEN, USERS, type Harness } from './harness.js';

let h: Harness;
beforeAll(async () => {
  const fake = await startFakeSlack({
    tokens: [TOKEN],
    members: { [CHANNEL]: [...USERS, BOT] },
    // Slack knows the bot as a bot; it is users.info that fails below.
    users: [...USERS.map((id, i) => ({ id, name: `Lid ${i + 1}` })), { id: BOT, name: 'leerlijn', isBot: true }],
  });
  h = await startHarness({ fake });
});
afterAll(async () => {
  await h?.close();
  await h?.fake.close();
});

const teamIds = (): Promise<string[]> => teamIdsIn(h);

describe('the bot itself, picked while Slack does not say who is a bot', () => {
  it('is taken out of the team after the start, and the starter is told', async () => {
    await h.command(COORDINATOR, 'start');
    await h.settle();
    const view = lastView(h, COORDINATOR);
    h.fake.failNext('users.info', { error: 'fatal_error', times: 1000 });
    const res = await h.submit(COORDINATOR, 'start', startFormValues({ members: [...USERS, BOT] }), view.meta);
    expect(res.text).toBe('');
    await h.settle();
    expect(await teamIds()).toEqual([...USERS].sort());
    expect(lastToldTo(h.fake, COORDINATOR)).toContain(t('nl', 'start.botsLeftOut', { names: `<@${BOT}>` }));
  });

  it('is not added by `team add`, and the coordinator hears why', async () => {
    h.fake.failNext('users.info', { error: 'fatal_error', times: 1000 });
    await h.command(COORDINATOR, `team add <@${BOT}>`);
    await h.settle();
    expect(lastToldTo(h.fake, COORDINATOR)).toContain(t('nl', 'team.botsNotAdded', { names: `<@${BOT}>` }));
    expect(await teamIds()).not.toContain(BOT);
  });
});
