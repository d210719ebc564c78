// During a meeting, "wat nu" is the meeting's for most of the team, but a member whose own action
// is overdue or due within days is pointed to it (as the reminder before the due date does), not
// told there is nothing to do.
import { describe } from 'vitest';
import { PLATFORMS, story } from './story.js';
import { smallTeamWithWeek1Agreed } from './small-team.js';
import { ACTIEPLAN } from './walk-timeline.js';

describe.each(PLATFORMS)('"wat nu" during a meeting, on %s', (platform) => {
  story(platform, 'a member with an action due soon is pointed to it; one without hears the meeting is on', async (s) => {
    const { anna, bram, chen } = await smallTeamWithWeek1Agreed(s);
    await s.addPlanItem(anna, {
      onderdeel: 'P1', watKanBeter: 'We kennen elkaar niet', gewensteEindsituatie: 'Iedereen kent elkaar',
      // Two days after the actieplan meeting (Monday 16 February).
      actions: [{ description: 'Kennismaken', owner: bram, due: '2026-02-18' }],
    });
    await s.timePasses(ACTIEPLAN);

    await s.command(bram, 'wat nu');
    s.expectNotAnswered(bram, 'Je hoeft nu niets te doen');
    s.expectAnswered(bram, 'Laat weten hoe het gaat met je acties: 1 actie nog niet klaar', 'Mijn acties');
    await s.command(chen, 'wat nu');
    s.expectAnswered(chen, 'Je hoeft nu niets te doen: de coördinator rondt stap 2');
  });
});
