// The comparison as the team reads it, in the channel, in its PDF and in the chart's alt text:
// a total, an element or an onderdeel that stayed the same says so instead of "from 20 to 20",
// and a fase that stayed the same is "still" that fase, in Dutch and in English.
import { describe, expect, it } from 'vitest';
import type { ComparisonView } from '../../src/app/views.js';
import { compareInstruments, type FullScores } from '../../src/domain/compare.js';
import { ELEMENTS, ONDERDEEL_CODES, ONDERDELEN, type Lang, type OnderdeelCode, type Score } from '../../src/domain/instrument.js';
import { comparisonChartAlt, comparisonChartSvg } from '../../src/documents/charts/index.js';
import { comparisonPdf } from '../../src/documents/pdf/index.js';
import { t } from '../../src/i18n/index.js';
import { otherVotersText } from '../../src/i18n/compare-text.js';
import type { Block } from '../../src/views/doc.js';
import type { Markup } from '../../src/views/markup.js';
import { comparisonDoc } from '../../src/views/results.js';
import { pdfText } from './pdf-text.js';
import { svgText } from './png-compare.js';

function scores(values: Partial<Record<OnderdeelCode, Score>>, fill: Score): FullScores {
  return Object.fromEntries(ONDERDEEL_CODES.map((c) => [c, values[c] ?? fill])) as FullScores;
}

const plain: Markup = {
  t, commands: (v) => v, bold: (v) => v, italic: (v) => v, user: (v) => v, person: (_lang, id) => id, icon: () => '', link: (label) => label,
};

function blockTexts(blocks: readonly Block[]): string[] {
  return blocks.flatMap((b): string[] => {
    if (b.type === 'group') return blockTexts(b.blocks);
    if (b.type === 'facts') return b.facts.map(([title, value]) => `${title}: ${value}`);
    return 'text' in b && typeof b.text === 'string' ? b.text.split('\n') : [];
  });
}

/** The post's lines, the PDF's text and the alt text of one comparison. */
async function allWays(lang: Lang, before: FullScores, after: FullScores, kind: 'bestaand' | 'nieuw' = 'bestaand'): Promise<{ post: string[]; pdf: string; alt: string }> {
  const view: ComparisonView = { leerlijnId: 'l1', channelId: 'C1', lang, comparison: compareInstruments(kind, before, after) };
  const post = blockTexts(comparisonDoc(plain, view).blocks);
  const pdf = (await pdfText(await comparisonPdf({ schoolName: 'De Horizon', youthOrgName: 'JoU', kind, lang }, view))).text;
  return { post, pdf, alt: comparisonChartAlt(view, lang) };
}

const label = (code: OnderdeelCode, lang: Lang): string => ONDERDELEN.find((o) => o.code === code)!.label[lang];
/** The one line of the post that names `name`. */
function lineOf(post: readonly string[], name: string): string {
  const lines = post.filter((l) => l.includes(name));
  expect(lines).toHaveLength(1);
  return lines[0]!;
}
const partnership = (lang: Lang): string => ELEMENTS.find((e) => e.code === 'P')!.label[lang];

const WORDS = {
  nl: {
    sameTotal: 'Totaal: 20 van 30, gelijk gebleven', stillFase: 'Fase: nog steeds Opbouwfase', sameScore: '2, gelijk gebleven', up: 'van 2 naar 3 (1 punt hoger)',
    sameElement: ': 4 van 6, gelijk gebleven', upTotal: 'Totaal: van 10 naar 20 van de 30 punten (10 punten hoger)', newFase: 'Fase: van Opstartfase naar Opbouwfase', downTotal: 'Totaal: van 20 naar 19 van de 30 punten (1 punt lager)',
    fromXtoX: /van (\S+) naar \1(?!\S)/,
    wantedTotal: 'Totaal: 20 van de gewenste 27', wantedFase: 'Fase: Opbouwfase (gewenst: Doorontwikkelfase)',
    reachedTotal: 'Totaal: 27, de gewenste 25 bereikt', reachedFase: 'Fase: Doorontwikkelfase, de gewenste fase', lower: /lager/,
    wantedScore: '2 (gewenst: 3)', wantedElement: ': 6 van 9 (gewenst: 9)',
    upElement: ': van 2 naar 6 van de 6 punten (4 punten hoger)',
  },
  en: {
    sameTotal: 'Total: 20 of 30, unchanged', stillFase: 'Phase: still Build-up phase', sameScore: '2, unchanged', up: 'from 2 to 3 (1 point higher)',
    sameElement: ': 4 of 6, unchanged', upTotal: 'Total: from 10 to 20 of 30 points (10 points higher)', newFase: 'Phase: from Start-up phase to Build-up phase', downTotal: 'Total: from 20 to 19 of 30 points (1 point lower)',
    fromXtoX: /from (\S+) to \1(?!\S)/,
    wantedTotal: 'Total: 20 of the 27 you wanted', wantedFase: 'Phase: Build-up phase (wanted: Further development phase)',
    reachedTotal: 'Total: 27, reaching the 25 you wanted', reachedFase: 'Phase: Further development phase, the phase you wanted', lower: /lower/,
    wantedScore: '2 (wanted: 3)', wantedElement: ': 6 of 9 (wanted: 9)',
    upElement: ': from 2 to 6 of 6 points (4 points higher)',
  },
} as const;

