// A scoring meeting ends and its voting round was never opened: the coordinator is told, in her
// private chat, that the round was not held and how to hold it now (or move the next meeting).
// Found by testing: before, nobody was told anything, as the reminder to close a round skipped
// a meeting with no round open; a week later the actieplan went ahead without week-1 scores.
import { describe } from 'vitest';
import { t, type Lang } from '../../src/i18n/index.js';
import { PLATFORMS, story } from './story.js';
import { smallTeamWithWeek1Agreed, startSmallTeam } from './small-team.js';

// The signalering (Monday 2 February 2026, 15.30–18.00 Amsterdam time) has just ended.
const AFTER_SIGNALERING = '2026-02-02T17:01:00Z';
// The eindevaluatie (Monday 25 May 2026) has just ended.
const AFTER_EINDEVALUATIE = '2026-05-25T16:31:00Z';
const LEERLIJN = 'De Horizon · JoU';

describe.each(PLATFORMS)('a scoring meeting that ends without its round, on %s', (platform) => {
  for (const lang of ['nl', 'en'] as Lang[]) {
    story(platform, `tells the coordinator week 1 was not held (${lang})`, async (s) => {
      const { anna, bram } = await startSmallTeam(s, { lang });
      await s.timePasses(AFTER_SIGNALERING);
      const notHeld = s.said('reminder.roundNotHeld', { moment: t(lang, 'moment.week1'), leerlijn: LEERLIJN }, 'private');
      s.expectToldPrivately(anna, notHeld);
      s.expectNotToldPrivately(bram, notHeld);
    });
  }

  story(platform, 'tells the coordinator week 17 was not held at the eindevaluatie', async (s) => {
    const { anna } = await smallTeamWithWeek1Agreed(s, { lang: 'en' });
    await s.timePasses(AFTER_EINDEVALUATIE);
    s.expectToldPrivately(anna, s.said('reminder.roundNotHeldWeek17', { moment: t('en', 'moment.week17'), leerlijn: LEERLIJN }, 'private'));
    // Week 1 was held: nothing is said about it.
    s.expectNotToldPrivately(anna, s.said('reminder.roundNotHeld', { moment: t('en', 'moment.week1'), leerlijn: LEERLIJN }, 'private'));
  });

  story(platform, 'says nothing of it when the round was held and agreed', async (s) => {
    const { anna } = await smallTeamWithWeek1Agreed(s, { lang: 'en' });
    await s.timePasses(AFTER_SIGNALERING);
    s.expectNotToldPrivately(anna, s.said('reminder.roundNotHeld', { moment: t('en', 'moment.week1'), leerlijn: LEERLIJN }, 'private'));
  });
});
