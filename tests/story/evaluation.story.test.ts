// Filling in an evaluation, told once for Slack and Teams: an onderdeel's form starts from what
// is known of that onderdeel (its actions marked klaar, what was saved before), and saving it
// again keeps what the coordinator did not change.
import { describe, expect } from 'vitest';
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

describe.each(PLATFORMS)('an action not done yet, on %s', (platform) => {
  story(platform, 'is listed apart from the actions taken, under its own label', async (s) => {
    const { anna, bram, chen } = await smallTeamWithWeek1Agreed(s);
    await s.addPlanItem(anna, {
      onderdeel: 'P1', watKanBeter: 'We kennen elkaar niet', gewensteEindsituatie: 'Iedereen kent elkaar',
      actions: [{ description: 'Kennismaken', owner: bram, due: '2026-03-01' }, { description: 'Rooster delen', owner: chen, due: '2026-03-01' }],
    });
    await s.setStatus(bram, 'Kennismaken', 'klaar');
    s.d.newInChannel();
    await s.evaluate(anna, { moment: 'terugkom', onderdeel: 'P1', bereikt: 2, toelichting: 'Half' });
    // 'Rooster delen' is not done: it must not read as one more line of 'Welke acties zijn ondernomen?'.
    // (Teams posts the list to fill in first: the saved onderdeel is read from its line on.)
    const posted = s.d.newInChannel();
    const saved = posted.slice(Math.max(0, posted.indexOf('Welke acties zijn ondernomen? • Kennismaken')));
    const notDone = saved.indexOf('Nog niet klaar:');
    expect([saved.startsWith('Welke acties'), notDone > 0, saved.indexOf('Rooster delen') > notDone], `${platform}: ${saved.slice(0, 400)}`).toEqual([true, true, true]);
  });
});
