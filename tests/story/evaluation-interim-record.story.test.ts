// The interim Evaluatielijst (terugkombijeenkomst, week 9) is the record of that meeting: looked at
// after the eindevaluatie, it does not list the actions the eindevaluatie made ("welke acties zijn
// nog nodig" of week 17), while the final list does; and each action in it is as it stood when
// the terugkom saved it (its status then, no action planned since).
import { unzipSync } from 'fflate';
import { describe, expect } from 'vitest';
import { t } from '../../src/i18n/index.js';
import { pdfText } from '../documents/pdf-text.js';
import { PLATFORMS, story, type Person, type Story } from './story.js';
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

/** The interim Evaluatielijst PDF in the coordinator's export, as text. */
async function interimPdfInExport(s: Story, by: Person): Promise<string> {
  await s.command(by, 'export');
  const file = await s.d.privateFile(by);
  const [, bytes] = Object.entries(unzipSync(new Uint8Array(file!.bytes))).find(([name]) => name.endsWith('evaluatie-terugkom.pdf'))!;
  return (await pdfText(Buffer.from(bytes))).text;
}

// At the terugkom (30 March) the action is not done yet; it is done, and another is planned, before the eindevaluatie.
describe.each(PLATFORMS)('the interim Evaluatielijst after later changes to the actions, on %s', (platform) => {
  story(platform, 'shows each action as it stood when the terugkom saved it: one done since is still needed, one planned since is not in it', async (s) => {
    const { anna, bram, chen } = await smallTeamWithWeek1Agreed(s);
    await s.addPlanItem(anna, {
      onderdeel: 'A2', watKanBeter: 'Geen aanspreekpunt', gewensteEindsituatie: 'Een vast aanspreekpunt',
      actions: [{ description: 'Aanspreekpunt kiezen', owner: bram, due: '2026-04-15' }],
    });
    await s.timePasses('2026-03-30T15:00:00Z');
    await s.evaluate(anna, { moment: 'terugkom', onderdeel: 'A2', bereikt: 2, toelichting: 'Op weg' });
    await s.timePasses('2026-04-08T09:00:00Z');
    await s.setStatus(bram, 'Aanspreekpunt kiezen', 'klaar');
    await s.addPlanItem(anna, {
      onderdeel: 'A2', watKanBeter: 'Geen aanspreekpunt', gewensteEindsituatie: 'Een vast aanspreekpunt',
      actions: [{ description: 'Aanspreekpunt op de site zetten', owner: chen, due: '2026-05-01' }],
    });
    await s.command(anna, 'scores eind nu');
    await s.evaluate(anna, { moment: 'eind', onderdeel: 'A2', bereikt: 3, toelichting: 'Gelukt' });

    await s.command(anna, 'evaluatie terugkom');
    s.expectAnswered(anna, 'Toelichting: Op weg', t('nl', 'evaluation.notDone'), 'Aanspreekpunt kiezen', t('nl', 'action.status.open'));
    s.expectNotAnswered(anna, 'Aanspreekpunt op de site zetten');
    await s.command(anna, 'evaluatie eind');
    s.expectAnswered(anna, 'Toelichting: Gelukt', 'Aanspreekpunt op de site zetten');

    const interim = await interimPdfInExport(s, anna);
    expect(interim).toContain('Aanspreekpunt kiezen');
    expect(interim).not.toContain(t('nl', 'documents.pdf.doneActions'));
    expect(interim).not.toContain('Aanspreekpunt op de site zetten');
  });
});
