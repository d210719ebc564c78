// After the coordinator closes a round, the channel says it once and offers "accept all" once.
// Found walking the leerlijn in English on Teams: the redrawn result card said "The voting round
// for Assessment (week 1) is closed. … Accept all proposals", and the new post under it said the
// same sentence with the same button again.
import { describe, expect } from 'vitest';
import { t } from '../../src/i18n/index.js';
import { PLATFORMS, story } from './story.js';
import { SMALL_TEAM_WEEK1, startSmallTeam } from './small-team.js';

describe.each(PLATFORMS)('a closed round in the channel, on %s', (platform) => {
  story(platform, 'says once that it closed and offers "accept all" once', async (s) => {
    const { anna, team } = await startSmallTeam(s, { lang: 'en' });
    await s.openRound(anna);
    await s.voteMatrix(team, SMALL_TEAM_WEEK1);
    await s.close(anna);

    const closed = t('en', 'round.closed', { moment: t('en', 'moment.week1') });
    const acceptAll = t('en', 'card.button.agreeAll');
    expect({ closed: s.timesInChannel(closed), acceptAll: s.timesInChannel(acceptAll) }, s.d.channel().slice(-1500)).toEqual({ closed: 1, acceptAll: 1 });
    // The one button still takes over every proposal.
    await s.agreeAll(anna);
    s.expectResult({ total: 12, fase: 'opstart' });
    // With all ten agreed the channel still says once that it closed, and offers nothing left to take over.
    expect({ closed: s.timesInChannel(closed), acceptAll: s.timesInChannel(acceptAll) }).toEqual({ closed: 1, acceptAll: 0 });
  });
});
