// Three weeks after the actieplan meeting the coordinator is asked whether the plan gets going:
// "ask the action owners how it is going". With no actions at all there are no owners to ask, and
// with every action done there is nothing to chase: each says so instead, and still offers to bring
// the terugkombijeenkomst forward. With an action still open, the question stays as it was.
import { describe } from 'vitest';
import { PLATFORMS, story } from './story.js';
import { smallTeamWithWeek1Agreed } from './small-team.js';

// The actieplan meeting is on Monday 16 February; three weeks on, Monday 9 March 09:00 Amsterdam time.
const PLAN_GOING = '2026-03-09T08:01:00Z';
const ITEM = { onderdeel: 'P1', watKanBeter: 'We kennen elkaar niet', gewensteEindsituatie: 'Iedereen kent elkaar' } as const;

describe.each(PLATFORMS)('is the actieplan getting going, on %s', (platform) => {
  story(platform, 'with no actions, the coordinator hears the plan has none yet, not to ask their owners', async (s) => {
    const { anna } = await smallTeamWithWeek1Agreed(s);
    await s.timePasses(PLAN_GOING);
    s.expectToldPrivately(anna, s.said('reminder.planGoingNoActions', {}, 'private'));
    s.expectNotToldPrivately(anna, s.said('reminder.planGoing', {}, 'private'));
  });

  story(platform, 'with every action done, the coordinator hears they are all done', async (s) => {
    const { anna, bram } = await smallTeamWithWeek1Agreed(s);
    await s.addPlanItem(anna, { ...ITEM, actions: [{ description: 'Kennismaken', owner: bram, due: '2026-03-04' }] });
    await s.setStatus(bram, 'Kennismaken', 'klaar');
    await s.timePasses(PLAN_GOING);
    s.expectToldPrivately(anna, s.said('reminder.planGoingAllDone', {}, 'private'));
    s.expectNotToldPrivately(anna, s.said('reminder.planGoing', {}, 'private'));
  });

  story(platform, 'with an action still open, the coordinator is asked to ask its owner', async (s) => {
    const { anna, bram } = await smallTeamWithWeek1Agreed(s);
    await s.addPlanItem(anna, { ...ITEM, actions: [{ description: 'Kennismaken', owner: bram, due: '2026-03-04' }] });
    await s.timePasses(PLAN_GOING);
    s.expectToldPrivately(anna, s.said('reminder.planGoing', {}, 'private'));
  });
});
