// The last agreement of a round while the platform refuses the post of the round's outcome: all
// ten are agreed then, so nothing would send what follows it later. The outcome is best effort;
// the filled instrument still comes to the channel and the coordinator still hears what is next.
import { describe } from 'vitest';
import { t } from '../../src/i18n/index.js';
import { PLATFORMS, story } from './story.js';
import { SMALL_TEAM_WEEK1, startSmallTeam } from './small-team.js';

describe.each(PLATFORMS)('the round outcome refused on the last agreement, on %s', (platform) => {
  story(platform, 'the filled instrument and the next step still come', async (s) => {
    const { anna, team } = await startSmallTeam(s, { lang: 'en' });
    await s.openRound(anna);
    await s.voteMatrix(team, SMALL_TEAM_WEEK1);
    await s.close(anna);
    s.d.newInChannel();

    // The first new message after the last agreement is the round's outcome.
    s.d.refuseNextPost();
    await s.agreeAll(anna);
    await s.d.settle();
    s.expectChannelShows(t('en', 'documents.posted.instrument-week1'));
    s.expectAnswered(anna, t('en', 'guide.nextHeading'));
  });
});
