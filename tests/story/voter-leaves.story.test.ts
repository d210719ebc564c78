// Someone taken off the team while a voting round is open is told they no longer vote: their
// votes in that round stop counting too. Before, the card counted them against the smaller team
// ("3 of 2 voted") and the close showed their vote in the distribution and the proposal.
import { describe } from 'vitest';
import { t } from '../../src/i18n/index.js';
import { PLATFORMS, story } from './story.js';
import { startSmallTeam } from './small-team.js';

describe.each(PLATFORMS)('a voter taken off the team while a round is open, on %s', (platform) => {
  story(platform, 'no longer counts on the card or in the distribution', async (s) => {
    const { anna, bram, chen, team } = await startSmallTeam(s, { lang: 'en' });
    await s.openRound(anna);
    await s.voteMatrix(team, { P1: [1, 2, 3] });
    s.expectChannelShows(t('en', 'card.votedCount', { count: 3, total: 3 }));
    await s.removeFromTeam(anna, chen);
    // Bram changes his vote: the card is drawn again, for the team as it is now.
    await s.vote(bram, 'P1', 1);
    await s.d.settle();
    s.expectChannelShows(t('en', 'card.votedCount', { count: 2, total: 2 }));
    s.expectChannelHides(t('en', 'card.votedCount', { count: 3, total: 2 }));
    await s.close(anna);
    s.expectChannelShows(t('en', 'card.distribution', { ones: 2, twos: 0, threes: 0 }));
    s.expectChannelHides(t('en', 'card.bespreekpunt'));
  });
});
