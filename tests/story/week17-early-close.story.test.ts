// Week 17 opened early with `scores eind nu` during step 2: while that round is open the coordinator's
// "Wat nu?" names closing it, as for week 1 and at the eindevaluatie, on both platforms and in English too;
// once closed, agreeing its scores, until they are agreed.
import { describe } from 'vitest';
import { t } from '../../src/i18n/index.js';
import { PLATFORMS, story } from './story.js';
import { SMALL_TEAM_WEEK1, smallTeamWithWeek1Agreed } from './small-team.js';

const AGREE_WEEK17 = t('nl', 'guide.next.coordinator.agree_scores', {
  moment: t('nl', 'moment.short.week17'), button: t('nl', 'card.button.agreeAll'), onderdelen: '10 onderdelen',
});
const closeWeek17 = (lang: 'nl' | 'en'): string => t(lang, 'guide.next.coordinator.close_round', { moment: t(lang, 'moment.short.week17') });

describe.each(PLATFORMS)('an early week-17 round, on %s', (platform) => {
  story(platform, 'the coordinator is told to close it, and no longer once it is closed', async (s) => {
    const { anna } = await smallTeamWithWeek1Agreed(s);
    await s.command(anna, 'scores eind nu');
    await s.command(anna, 'wat nu');
    s.expectAnswered(anna, closeWeek17('nl'));
    await s.close(anna);
    await s.command(anna, 'wat nu');
    s.expectNotAnswered(anna, closeWeek17('nl'));
  });

  // Closed with scores left to agree, agreeing them is the next step, as for week 1; once agreed, the step's own work again.
  story(platform, 'once it is closed, the coordinator is told to agree its scores, in the next step and the status', async (s) => {
    const { anna, team } = await smallTeamWithWeek1Agreed(s);
    await s.command(anna, 'scores eind nu');
    await s.voteMatrix(team, SMALL_TEAM_WEEK1);
    await s.close(anna);
    for (const asked of ['wat nu', 'status']) {
      await s.command(anna, asked);
      s.expectAnswered(anna, AGREE_WEEK17);
    }
    await s.agreeAll(anna);
    await s.command(anna, 'wat nu');
    s.expectNotAnswered(anna, AGREE_WEEK17, closeWeek17('nl'));
  });

  story(platform, 'in English', async (s) => {
    const { anna } = await smallTeamWithWeek1Agreed(s, { lang: 'en' });
    await s.command(anna, 'scores final now');
    await s.command(anna, 'what now');
    s.expectAnswered(anna, closeWeek17('en'));
  });
});
