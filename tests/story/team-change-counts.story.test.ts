// The team changes while a voting round is open: the score cards count the team as it is now,
// at once, not only once someone votes on a card again ("0 of 3 voted" beside a team of four).
import { describe } from 'vitest';
import { t } from '../../src/i18n/index.js';
import { PLATFORMS, story } from './story.js';
import { startSmallTeam } from './small-team.js';

describe.each(PLATFORMS)('the score cards after a team change, on %s', (platform) => {
  story(platform, 'count the people on the team now, someone added or taken off', async (s) => {
    const { anna, bram, chen } = await startSmallTeam(s, { lang: 'en' });
    await s.openRound(anna);
    await s.vote(bram, 'P1', 2);
    await s.d.settle();
    s.expectChannelShows(t('en', 'card.votedCount', { count: 1, total: 3 }), t('en', 'card.votedCount', { count: 0, total: 3 }));

    await s.d.commandNaming(anna, 'team add', [s.person('dewi')]);
    await s.d.settle();
    s.expectChannelShows(t('en', 'card.votedCount', { count: 1, total: 4 }), t('en', 'card.votedCount', { count: 0, total: 4 }));
    s.expectChannelHides('of 3 voted');

    // Chen had not voted: taken off, the cards count three again.
    await s.removeFromTeam(anna, chen);
    await s.d.settle();
    s.expectChannelShows(t('en', 'card.votedCount', { count: 1, total: 3 }), t('en', 'card.votedCount', { count: 0, total: 3 }));
    s.expectChannelHides('of 4 voted');
  });
});
