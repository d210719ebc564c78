// A youth worker with open actions leaves; the coordinator hands them over. The new owner's
// message says the coordinator handed them over (they did not plan them themselves), not only
// "you have actions" as for actions they were given at the meeting.
import { describe } from 'vitest';
import { t } from '../../src/i18n/index.js';
import { PLATFORMS, story } from './story.js';
import { smallTeamWithWeek1Agreed } from './small-team.js';

describe.each(PLATFORMS)('actions handed over, on %s', (platform) => {
  story(platform, 'the new owner reads who handed them over', async (s) => {
    const { anna, bram, chen } = await smallTeamWithWeek1Agreed(s);
    await s.addPlanItem(anna, {
      onderdeel: 'P1', watKanBeter: 'We kennen elkaar niet', gewensteEindsituatie: 'Iedereen kent elkaar',
      actions: [
        { description: 'Kennismaken', owner: bram, due: '2026-03-02' },
        { description: 'Rooster delen', owner: bram, due: '2026-03-09' },
      ],
    });
    await s.removeFromTeam(anna, bram);
    await s.d.commandNaming(anna, 'acties overdragen', [chen]);
    await s.d.settle();
    s.expectToldPrivately(chen, `${s.name(anna)} heeft deze acties van iemand anders aan jou overgedragen`, 'Kennismaken', 'Rooster delen');
  });

  story(platform, 'a coordinator who takes them over herself is not told she handed them to herself', async (s) => {
    const { anna, bram } = await smallTeamWithWeek1Agreed(s);
    await s.addPlanItem(anna, {
      onderdeel: 'P1', watKanBeter: 'We kennen elkaar niet', gewensteEindsituatie: 'Iedereen kent elkaar',
      actions: [{ description: 'Kennismaken', owner: bram, due: '2026-03-02' }],
    });
    await s.removeFromTeam(anna, bram);
    await s.d.commandNaming(anna, 'acties overdragen', [anna]);
    await s.d.settle();
    s.expectToldPrivately(anna, 'Kennismaken');
    s.expectNotToldPrivately(anna, `${s.name(anna)} heeft deze acties van iemand anders aan jou overgedragen`);
  });
  story(platform, 'the old owner who presses a status button on the reminder they had hears whose action it is now', async (s) => {
    const { anna, bram, chen } = await smallTeamWithWeek1Agreed(s);
    await s.addPlanItem(anna, {
      onderdeel: 'P1', watKanBeter: 'We kennen elkaar niet', gewensteEindsituatie: 'Iedereen kent elkaar',
      actions: [{ description: 'Kennismaken', owner: bram, due: '2026-03-02' }],
    });
    // The due-day reminder in bram's private chat, with its klaar / bezig / loopt vast.
    await s.timePasses('2026-03-02T08:30:00Z');
    s.expectToldPrivately(bram, 'Kennismaken');
    await s.d.commandNaming(anna, 'acties overdragen', [bram, chen]);
    await s.d.settle();
    await s.setStatus(bram, 'Kennismaken', 'klaar');
    s.expectAnswered(bram, t('nl', 'error.not_owner'), t('nl', 'refusal.ownerIs', { owner: s.name(chen) }));
  });
});
