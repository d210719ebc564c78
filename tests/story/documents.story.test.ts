// What a team keeps and looks at, in its own language on both platforms: the agreed result comes
// with its chart, and the Actieplan and the Evaluatielijsten arrive as PDFs in the channel when
// their meeting ends, once, however often the scheduler passes after.
import { PNG } from 'pngjs';
import { describe, expect } from 'vitest';
import { onderdeel } from '../../src/domain/instrument.js';
import { pdfText } from '../documents/pdf-text.js';
import { PLATFORMS, story, type ChannelDocument, type Matrix, type Story } from './story.js';

// Three voters: anna, bram, chen. Proposals (medians) in the instrument's order: 12, Opstartfase.
const WEEK1: Matrix = {
  P1: [1, 1, 1], P2: [1, 2, 1], A1: [1, 1, 1], A2: [2, 1, 1], A3: [1, 1, 1],
  B1: [1, 1, 3], B2: [1, 1, 1], T1: [3, 2, 1], T2: [1, 1, 2], T3: [2, 2, 2],
};
const AGREED = [1, 1, 1, 1, 1, 1, 1, 2, 1, 2];

// The fixture's meetings start at 15:30 Amsterdam time and take three hours: the actieplan on
// 16 February, the terugkom on 30 March, the eindevaluatie on 25 May 2026.
const ACTIEPLAN_STARTED = '2026-02-16T14:31:00Z';
const ACTIEPLAN_ENDED = '2026-02-16T17:31:00Z';
const TERUGKOM_ENDED = '2026-03-30T16:31:00Z';
const EINDEVALUATIE_ENDED = '2026-05-25T16:31:00Z';

/** Written out as each language spells the action's due date, Sunday 1 March 2026. */
const DUE = { nl: 'zondag 1 maart 2026', en: 'Sunday 1 March 2026' } as const;
/** The fase of the agreed total, in each language. */
const FASE = { nl: 'Opstartfase', en: 'Start-up phase' } as const;
/** How each PDF's file name ends, in the leerlijn's language (as the export names it). */
const FILE = {
  nl: { instrument: /signalering-week-1\.pdf$/, plan: /actieplan\.pdf$/, interim: /evaluatie-terugkom\.pdf$/, final: /evaluatie-eind\.pdf$/ },
  en: { instrument: /assessment-week-1\.pdf$/, plan: /action-plan\.pdf$/, interim: /evaluation-interim\.pdf$/, final: /evaluation-final\.pdf$/ },
} as const;

async function textOf(documents: ChannelDocument[]): Promise<string> {
  return (await pdfText(documents[0]!.bytes)).text;
}

/**
 * The result's chart, saying its numbers in the leerlijn's language: once, in the outcome posted at the bottom of the
 * channel (the round's head only says the round is agreed).
 */
function expectResultChart(s: Story, lang: 'nl' | 'en'): void {
  const charts = s.channelCharts();
  expect(charts, `${s.platform} charts`).toHaveLength(1);
  const chart = charts.at(-1)!;
  const other = lang === 'nl' ? 'en' : 'nl';
  expect(chart.alt).toContain(onderdeel('T3').label[lang]);
  expect(chart.alt).not.toContain(onderdeel('T3').label[other]);
  expect(chart.alt).toContain('12');
  if (s.platform === 'slack') {
    // A picture that opens, large enough to read and not a banner.
    const png = PNG.sync.read(chart.png!);
    expect(png.width).toBeGreaterThanOrEqual(600);
    expect(png.width).toBeLessThanOrEqual(2400);
    expect(png.height / png.width).toBeGreaterThan(0.3);
    expect(png.height / png.width).toBeLessThan(1.5);
  } else {
    expect(chart.series).toEqual([AGREED]);
  }
}

describe.each(PLATFORMS.flatMap((platform) => (['nl', 'en'] as const).map((lang) => [platform, lang] as const)))('on %s, in %s', (platform, lang) => {
  story(platform, 'the result comes with its chart; the actieplan and each Evaluatielijst arrive as a PDF when their meeting ends, once', async (s) => {
    const anna = s.coordinator('anna');
    const team = s.members(3);
    const [, bram] = team as [typeof anna, typeof anna];
    await s.start({ by: anna, school: 'De Horizon', members: team, lang });
    await s.openRound(anna);
    await s.voteMatrix(team, WEEK1);
    await s.close(anna);
    await s.agreeAll(anna);
    expectResultChart(s, lang);
    expect(await textOf(await s.expectNewChannelDocuments(FILE[lang].instrument))).toContain(FASE[lang]);

    await s.addPlanItem(anna, {
      onderdeel: 'A2', watKanBeter: 'Niemand weet wie het aanspreekpunt is', gewensteEindsituatie: 'Een vast aanspreekpunt per leerjaar',
      actions: [{ description: 'Aanspreekpunt kiezen', owner: bram, due: '2026-03-01' }],
    });
    // Filled in before the meeting: nothing is sent until the meeting has ended.
    await s.timePasses(ACTIEPLAN_STARTED);
    await s.expectNewChannelDocuments();
    await s.timePasses(ACTIEPLAN_ENDED);
    const plan = await textOf(await s.expectNewChannelDocuments(FILE[lang].plan));
    for (const shown of [onderdeel('A2').label[lang], 'Niemand weet wie het aanspreekpunt is', 'Een vast aanspreekpunt per leerjaar', 'Aanspreekpunt kiezen', s.name(bram), DUE[lang]]) {
      expect(plan).toContain(shown);
    }
    // The next scheduler pass has nothing more to post.
    await s.timePasses('2026-02-16T17:32:00Z');
    await s.expectNewChannelDocuments();

    await s.evaluate(anna, { moment: 'terugkom', onderdeel: 'A2', bereikt: 2, toelichting: 'Op weg, het aanspreekpunt is gekozen' });
    await s.timePasses(TERUGKOM_ENDED);
    const interim = await textOf(await s.expectNewChannelDocuments(FILE[lang].interim));
    expect(interim).toContain('Op weg, het aanspreekpunt is gekozen');
    expect(interim).toContain(onderdeel('A2').label[lang]);

    // Before the eindevaluatie's week: the week-17 round confirmed first, so the list comes without its warning.
    await s.command(anna, 'scores eind nu');
    await s.evaluate(anna, { moment: 'eind', onderdeel: 'A2', bereikt: 3, toelichting: 'Gelukt, iedereen kent het aanspreekpunt' });
    await s.timePasses(EINDEVALUATIE_ENDED);
    expect(await textOf(await s.expectNewChannelDocuments(FILE[lang].final))).toContain('Gelukt, iedereen kent het aanspreekpunt');
    await s.timePasses('2026-05-25T16:32:00Z');
    await s.expectNewChannelDocuments();
  }, 300_000);
});
