// Someone taken off the team keeps their open actions until the coordinator hands them over, and may still update them.
// Their overview (App Home, a personal chat's `status`) lists those actions as `mijn-acties` does, with the buttons
// to update them; not the actions of others on that team, which they are no longer on.
import { describe } from 'vitest';
import { t } from '../../src/i18n/index.js';
import { PLATFORMS, story } from './story.js';
import { smallTeamWithWeek1Agreed } from './small-team.js';

describe.each(PLATFORMS)('the overview of an owner taken off the team, on %s', (platform) => {
  story(platform, 'lists the open actions they keep, which they can update there', async (s) => {
    const { anna, bram } = await smallTeamWithWeek1Agreed(s);
    await s.addPlanItem(anna, {
      onderdeel: 'P1', watKanBeter: 'We kennen elkaar niet', gewensteEindsituatie: 'Iedereen kent elkaar',
      actions: [
        { description: 'Kennismaken', owner: bram, due: '2026-03-02' },
        { description: 'Rooster delen', owner: anna, due: '2026-03-02' },
      ],
    });
    await s.removeFromTeam(anna, bram);

    await s.commandPrivately(bram, 'mijn-acties');
    s.expectAnswered(bram, 'Kennismaken');
    await s.commandPrivately(bram, 'status');
    s.expectAnswered(bram, t('nl', 'home.heading'), s.said('owners.stillYours', {}, 'private'), 'De Horizon · JoU', 'Kennismaken');
    s.expectNotAnswered(bram, 'Rooster delen');

    // The button in the overview (Teams: a card in the personal chat; Slack: the answer to `status` there), not in his DM.
    const shownTo = { person: bram, in: platform === 'teams' ? 'private' as const : 'answer' as const };
    await s.d.pressShown(bram, { label: t('nl', 'action.button.klaar'), after: s.said('owners.stillYours', {}, 'private'), shownTo }, 'private');
    await s.d.settle();
    await s.commandPrivately(bram, 'mijn-acties');
    s.expectAnswered(bram, t('nl', 'home.noActions'));
    await s.commandPrivately(bram, 'status');
    s.expectNotAnswered(bram, 'Kennismaken', s.said('owners.stillYours', {}, 'private'));
  });
});
