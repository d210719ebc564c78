// Filled in after its meeting: the coordinator writes the actieplan or an Evaluatielijst the day
// after, and the team still gets its PDF in the channel, in the leerlijn's language, once; an
// Evaluatielijst when every onderdeel of it has its score, not half of it. It comes when the
// coordinator has stopped saving for half an hour, so it holds every onderdeel they wrote in a row
// and the correction they made just after, not the first save alone.
import { describe, expect } from 'vitest';
import { onderdeel } from '../../src/domain/instrument.js';
import { pdfText } from '../documents/pdf-text.js';
import { PLATFORMS, story, type ChannelDocument, type Matrix } from './story.js';

const WEEK1: Matrix = {
  P1: [1, 1, 1], P2: [1, 2, 1], A1: [1, 1, 1], A2: [2, 1, 1], A3: [1, 1, 1],
  B1: [1, 1, 3], B2: [1, 1, 1], T1: [3, 2, 1], T2: [1, 1, 2], T3: [2, 2, 2],
};

// The fixture's meetings start at 15:30 Amsterdam time and take three hours: the actieplan on
// 16 February, the terugkom on 30 March, the eindevaluatie on 25 May 2026.
const ACTIEPLAN_ENDED = '2026-02-16T17:31:00Z';
const DAY_AFTER_ACTIEPLAN = '2026-02-17T08:00:00Z';
const FIVE_MINUTES_AFTER_ACTIEPLAN_SAVE = '2026-02-17T08:05:00Z';
const HALF_AN_HOUR_AFTER_LAST_PLAN_SAVE = '2026-02-17T08:36:00Z';
const TERUGKOM_ENDED = '2026-03-30T16:31:00Z';
const DAY_AFTER_TERUGKOM = '2026-03-31T08:00:00Z';
const EINDEVALUATIE_ENDED = '2026-05-25T16:31:00Z';
const DAY_AFTER_EINDEVALUATIE = '2026-05-26T08:00:00Z';

const DUE = { nl: 'zondag 1 maart 2026', en: 'Sunday 1 March 2026' } as const;
const FILE = {
  nl: { plan: /actieplan\.pdf$/, interim: /evaluatie-terugkom\.pdf$/, final: /evaluatie-eind\.pdf$/ },
  en: { plan: /action-plan\.pdf$/, interim: /evaluation-interim\.pdf$/, final: /evaluation-final\.pdf$/ },
} as const;

async function textOf(documents: ChannelDocument[]): Promise<string> {
  return (await pdfText(documents[0]!.bytes)).text;
}

