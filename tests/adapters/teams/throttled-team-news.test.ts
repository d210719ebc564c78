// Anna adds Chen to the team with the team form; Chen is told so in his own chat with the bot. Teams
// throttles that chat (429, Retry-After: 8, again and again). That DM was sent with the deployment's
// retries, outside the turn's budget (retry.ts TURN_WAITS_MS): three waits of 8 s before Anna heard
// anything, past the 15 s after which Teams sends her message again and the team form runs twice.
// Now its waits count against the turn's budget: she hears within it that Chen could not be told.
// The harness records each wait instead of sleeping.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { t } from '../../../src/i18n/index.js';
import { TURN_WAITS_MS } from '../../../src/adapters/teams/retry.js';
import { adaptiveCardOf } from '../../fakes/bot-connector.js';
import type { TeamsUser } from '../../fakes/teams-activities.js';
import { CHANNEL, PEOPLE, cardText, startHarness, startHetBaken, type Harness } from './harness.js';

const [anna, , chen] = PEOPLE as [TeamsUser, TeamsUser, TeamsUser];
let h: Harness;

beforeAll(async () => {
  h = await startHarness();
  await startHetBaken(h);
});
afterAll(() => h.close());

/** Personal chats the bot writes in: the fake names each one it creates a:1… */
const toPersonalChats = /^\/v3\/conversations\/a:1/;

describe('teams: a team change told to someone whose chat Teams keeps throttling', () => {
  it('tells the coordinator within the turn’s budget whom to tell herself, and Teams hears 200', async () => {
    const from = h.sleeps.length;
    const said = h.connector.sentTo(CHANNEL.id).length;
    h.connector.failNext(toPersonalChats, { status: 429, retryAfter: 8, times: 20 });
    const answered = await h.submit(anna, { form: 'team', add: chen.aadObjectId, addSide: 'school', addLevel: 'uitvoerder' });
    expect(answered.status).toBe(200);
    expect(h.sleeps.slice(from).reduce((sum, ms) => sum + ms, 0)).toBeLessThanOrEqual(TURN_WAITS_MS);
    const inChannel = h.connector.sentTo(CHANNEL.id).slice(said).map((a) => cardText(adaptiveCardOf(a.activity)));
    expect(inChannel.join('\n')).toContain(t('nl', 'teamNews.unreached', { names: 'Chen Test' }));
  });
});
