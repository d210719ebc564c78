// The interim Evaluatielijst (terugkombijeenkomst, week 9) is the record of that meeting: looked at
// after the eindevaluatie, it does not list the actions the eindevaluatie made ("welke acties zijn
// nog nodig" of week 17), while the final list does.
import { describe } from 'vitest';
import { PLATFORMS, story } from './story.js';
import { smallTeamWithWeek1Agreed } from './small-team.js';

describe.each(PLATFORMS)('the interim Evaluatielijst after the eindevaluatie, on %s', (platform) => {
  story(platform, 'lists what the terugkom saw and made, not the actions made at the eindevaluatie', async (s) => {
    const { anna, bram, chen } = await smallTeamWithWeek1Agreed(s);
    await s.addPlanItem(anna, {
      onderdeel: 'A2', watKanBeter: 'Geen aanspreekpunt', gewensteEindsituatie: 'Een vast aanspreekpunt',
      actions: [{ description: 'Aanspreekpunt kiezen', owner: bram, due: '2026-03-01' }],
    });
    await s.evaluate(anna, {
      moment: 'terugkom', onderdeel: 'A2', bereikt: 2, toelichting: 'Op weg',
      newActions: [{ description: 'Aanspreekpunt op de site zetten', owner: chen, due: '2026-04-01' }],
    });
    await s.command(anna, 'scores eind nu');
    await s.evaluate(anna, {
      moment: 'eind', onderdeel: 'A2', bereikt: 3, toelichting: 'Gelukt',
      newActions: [{ description: 'Aanspreekpunt voorstellen in de klassen', owner: chen, due: '2026-09-01' }],
    });

    await s.command(anna, 'evaluatie terugkom');
    s.expectAnswered(anna, 'Toelichting: Op weg', 'Aanspreekpunt kiezen', 'Aanspreekpunt op de site zetten');
    s.expectNotAnswered(anna, 'Aanspreekpunt voorstellen in de klassen');

    await s.command(anna, 'evaluatie eind');
    s.expectAnswered(anna, 'Toelichting: Gelukt', 'Aanspreekpunt op de site zetten', 'Aanspreekpunt voorstellen in de klassen');
  });
});
