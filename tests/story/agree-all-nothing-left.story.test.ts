// "Alle voorstellen overnemen" once it would take nothing over: only P1, P2 and A1 got votes, so after
// the coordinator took those three over the seven left have no proposal. The round-closed message no
// longer offers the button and the next step says to choose a score per onderdeel, on both platforms;
// the button pressed on a screen not refreshed yet still answers what is left to do.
import { describe } from 'vitest';
import { t } from '../../src/i18n/index.js';
import { PLATFORMS, story, type Matrix } from './story.js';
import { startSmallTeam } from './small-team.js';

const VOTES: Matrix = { P1: [1, 2, 1], P2: [2, 2, 3] };
const CHOOSE = t('nl', 'guide.next.coordinator.choose_scores', { moment: t('nl', 'moment.short.week1'), onderdelen: '7 onderdelen' });

describe.each(PLATFORMS)('on %s', (platform) => {
  story(platform, 'agree-all with no proposal left is no longer offered, and the next step names choosing per onderdeel', async (s) => {
    const { anna, bram, team } = await startSmallTeam(s, { startDate: '2026-01-19' });
    await s.openRound(anna);
    await s.voteMatrix(team, VOTES);
    await s.vote(bram, 'A1', 2);
    await s.close(anna);
    s.expectChannelShows(t('nl', 'card.button.agreeAll'));

    await s.agreeAll(anna);
    s.expectChannelHides(t('nl', 'card.button.agreeAll'));
    // The round-closed message, redrawn without the button, still says the coordinator sets the rest.
    s.expectChannelShows(s.said('card.chooseNext'));
    s.expectAnswered(anna, CHOOSE);
    s.expectNotAnswered(anna, t('nl', 'card.button.agreeAll'));

    await s.command(anna, 'wat nu');
    s.expectAnswered(anna, CHOOSE);
    s.expectNotAnswered(anna, t('nl', 'card.button.agreeAll'));

    // The button as a screen not refreshed since shows it: it takes nothing over and says what is left.
    await s.command(anna, 'planning');
    s.expectNotAnswered(anna, CHOOSE);
    await s.agreeAll(anna, true);
    s.expectAnswered(anna, CHOOSE);
    s.expectChannelHides(t('nl', 'card.button.agreeAll'));
  });
});
