// The bot taken out of a team and added back: the channel still has its leerlijn, where `start` is
// refused. The welcome told the coordinator to start one all the same; it now points to `status`.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { forTeams } from '../../../src/adapters/teams/cards/common.js';
import { t } from '../../../src/i18n/index.js';
import { adaptiveCardOf } from '../../fakes/bot-connector.js';
import { conversationUpdate, postActivity, type TeamsUser } from '../../fakes/teams-activities.js';
import { CHANNEL, PEOPLE, cardText, startHarness, startHetBaken, type Harness } from './harness.js';

const [anna] = PEOPLE as [TeamsUser];
let h: Harness;

beforeAll(async () => {
  h = await startHarness();
  await startHetBaken(h);
});
afterAll(() => h.close());

describe('teams: the bot added back to a team whose channel has a leerlijn', () => {
  it('points to status, not to a start that would be refused', async () => {
    h.connector.reset();
    await postActivity(h.url, conversationUpdate(h.inChannel(anna)));
    const said = h.connector.sentTo(CHANNEL.id).map((a) => cardText(adaptiveCardOf(a.activity))).join('\n');
    expect(said).toContain(t('nl', 'onboarding.welcome'));
    expect(said).toContain(forTeams(t('nl', 'onboarding.nextKept')));
    expect(said).not.toContain('@Leerlijn start');
  });
});
