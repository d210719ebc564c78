// Someone types `@Leerlijn status` and the Bot Connector answers the reply with 429 and a
// Retry-After of 8 s, again and again. Each reply was tried four times, waiting as long as Teams
// asked each time, and the "try again" after it the same: 16 s and more before they heard
// anything, 64 s when the channel stayed throttled. Teams gives a message's request 15 s and then
// sends the message again (MicrosoftDocs/msteams-docs#6084): the command would run twice. A turn
// now waits on throttling at most TURN_WAITS_MS in all, then says "try again" (or, the
// conversation still throttled, gives up) within Teams' limit. The harness records each wait
// instead of sleeping.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { tError } from '../../../src/i18n/index.js';
import { TURN_WAITS_MS } from '../../../src/adapters/teams/retry.js';
import { adaptiveCardOf } from '../../fakes/bot-connector.js';
import type { TeamsUser } from '../../fakes/teams-activities.js';
import { CHANNEL, PEOPLE, cardText, startHarness, startHetBaken, type Harness } from './harness.js';

/** How long Teams waits for the bot to answer a message's request before it sends the message again. */
const TEAMS_LIMIT_MS = 15_000;
const [anna] = PEOPLE as [TeamsUser];
let h: Harness;

beforeAll(async () => {
  h = await startHarness();
  await startHetBaken(h);
});
afterAll(() => h.close());
beforeEach(() => h.connector.reset());

const toChannel = /^\/v3\/conversations\/19:team-noord@thread\.tacv2/;
const waited = (from: number): number => h.sleeps.slice(from).reduce((sum, ms) => sum + ms, 0);
const lastSaid = (): string => cardText(adaptiveCardOf(h.connector.sentTo(CHANNEL.id).at(-1)!.activity));

describe('teams: a reply someone waits on, throttled with Retry-After: 8', () => {
  it('twice: waits once, then says "try again" within Teams’ limit', async () => {
    const from = h.sleeps.length;
    const said = h.connector.sentTo(CHANNEL.id).length;
    h.connector.failNext(toChannel, { status: 429, retryAfter: 8, times: 2 });
    await h.say(anna, 'status');
    expect(waited(from)).toBeLessThanOrEqual(TURN_WAITS_MS);
    expect(waited(from)).toBeLessThan(TEAMS_LIMIT_MS);
    expect(h.connector.sentTo(CHANNEL.id).length).toBe(said + 1);
    expect(lastSaid()).toContain(tError('nl', 'internal'));
  });

  it('throughout: gives up within Teams’ limit', async () => {
    const from = h.sleeps.length;
    h.connector.failNext(toChannel, { status: 429, retryAfter: 8, times: 20 });
    await h.say(anna, 'status');
    expect(waited(from)).toBeLessThan(TEAMS_LIMIT_MS);
  });

  it('once: waits what Teams asks and answers', async () => {
    const from = h.sleeps.length;
    h.connector.failNext(toChannel, { status: 429, retryAfter: 8, times: 1 });
    await h.say(anna, 'status');
    expect(h.sleeps.slice(from)).toEqual([8_000]);
    expect(lastSaid()).toContain('Het Baken');
  });
});
