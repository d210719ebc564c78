// After a leerlijn was stopped, someone presses Bezig in an older DM, or votes on a card still on
// their screen: the refusal names the leerlijn that stopped, so someone on two teams knows which.
import { describe } from 'vitest';
import { PLATFORMS, story } from './story.js';
import { startSmallTeam } from './small-team.js';

describe.each(PLATFORMS)('a click on a stopped leerlijn, on %s', (platform) => {
  story(platform, 'the refusal names the leerlijn', async (s) => {
    const { anna, bram } = await startSmallTeam(s);
    await s.openRound(anna);
    await s.vote(bram, 'P1', 3);
    await s.addPlanItem(anna, { onderdeel: 'B2', watKanBeter: 'Bekendheid', gewensteEindsituatie: 'Elke klas', actions: [{ description: 'Klassenbezoek plannen', owner: bram, due: '2026-03-06' }] });
    await s.command(anna, 'stop');
    await s.d.submitShown(anna, anna, 'stop', 'channel');
    await s.d.settle();

    const refusal = s.said('error.leerlijn_not_active', { leerlijn: 'De Horizon · JoU' }, 'private');
    await s.setStatus(bram, 'Klassenbezoek plannen', 'bezig');
    s.expectAnswered(bram, refusal, 'De Horizon · JoU');
    await s.voteOnStaleCard(bram, 'P1', 1);
    s.expectAnswered(bram, 'De Horizon · JoU');
  });
});
