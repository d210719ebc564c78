// Someone taken off the team with an open action heard it stays in their name and that reminders
// stop. Added to the team again, they hear that it is still theirs and that its reminders come
// again: not only "you can get actions", which reads as if they had none, before one arrives.
import { describe } from 'vitest';
import { t } from '../../src/i18n/index.js';
import { PLATFORMS, story } from './story.js';
import { smallTeamWithWeek1Agreed } from './small-team.js';

describe.each(PLATFORMS)('an owner added to the team again, on %s', (platform) => {
  story(platform, 'hears their open action is still theirs and its reminders come again, and they do', async (s) => {
    const { anna, bram } = await smallTeamWithWeek1Agreed(s);
    await s.addPlanItem(anna, {
      onderdeel: 'P1', watKanBeter: 'We kennen elkaar niet', gewensteEindsituatie: 'Iedereen kent elkaar',
      actions: [{ description: 'Kennismaken', owner: bram, due: '2026-03-04' }],
    });
    await s.removeFromTeam(anna, bram);
    s.expectToldPrivately(bram, t('nl', 'teamNews.actionStays'));
    await s.d.commandNaming(anna, 'team add', [bram]);
    await s.d.settle();
    s.expectToldPrivately(bram, t('nl', 'teamNews.actionBack'));
    // Friday 27 February, 09:00 Amsterdam time: three working days before the due date.
    await s.timePasses('2026-02-27T08:00:00Z');
    s.expectToldPrivately(bram, 'Je actie moet klaar zijn op wo 4 mrt 2026: “Kennismaken”');
  });
});
