// Someone on two teams has an action of the same title in each. Pressing Bezig beside one, the
// confirmation says whose it was (school · jongerenwerk, as every DM names a leerlijn), not
// only the title, which both teams share.
import { describe } from 'vitest';
import { PLATFORMS, story } from './story.js';
import { startSmallTeam } from './small-team.js';

describe.each(PLATFORMS)('a status click of someone on two teams, on %s', (platform) => {
  story(platform, 'the confirmation names the leerlijn of the action', async (s) => {
    const { anna, bram } = await startSmallTeam(s);
    await s.addPlanItem(anna, { onderdeel: 'B2', watKanBeter: 'Bekendheid', gewensteEindsituatie: 'Elke klas', actions: [{ description: 'Klassenbezoek plannen', owner: bram, due: '2026-03-06' }] });
    await s.d.startElsewhere(s.outsider(), 'Het Baken', { owner: bram, description: 'Klassenbezoek plannen', due: '2026-03-13' });
    await s.setStatus(bram, 'Klassenbezoek plannen', 'bezig');
    s.expectAnswered(bram, s.said('action.youUpdated', { action: 'Klassenbezoek plannen', status: s.said('action.status.bezig'), leerlijn: 'De Horizon · JoU' }, 'private'));
    s.expectAnswered(bram, 'De Horizon · JoU op ');
  });
});
