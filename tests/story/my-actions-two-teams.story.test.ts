// Someone on two teams (a youth worker at two schools) asks for `mijn-acties`: the list holds
// the open actions of both leerlijnen, so each stands under the name of the leerlijn it is in,
// as every reminder and DM names it. Otherwise two like actions read as one twice.
import { describe, expect } from 'vitest';
import { PLATFORMS, story } from './story.js';
import { startSmallTeam } from './small-team.js';

describe.each(PLATFORMS)('mijn-acties of someone on two teams, on %s', (platform) => {
  story(platform, 'each action stands under the leerlijn it is in, in the private chat and in a channel', async (s) => {
    const { anna, bram } = await startSmallTeam(s);
    await s.addPlanItem(anna, { onderdeel: 'B2', watKanBeter: 'Bekendheid', gewensteEindsituatie: 'Elke klas', actions: [{ description: 'Klassenbezoek De Horizon', owner: bram, due: '2026-03-06' }] });
    await s.d.startElsewhere(s.outsider(), 'Het Baken', { owner: bram, description: 'Klassenbezoek Het Baken', due: '2026-03-13' });
    const grouped = /De Horizon · JoU\n[^]*Klassenbezoek De Horizon[^]*\nHet Baken · JW\n[^]*Klassenbezoek Het Baken/;
    await s.commandPrivately(bram, 'mijn-acties');
    expect(s.d.lastAnswer(bram), `${platform} private chat`).toMatch(grouped);
    await s.command(bram, 'mijn-acties');
    expect(s.d.lastAnswer(bram), `${platform} channel`).toMatch(grouped);
  });
});
