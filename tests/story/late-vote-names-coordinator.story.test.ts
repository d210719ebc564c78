// A vote from a card still on screen after the round closed is refused with "Vraag de coördinator als
// je iets wilt toevoegen": it names who that is now, as a refusal of a coordinator's task does.
import { describe } from 'vitest';
import { t, tError } from '../../src/i18n/index.js';
import { PLATFORMS, story } from './story.js';
import { SMALL_TEAM_WEEK1, startSmallTeam } from './small-team.js';

describe.each(PLATFORMS)('a late vote, on %s', (platform) => {
  story(platform, 'hears whom to ask', async (s) => {
    const { anna, chen, team } = await startSmallTeam(s);
    await s.openRound(anna);
    await s.voteMatrix(team, SMALL_TEAM_WEEK1);
    await s.close(anna);
    await s.voteOnStaleCard(chen, 'A1', 2);
    await s.d.settle();
    s.expectAnswered(chen, `${tError('nl', 'round_not_open')} ${t('nl', 'refusal.coordinatorIs', { coordinators: s.name(anna) })}`);
  });
});
