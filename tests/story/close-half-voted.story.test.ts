// Half the team has not voted when the coordinator closes the round anyway. The round-closed
// message says how many of the team voted, so nobody reads the proposals as the whole team's;
// with everyone voted it says nothing of it.
import { describe } from 'vitest';
import { t } from '../../src/i18n/index.js';
import { PLATFORMS, story, type Matrix } from './story.js';
import { SMALL_TEAM_WEEK1 } from './small-team.js';

const TWO_VOTERS: Matrix = {
  P1: [1, 2], P2: [1, 2], A1: [1, 1], A2: [2, 1], A3: [1, 1], B1: [1, 1], B2: [1, 1], T1: [3, 2], T2: [1, 1], T3: [2, 2],
};

describe.each(PLATFORMS)('a round closed before everyone voted, on %s', (platform) => {
  story(platform, 'the round-closed message says how many of the team voted', async (s) => {
    const anna = s.coordinator('anna');
    const team = s.members(4);
    await s.start({ by: anna, school: 'De Horizon', members: team });
    await s.openRound(anna);
    await s.voteMatrix(team.slice(2), TWO_VOTERS);
    s.d.newInChannel();
    await s.close(anna);
    s.expectNewInChannel(t('nl', 'round.closed', { moment: t('nl', 'moment.week1') }), t('nl', 'round.votersFew', { voters: 2, members: 4 }));
  });

  story(platform, 'says nothing of it when everyone voted', async (s) => {
    const anna = s.coordinator('anna');
    const team = s.members(3);
    await s.start({ by: anna, school: 'De Horizon', members: team });
    await s.openRound(anna);
    await s.voteMatrix(team, SMALL_TEAM_WEEK1);
    s.d.newInChannel();
    await s.close(anna);
    s.expectNewInChannel(t('nl', 'round.closed', { moment: t('nl', 'moment.week1') }));
    s.expectChannelHides('Er stemde', 'van de 3 teamleden');
  });
});
