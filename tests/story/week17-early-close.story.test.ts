// Week 17 opened early with `scores eind nu` during step 2: while that round is open the coordinator's
// "Wat nu?" names closing it, as for week 1 and at the eindevaluatie, on both platforms and in English too.
import { describe } from 'vitest';
import { t } from '../../src/i18n/index.js';
import { PLATFORMS, story } from './story.js';
import { smallTeamWithWeek1Agreed } from './small-team.js';

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

  story(platform, 'in English', async (s) => {
    const { anna } = await smallTeamWithWeek1Agreed(s, { lang: 'en' });
    await s.command(anna, 'scores final now');
    await s.command(anna, 'what now');
    s.expectAnswered(anna, closeWeek17('en'));
  });
});