describe.each(['nl', 'en'] as const)('the comparison in %s', (lang) => {
  const w = WORDS[lang];

  it('says what stayed the same: the total, the fase, an element and an onderdeel, never "from X to X"', async () => {
    // P1 up, P2 down: Partnerschap and the total stay at 4 and 20, the fase at Opbouwfase.
    const { post, pdf, alt } = await allWays(lang, scores({}, 2), scores({ P1: 3, P2: 1 }, 2));
    for (const line of [w.sameTotal, w.stillFase]) {
      expect(post).toContain(line);
      expect(pdf).toContain(line);
    }
    expect(lineOf(post, label('A1', lang)).endsWith(`: ${w.sameScore}`)).toBe(true);
    expect(lineOf(post, label('P1', lang)).endsWith(`: ${w.up}`)).toBe(true);
    expect(lineOf(post, partnership(lang))).toBe(`${partnership(lang)}${w.sameElement}`);
    expect(pdf).toContain(`${partnership(lang)}${w.sameElement}`);
    for (const said of [...post, pdf, alt]) expect(said).not.toMatch(w.fromXtoX);
    expect(alt).toContain(w.sameTotal);
    expect(alt).toContain(w.stillFase);
  });

  // Found walking the leerlijn: 'Partnerschap: 2 → 6 van 6 (4 punten hoger)' above its onderdelen's 'van 1 naar 3 (2 punten hoger)'.
  it('says every change in one style, "from … to …": an element as its onderdelen and the total', async () => {
    const { post, pdf, alt } = await allWays(lang, scores({}, 1), scores({ P1: 3, P2: 3 }, 1));
    expect(lineOf(post, partnership(lang))).toBe(`${partnership(lang)}${w.upElement}`);
    expect(pdf).toContain(`${partnership(lang)}${w.upElement}`);
    for (const said of [...post, pdf, alt]) expect(said).not.toContain('→');
  });

  it('says how much the total rose and into which fase', async () => {
    const { post, pdf, alt } = await allWays(lang, scores({}, 1), scores({}, 2));
    for (const line of [w.upTotal, w.newFase]) {
      expect(post).toContain(line);
      expect(pdf).toContain(line);
      expect(alt).toContain(line);
    }
  });

  it('says how much the total fell, within the same fase', async () => {
    const { post, pdf, alt } = await allWays(lang, scores({}, 2), scores({ A1: 1 }, 2));
    for (const line of [w.downTotal, w.stillFase]) {
      expect(post).toContain(line);
      expect(pdf).toContain(line);
      expect(alt).toContain(line);
    }
  });

  // A new collaboration described in week 1 the collaboration it wanted: week 17 is how far the team got, not a decline.
  it('for a new collaboration, sets week 17 beside the wish instead of calling it lower', async () => {
    const wish = scores({ A1: 3, A2: 3, A3: 3, B1: 3, B2: 3, T1: 3, T2: 3 }, 2);
    const { post, pdf, alt } = await allWays(lang, wish, scores({}, 2), 'nieuw');
    for (const line of [w.wantedTotal, w.wantedFase]) {
      expect(post).toContain(line);
      expect(pdf).toContain(line);
      expect(alt).toContain(line);
    }
    expect(post.filter((l) => l.includes(w.wantedTotal.split(':')[0]!)).join()).not.toMatch(w.lower);
  });

  // The same for each element and onderdeel: below the wish is not "lower" there either.
  it('for a new collaboration, sets each element and onderdeel beside its wish, never "lower"', async () => {
    const wish = scores({ A1: 3, A2: 3, A3: 3, B1: 3, B2: 3, T1: 3, T2: 3 }, 2);
    const { post, pdf, alt } = await allWays(lang, wish, scores({}, 2), 'nieuw');
    for (const said of [...post, pdf, alt]) expect(said).not.toMatch(w.lower);
    expect(lineOf(post, label('A1', lang))).toContain(`: ${w.wantedScore}`);
    expect(pdf).toContain(w.wantedElement);
  });

  // Week 1 of a new collaboration is the wish, not a starting point: "−1" or "+1" beside it reads as a fall or a rise.
  it('for a new collaboration, the PDF table and the chart mark each onderdeel reached or not, with no signed difference', async () => {
    const wish = scores({ A1: 3, A2: 3, B1: 1 }, 2);
    const after = scores({ A1: 2, B1: 3 }, 2);
    const view: ComparisonView = { leerlijnId: 'l1', channelId: 'C1', lang, comparison: compareInstruments('nieuw', wish, after) };
    const pdf = (await pdfText(await comparisonPdf({ schoolName: 'De Horizon', youthOrgName: 'JoU', kind: 'nieuw', lang }, view))).text;
    const chart = svgText(await comparisonChartSvg(view, lang));
    for (const said of [pdf, chart]) {
      expect(said).not.toMatch(/[−+]\d/);
      expect(said).toContain(t(lang, 'compare.reachedMark'));
      expect(said).toContain(t(lang, 'compare.notReachedMark'));
    }
    // The table's headers, set in capitals: the wish, week 17 and whether it was reached, no difference column.
    const headers = ['documents.chart.desired', 'documents.chart.reached', 'documents.pdf.col.reached'] as const;
    expect(pdf.toLowerCase()).toContain(`${headers.map((k) => t(lang, k).toLowerCase()).join(' ')} `);
  });

  // Nothing "stayed the same" beside a wish: an element or onderdeel at its wish is set beside it too.
  it('for a new collaboration, an element or onderdeel that met its wish is not "unchanged"', async () => {
    const { post, pdf, alt } = await allWays(lang, scores({ A1: 3 }, 2), scores({}, 2), 'nieuw');
    for (const said of [...post, pdf, alt]) expect(said).not.toContain(t(lang, 'compare.same'));
    expect(lineOf(post, label('P1', lang))).toContain(`: ${t(lang, 'compare.wantedAt', { before: 2, after: 2 })}`);
    expect(pdf).toContain(t(lang, 'compare.elementWanted', { element: partnership(lang), before: 4, after: 4, max: 6 }));
  });

  // 8 of 10 onderdelen reached, and 19 of the 21 wished points: the PDF must not set 90% beside "8 of 10".
  it('for a new collaboration, the PDF says how many onderdelen reached their wish as the post does', async () => {
    const { post, pdf } = await allWays(lang, scores({ A1: 3, A2: 3, B1: 1 }, 2), scores({ A1: 2, B1: 3 }, 2), 'nieuw');
    const reached = post.filter((l) => l.includes(' 8 ') && l.includes(' 10 '));
    expect(reached).toHaveLength(1);
    expect(reached[0]).toContain('(80%)');
    expect(pdf).toContain(reached[0]);
  });

  it('for a new collaboration, says the wished total and fase were reached', async () => {
    const { post, pdf } = await allWays(lang, scores({ A1: 3, A2: 3, A3: 3, B1: 3, B2: 3 }, 2), scores({ A1: 3, A2: 3, A3: 3, B1: 3, B2: 3, T1: 3, T2: 3 }, 2), 'nieuw');
    for (const line of [w.reachedTotal, w.reachedFase]) {
      expect(post).toContain(line);
      expect(pdf).toContain(line);
    }
  });
});

describe('a comparison of rounds scored by other people', () => {
  it('says in its PDF, as in the post, how many voted each time and both times', async () => {
    const view: ComparisonView = {
      leerlijnId: 'l1', channelId: 'C1', lang: 'nl', comparison: compareInstruments('bestaand', scores({}, 1), scores({}, 2)), voters: { week1: 6, week17: 3, both: 2 },
    };
    const said = otherVotersText('nl', { week1: 6, week17: 3, both: 2 })!;
    expect(blockTexts(comparisonDoc(plain, view).blocks)).toContain(said);
    const pdf = (await pdfText(await comparisonPdf({ schoolName: 'De Horizon', youthOrgName: 'JoU', kind: 'bestaand', lang: 'nl' }, view))).text;
    expect(pdf.replace(/\s+/g, ' ')).toContain(said);
  });
});
