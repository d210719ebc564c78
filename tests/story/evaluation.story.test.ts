// Filling in an evaluation, told once for Slack and Teams: an onderdeel's form starts from what
// is known of that onderdeel (its actions marked klaar, what was saved before), and saving it
// again keeps what the coordinator did not change.
import { describe } from 'vitest';
import { PLATFORMS, story } from './story.js';
import { smallTeamWithWeek1Agreed } from './small-team.js';

describe.each(PLATFORMS)('on %s', (platform) => {
  story(platform, 'each onderdeel is evaluated from its own actions, and a second save keeps the toelichting', async (s) => {
    const { anna, bram, chen } = await smallTeamWithWeek1Agreed(s);
    await s.addPlanItem(anna, {
      onderdeel: 'P1', watKanBeter: 'We kennen elkaar niet', gewensteEindsituatie: 'Iedereen kent elkaar',
      actions: [{ description: 'Kennismaken', owner: bram, due: '2026-03-01' }],
    });
    await s.addPlanItem(anna, {
      onderdeel: 'A2', watKanBeter: 'Geen aanspreekpunt', gewensteEindsituatie: 'Een vast aanspreekpunt',
      actions: [{ description: 'Aanspreekpunt kiezen', owner: chen, due: '2026-03-01' }],
    });
    await s.setStatus(bram, 'Kennismaken', 'klaar');
    await s.setStatus(chen, 'Aanspreekpunt kiezen', 'klaar');
    s.expectNewInChannel();

    await s.evaluate(anna, { moment: 'terugkom', onderdeel: 'A2', bereikt: 2, toelichting: 'Op weg' });
    s.expectNewInChannel('Toelichting: Op weg', 'Welke acties zijn ondernomen? • Aanspreekpunt kiezen');
    await s.evaluate(anna, { moment: 'terugkom', onderdeel: 'P1', bereikt: 3, toelichting: 'Gelukt' });
    s.expectNewInChannel('Toelichting: Gelukt', 'Welke acties zijn ondernomen? • Kennismaken');

    // Only the score changes: the rest stays as saved.
    await s.evaluate(anna, { moment: 'terugkom', onderdeel: 'A2', bereikt: 3 });
    s.expectNewInChannel('Toelichting: Op weg', 'Welke acties zijn ondernomen? • Aanspreekpunt kiezen');
  });
});
