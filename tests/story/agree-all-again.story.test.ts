// "Alle voorstellen overnemen" pressed again on an older message (a screen not refreshed yet) after
// all ten scores are agreed. Teams answered with the round-closed message alone ("De stemronde … is
// gesloten") and the next step; Slack with the next step alone. Both now say that everything was
// already agreed, so nothing was taken over, and then what is next; the channel offers the
// button no more.
import { describe } from 'vitest';
import { t } from '../../src/i18n/index.js';
import { PLATFORMS, story } from './story.js';
import { smallTeamWithWeek1Agreed } from './small-team.js';

describe.each(PLATFORMS)('agree all again, on %s', (platform) => {
  story(platform, 'on an older message after all is agreed: told all was agreed already, and the next step', async (s) => {
    const { anna } = await smallTeamWithWeek1Agreed(s);
    s.expectResult({ total: 12, fase: 'opstart' });
    await s.command(anna, 'planning');
    await s.agreeAll(anna, true);
    s.expectAnswered(anna, s.said('round.agreedAlready', { moment: t('nl', 'moment.week1') }), t('nl', 'guide.nextHeading'));
    s.expectChannelHides(t('nl', 'card.button.agreeAll'));
    s.expectResult({ total: 12, fase: 'opstart' });
  });
});
