// The coordinator's reminder that a round is still open comes in her private chat, where `sluit`
// cannot be typed: it says in which leerlijn's channel to close it, so a coordinator of two
// teams knows where to go.
import { describe } from 'vitest';
import { t } from '../../src/i18n/index.js';
import { PLATFORMS, story } from './story.js';
import { startSmallTeam } from './small-team.js';

describe.each(PLATFORMS)('the reminder of an open round, on %s', (platform) => {
  story(platform, 'names the channel to close it in', async (s) => {
    const { anna } = await startSmallTeam(s);
    await s.openRound(anna);
    // The signalering (Monday 2 February, 15.30–18.00 Amsterdam time) has ended.
    await s.timePasses('2026-02-02T17:01:00Z');
    s.expectToldPrivately(anna, s.said('reminder.closeRound', { moment: t('nl', 'moment.week1'), leerlijn: 'De Horizon · JoU' }, 'private'));
    s.expectToldPrivately(anna, 'in het kanaal van De Horizon · JoU');
  });
});
