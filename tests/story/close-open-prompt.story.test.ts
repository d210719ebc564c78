// When a meeting has ended with a voting round still open, the coordinator is reminded to close
// it: the reminder names the round that is open, not the one the meeting's kind would suggest.
// Here the coordinator opened the week-17 round early (in March): after the follow-up meeting the
// reminder is about week 17, not about week 1, which was closed and agreed long before.
import { describe } from 'vitest';
import { t } from '../../src/i18n/index.js';
import { PLATFORMS, story } from './story.js';
import { smallTeamWithWeek1Agreed } from './small-team.js';

// The follow-up meeting (Monday 30 March 2026, 15:30–18:30 Amsterdam time) has just ended.
const AFTER_TERUGKOM = '2026-03-30T16:31:00Z';

describe.each(PLATFORMS)('the reminder of an open round, on %s', (platform) => {
  story(platform, 'names the week-17 round that is open, after the follow-up meeting', async (s) => {
    const { anna } = await smallTeamWithWeek1Agreed(s, { lang: 'en' });
    await s.command(anna, 'scores final now');
    await s.timePasses(AFTER_TERUGKOM);
    const reminder = (moment: 'week1' | 'week17'): string => s.said('reminder.closeRound', { moment: t('en', `moment.${moment}`), leerlijn: 'De Horizon · JoU' }, 'private');
    s.expectToldPrivately(anna, reminder('week17'));
    s.expectNotToldPrivately(anna, reminder('week1'));
  });
});