describe.each(PLATFORMS.flatMap((platform) => (['nl', 'en'] as const).map((lang) => [platform, lang] as const)))('on %s, in %s', (platform, lang) => {
  story(platform, 'filled in after its meeting, the actieplan and each Evaluatielijst still come to the channel, once', async (s) => {
    const anna = s.coordinator('anna');
    const team = s.members(3);
    const [, bram] = team as [typeof anna, typeof anna];
    await s.start({ by: anna, school: 'De Horizon', members: team, lang });
    await s.openRound(anna);
    await s.voteMatrix(team, WEEK1);
    await s.close(anna);
    await s.agreeAll(anna);
    await s.expectNewChannelDocuments(/\.pdf$/);

    // The meeting ended with nothing written down: nothing to send then.
    await s.timePasses(ACTIEPLAN_ENDED);
    await s.expectNewChannelDocuments();
    await s.timePasses(DAY_AFTER_ACTIEPLAN);
    await s.addPlanItem(anna, {
      onderdeel: 'A2', watKanBeter: 'Niemand weet wie het aanspreekpunt is', gewensteEindsituatie: 'Een vast aanspreekpunt per leerjaar',
      actions: [{ description: 'Aanspreekpunt kiezen', owner: bram, due: '2026-03-01' }],
    });
    // Five minutes later the coordinator saves the next onderdeel: the team files both.
    await s.timePasses(FIVE_MINUTES_AFTER_ACTIEPLAN_SAVE);
    await s.addPlanItem(anna, {
      onderdeel: 'T1', watKanBeter: 'Te weinig overleg', gewensteEindsituatie: 'Elke maand overleg',
      actions: [{ description: 'Overleg plannen', owner: bram, due: '2026-03-01' }],
    });
    await s.timePasses(HALF_AN_HOUR_AFTER_LAST_PLAN_SAVE);
    const plan = await textOf(await s.expectNewChannelDocuments(FILE[lang].plan));
    for (const shown of [onderdeel('A2').label[lang], 'Aanspreekpunt kiezen', s.name(bram), DUE[lang]]) expect(plan).toContain(shown);
    for (const shown of [onderdeel('T1').label[lang], 'Overleg plannen', 'Elke maand overleg']) expect(plan).toContain(shown);
    // A third onderdeel saved after it came, and the scheduler passing: no second PDF.
    await s.addPlanItem(anna, {
      onderdeel: 'B1', watKanBeter: 'Geen vaste afspraken', gewensteEindsituatie: 'Afspraken op papier',
      actions: [{ description: 'Afspraken opschrijven', owner: bram, due: '2026-03-01' }],
    });
    await s.timePasses('2026-02-17T10:00:00Z');
    await s.expectNewChannelDocuments();

    await s.timePasses(TERUGKOM_ENDED);
    await s.expectNewChannelDocuments();
    await s.timePasses(DAY_AFTER_TERUGKOM);
    await s.evaluate(anna, { moment: 'terugkom', onderdeel: 'A2', bereikt: 2, toelichting: 'Op weg, het aanspreekpunt is gekozen' });
    await s.evaluate(anna, { moment: 'terugkom', onderdeel: 'T1', bereikt: 1, toelichting: 'Nog geen overleg gehad' });
    // Half an Evaluatielijst is not sent, not even after half an hour.
    await s.timePasses('2026-03-31T08:45:00Z');
    await s.expectNewChannelDocuments();
    await s.evaluate(anna, { moment: 'terugkom', onderdeel: 'B1', bereikt: 1, toelichting: 'Nog niets op papier' });
    // Whole now; ten minutes later the coordinator corrects a score: the team gets the corrected list only.
    await s.timePasses('2026-03-31T08:55:00Z');
    await s.evaluate(anna, { moment: 'terugkom', onderdeel: 'T1', bereikt: 2, toelichting: 'Eerste overleg gehad' });
    await s.timePasses('2026-03-31T09:24:00Z');
    await s.expectNewChannelDocuments();
    await s.timePasses('2026-03-31T09:26:00Z');
    const interim = await textOf(await s.expectNewChannelDocuments(FILE[lang].interim));
    expect(interim).toContain('Op weg, het aanspreekpunt is gekozen');
    expect(interim).toContain('Eerste overleg gehad');
    expect(interim).not.toContain('Nog geen overleg gehad');

    await s.timePasses(EINDEVALUATIE_ENDED);
    await s.timePasses(DAY_AFTER_EINDEVALUATIE);
    await s.evaluate(anna, { moment: 'eind', onderdeel: 'A2', bereikt: 3, toelichting: 'Gelukt, iedereen kent het aanspreekpunt' });
    await s.evaluate(anna, { moment: 'eind', onderdeel: 'T1', bereikt: 2, toelichting: 'Overleg loopt' });
    await s.evaluate(anna, { moment: 'eind', onderdeel: 'B1', bereikt: 3, toelichting: 'Afspraken staan op papier' });
    await s.timePasses('2026-05-26T08:31:00Z');
    expect(await textOf(await s.expectNewChannelDocuments(FILE[lang].final))).toContain('Gelukt, iedereen kent het aanspreekpunt');
    // Changed again afterwards: still once.
    await s.evaluate(anna, { moment: 'eind', onderdeel: 'T1', bereikt: 3, toelichting: 'Overleg loopt goed' });
    await s.timePasses('2026-05-26T10:00:00Z');
    await s.expectNewChannelDocuments();
  }, 300_000);
});
