// `scores eind` typed months before the eindevaluatie (by mistake, or for a try) does not open the
// one week-17 round for the whole team at once: the coordinator is told when that meeting is and
// how to open it now anyway. From the eindevaluatie's invitation week on, it opens as typed.
import { describe } from 'vitest';
import { t } from '../../src/i18n/index.js';
import { PLATFORMS, story } from './story.js';
import { smallTeamWithWeek1Agreed, startSmallTeam } from './small-team.js';

// The fixture's eindevaluatie: Monday 25 May 2026, 15.30; its invitation week from the 18th.
const INVITATION_WEEK = '2026-05-18T14:00:00Z';

describe.each(PLATFORMS)('the week-17 round before its meeting, on %s', (platform) => {
  story(platform, 'is asked to be confirmed, and opens when confirmed', async (s) => {
    const { anna } = await smallTeamWithWeek1Agreed(s);
    s.d.newInChannel();
    await s.command(anna, 'scores eind');
    s.expectAnswered(anna, 'De eindevaluatiebijeenkomst is pas op maandag 25 mei 2026', s.commandText('scores eind nu'));
    s.expectNewInChannel();
    s.expectChannelHides(t('nl', 'card.votedCount', { count: 0, total: 3 }));
    await s.command(anna, 'scores eind nu');
    s.expectChannelShows(t('nl', 'card.votedCount', { count: 0, total: 3 }));
  });

  story(platform, '`evaluatie eind` before its week shows the list, and leaves the round to be confirmed', async (s) => {
    const { anna } = await smallTeamWithWeek1Agreed(s);
    s.d.newInChannel();
    await s.command(anna, 'evaluatie eind');
    s.expectAnswered(anna, t('nl', 'evaluation.heading', { moment: t('nl', 'evaluation.moment.eind') }), 'De eindevaluatiebijeenkomst is pas op maandag 25 mei 2026');
    s.expectChannelHides(t('nl', 'card.votedCount', { count: 0, total: 3 }));
  });

  // Before week 1 is agreed the eindevaluatie has nothing to evaluate yet: only why not, and what first.
  story(platform, '`evaluatie eind` before week 1 is agreed only says why not yet', async (s) => {
    const { anna } = await startSmallTeam(s);
    await s.command(anna, 'evaluatie eind');
    s.expectAnswered(anna, s.said('errorNoneAgreed.week1_incomplete'));
    s.expectNotAnswered(anna, t('nl', 'evaluation.heading', { moment: t('nl', 'evaluation.moment.eind') }));
  });

  story(platform, 'opens at once in the invitation week, in English too', async (s) => {
    const { anna } = await smallTeamWithWeek1Agreed(s, { lang: 'en' });
    await s.command(anna, 'scores final');
    s.expectAnswered(anna, 'The final evaluation meeting is not until Monday 25 May 2026', s.commandText('scores final now'));
    await s.timePasses(INVITATION_WEEK);
    await s.command(anna, 'scores final');
    s.expectChannelShows(t('en', 'card.votedCount', { count: 0, total: 3 }));
  });
});
