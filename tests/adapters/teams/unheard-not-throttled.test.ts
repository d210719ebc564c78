// Someone types `@Leerlijn status` in a channel where Teams refuses every post of the bot for
// another reason than throttling (403: the bot may not post there). The turn's "try again" is
// refused too, and since c4d5daa/4cf762d she hears it in her own chat with the bot, Teams hearing
// 200. That chat said 'Teams did not let me post there for a moment, as too many messages were
// going there at once': not what happened. The lead says only what Teams did (took nothing there);
// the throttled case keeps its own words (throttled-turn.test.ts). What is below it says why: Teams no longer lets the
// bot post there, not "something went wrong on our side, try again", which would not help (bot-taken-out story).
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { t, tError } from '../../../src/i18n/index.js';
import { adaptiveCardOf } from '../../fakes/bot-connector.js';
import type { TeamsUser } from '../../fakes/teams-activities.js';
import { capturedLog } from '../../support/log-lines.js';
import { PEOPLE, cardText, startHarness, startHetBaken, type Harness } from './harness.js';

const [anna] = PEOPLE as [TeamsUser];
let h: Harness;
const logged = capturedLog();

beforeAll(async () => {
  h = await startHarness({ log: logged.log });
  await startHetBaken(h);
});
afterAll(() => h.close());
beforeEach(() => h.connector.reset());

const toChannel = /^\/v3\/conversations\/19:team-noord@thread\.tacv2/;

describe('teams: a channel that refuses the reply with 403 (not throttling)', () => {
  it('tells her in her own chat without saying Teams was throttling the channel, and Teams hears 200', async () => {
    h.connector.failNext(toChannel, { status: 403, times: 20 });
    const answered = await h.say(anna, 'status');
    expect(answered.status).toBe(200);
    const chat = h.connector.createdConversations.find((c) => JSON.stringify(c.request.members).includes(anna.id))!;
    const told = cardText(adaptiveCardOf(h.connector.sentTo(chat.id).at(-1)!.activity));
    expect(told).not.toContain('te veel berichten');
    expect(told).toContain(t('nl', 'teams.unpostedInChannel'));
    expect(told).toContain(tError('nl', 'not_here'));
    expect(told).not.toContain(tError('nl', 'internal'));
  });
});
