// The charts a team sees: they open, keep their size, cut no text off, and say the numbers.
import { PNG } from 'pngjs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ComparisonView } from '../../src/app/views.js';
import { compareInstruments, type FullScores } from '../../src/domain/compare.js';
import { ONDERDELEN, type Lang } from '../../src/domain/instrument.js';
import {
  comparisonBarChartData, comparisonChartAlt, comparisonChartPng, comparisonChartSvg,
  resultBarChartData, resultChartAlt, resultChartPng, resultChartSvg,
} from '../../src/documents/charts/index.js';
import { t } from '../../src/i18n/index.js';
import { buildViewFixtures, type ViewFixtures } from '../support/view-fixtures.js';
import { comparePng, hasEmptyMargin, svgText } from './png-compare.js';

/** Anti-aliasing may differ a little between machines; moved or cut text differs a lot more. */
const TOLERANCE = 0.002;
/** The chart's padding (16 px at zoom 2) leaves at least this much white at every edge. */
const MARGIN = 12;

/** The first `threes` onderdelen 3, the next `twos` 2, the rest 1: a total of 10 + twos + 2 × threes. */
function scoresOf(twos: number, threes = 0): FullScores {
  return Object.fromEntries(ONDERDELEN.map((o, i) => [o.code, i < threes ? 3 : i < threes + twos ? 2 : 1])) as unknown as FullScores;
}

function comparisonOf(lang: Lang, kind: 'bestaand' | 'nieuw', before: FullScores, after: FullScores): ComparisonView {
  return { leerlijnId: 'l', channelId: 'c', lang, comparison: compareInstruments(kind, before, after) };
}

function bestaandComparison(lang: Lang): ComparisonView {
  return comparisonOf(lang, 'bestaand', scoresOf(0), scoresOf(6));
}

/** The line under the comparison's title, as the comparison's text says the total: 'van … naar …', out of 30 as there. */
const TOTALS_LINE = {
  nl: {
    changed: 'Totaal: van 10 (Opstartfase) naar 16 van 30 (Opbouwfase)',
    same: 'Totaal: 16 van 30 (Opbouwfase), gelijk gebleven',
    wanted: 'Totaal: 16 van 30 (Opbouwfase), gewenst: 26 (Doorontwikkelfase)',
  },
  en: {
    changed: 'Total: from 10 (Start-up phase) to 16 of 30 (Build-up phase)',
    same: 'Total: 16 of 30 (Build-up phase), unchanged',
    wanted: 'Total: 16 of 30 (Build-up phase), wanted: 26 (Further development phase)',
  },
};

