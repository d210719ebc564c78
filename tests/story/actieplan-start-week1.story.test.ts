// The actieplan meeting begins while week 1 has no agreed scores (its round was never held or
// not finished): its "begint nu" message says to finish week 1 first, and its button opens the
// week-1 round, not "Actieplan invullen": an actieplan builds on the agreed scores.
// Found by testing: before, it offered "Actieplan invullen" as the first thing while `status` said
// "Open de stemronde voor week 1".
import { describe, expect } from 'vitest';
import { t } from '../../src/i18n/index.js';
import { PLATFORMS, story } from './story.js';
import { smallTeamWithWeek1Agreed, startSmallTeam } from './small-team.js';

// The actieplan meeting (Monday 16 February 2026, 15.30 Amsterdam time) has just begun.
const ACTIEPLAN_BEGUN = '2026-02-16T14:31:00Z';

describe.each(PLATFORMS)('the actieplan meeting’s start, on %s', (platform) => {
  story(platform, 'says to finish week 1 first when its scores are not agreed', async (s) => {
    await startSmallTeam(s, { lang: 'en' });
    s.d.newInChannel();
    await s.timePasses(ACTIEPLAN_BEGUN);
    const fresh = s.d.newInChannel();
    expect(fresh).toContain(s.said('reminder.week1First', { moment: t('en', 'moment.week1') }));
    expect(fresh).toContain(s.button('open_round'));
    expect(fresh).not.toContain(s.button('fill_actieplan'));
  });

  story(platform, 'offers to fill in the actieplan once week 1 is agreed', async (s) => {
    await smallTeamWithWeek1Agreed(s, { lang: 'en' });
    s.d.newInChannel();
    await s.timePasses(ACTIEPLAN_BEGUN);
    const fresh = s.d.newInChannel();
    expect(fresh).toContain(s.button('fill_actieplan'));
    expect(fresh).not.toContain(s.said('reminder.week1First', { moment: t('en', 'moment.week1') }));
  });
});