describe.each(['nl', 'en'] as const)('charts in %s', (lang) => {
  let f: ViewFixtures;
  beforeAll(async () => {
    f = await buildViewFixtures(lang);
  }, 120_000);

  it('renders the fase result as a PNG like the reference, with nothing running off an edge', async () => {
    const png = await resultChartPng(f.completeRound, lang);
    const decoded = PNG.sync.read(png);
    expect(decoded.width).toBeGreaterThan(1200);
    const cmp = comparePng(png, `result-${lang}.png`);
    expect({ width: cmp.width, height: cmp.height }).toEqual({ width: cmp.refWidth, height: cmp.refHeight });
    expect(cmp.diffShare).toBeLessThan(TOLERANCE);
    expect(hasEmptyMargin(png, MARGIN)).toBe(true);
  });

  it('renders the comparison as a PNG like the reference, with nothing running off an edge', async () => {
    const png = await comparisonChartPng(f.comparison, lang);
    const cmp = comparePng(png, `comparison-${lang}.png`);
    expect({ width: cmp.width, height: cmp.height }).toEqual({ width: cmp.refWidth, height: cmp.refHeight });
    expect(cmp.diffShare).toBeLessThan(TOLERANCE);
    expect(hasEmptyMargin(png, MARGIN)).toBe(true);
  });

  // Scores are whole numbers 1–3: an axis stepping 0 · 0.75 · 1.5 … (as Teams' own chart drew it) reads as half scores.
  it('marks the score axis at whole numbers only, in the result and the comparison chart', async () => {
    for (const svg of [await resultChartSvg(f.completeRound, lang), await comparisonChartSvg(bestaandComparison(lang), lang)]) {
      const labels = [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]!.trim());
      expect(labels.filter((label) => /^\d+[.,]\d+$/.test(label))).toEqual([]);
      expect(labels).toEqual(expect.arrayContaining(['0', '1', '2', '3']));
    }
  });

  it('writes every onderdeel, element, the total and the fase bands into the result chart', async () => {
    const text = svgText(await resultChartSvg(f.completeRound, lang));
    const r = f.completeRound.result!;
    for (const o of ONDERDELEN) expect(text).toContain(o.label[lang]);
    expect(text).toContain(t(lang, 'documents.chart.total', { total: r.total, fase: t(lang, `fase.${r.fase}`) }));
    for (const fase of ['opstart', 'opbouw', 'doorontwikkel'] as const) {
      expect(text).toContain(t(lang, `fase.${fase}`));
      expect(text).toContain(t(lang, `fase.range.${fase}`));
    }
    expect(text).toContain(t(lang, 'documents.chart.totalMark', { total: r.total }));
  });

  it('labels a nieuw comparison as desired against reached, with both totals and fases', async () => {
    const text = svgText(await comparisonChartSvg(f.comparison, lang));
    const c = f.comparison.comparison;
    for (const o of ONDERDELEN) expect(text).toContain(o.label[lang]);
    expect(text).toContain(t(lang, 'documents.chart.desired'));
    expect(text).toContain(t(lang, 'documents.chart.reached'));
    expect(text).toContain(`${c.total.before} (${t(lang, `fase.${c.fase.before}`)})`);
    expect(text).toContain(`${c.total.after} ${lang === 'nl' ? 'van' : 'of'} 30 (${t(lang, `fase.${c.fase.after}`)})`);
    expect(text).toContain(t(lang, 'compare.notReachedMark'));
    expect(text).not.toMatch(/[−+]\d/);
  });

  it('labels a bestaand comparison as week 1 against week 17', async () => {
    const text = svgText(await comparisonChartSvg(bestaandComparison(lang), lang));
    expect(text).toContain(t(lang, 'documents.chart.week1'));
    expect(text).toContain(t(lang, 'documents.chart.week17'));
    expect(text).not.toContain(t(lang, 'documents.chart.desired'));
    expect(text).toContain('+1');
  });

  it('says the totals under the comparison\'s title as its text does, out of 30: from one to the other, or unchanged, or beside the wish', async () => {
    const line = async (view: ComparisonView) => svgText(await comparisonChartSvg(view, lang));
    const changed = await line(bestaandComparison(lang));
    expect(changed).toContain(TOTALS_LINE[lang].changed);
    expect(changed).not.toContain('→');
    expect(await line(comparisonOf(lang, 'bestaand', scoresOf(6), scoresOf(6)))).toContain(TOTALS_LINE[lang].same);
    const wanted = await line(comparisonOf(lang, 'nieuw', scoresOf(0, 8), scoresOf(6)));
    expect(wanted).toContain(TOTALS_LINE[lang].wanted);
    expect(wanted).not.toContain('→');
  });

  it('says every score, the total and the fase in the alt texts', () => {
    const alt = resultChartAlt(f.completeRound, lang);
    expect(alt).toContain(`${ONDERDELEN[0]!.label[lang]} 3`);
    expect(alt).toContain(`${ONDERDELEN[1]!.label[lang]} 2`);
    expect(alt).toContain(String(f.completeRound.result!.total));
    expect(alt).toContain(t(lang, `fase.${f.completeRound.result!.fase}`));
    const cmp = comparisonChartAlt(f.comparison, lang);
    const c = f.comparison.comparison;
    expect(cmp).toContain(`${c.total.before}`);
    expect(cmp).toContain(`${c.total.after}`);
    expect(cmp).toContain(t(lang, `fase.${c.fase.after}`));
    expect(cmp).toContain(`${c.desired!.reachedCount} `);
  });

  it('says in the alt text that a round without all agreed scores has no total yet', () => {
    expect(resultChartAlt(f.closedRound, lang)).toContain('10');
    expect(resultChartAlt(f.closedRound, lang)).not.toContain(t(lang, 'fase.opbouw'));
  });

  it('gives Teams grouped bar data: one series for the result, desired and reached for nieuw', () => {
    const result = resultBarChartData(f.completeRound, lang);
    expect(result.series).toHaveLength(1);
    expect(result.series[0]!.values.map((v) => v.y)).toEqual(ONDERDELEN.map((o) => f.completeRound.cards.find((c) => c.onderdeel === o.code)!.closed!.agreed));
    const cmp = comparisonBarChartData(f.comparison, lang);
    expect(cmp.series.map((s) => s.legend)).toEqual([t(lang, 'documents.chart.desired'), t(lang, 'documents.chart.reached')]);
    expect(cmp.series[1]!.values.find((v) => v.x === 'A1')!.y).toBe(1);
    expect(cmp.labels.find((l) => l.code === 'T3')!.label).toBe(ONDERDELEN.find((o) => o.code === 'T3')!.label[lang]);
  });
});
