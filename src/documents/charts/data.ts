// What the charts show, as plain data: one place decides which numbers and labels appear,
// so the PNG, its alt text and Teams' native chart can never disagree.
import type { ComparisonView, RoundView } from '../../app/views.js';
import { ELEMENTS, ONDERDELEN, type ElementCode, type Lang, type OnderdeelCode, type Score } from '../../domain/instrument.js';
import { FASES, type Fase, type Result } from '../../domain/tally.js';
import { t } from '../../i18n/index.js';

export interface ResultBar {
  code: OnderdeelCode;
  element: ElementCode;
  elementLabel: string;
  label: string;
  /** Null while the coordinator has not agreed a score. */
  score: Score | null;
}

export interface FaseBandItem {
  fase: Fase;
  label: string;
  range: string;
  from: number;
  to: number;
}

export interface ResultChartData {
  lang: Lang;
  title: string;
  /** "Totaalscore 22 van 30 · Opbouwfase", or how many onderdelen still miss a score. */
  subtitle: string;
  bars: ResultBar[];
  result: Result | null;
  band: FaseBandItem[];
}

export type Series = 'before' | 'after';

export interface ComparisonBar extends Omit<ResultBar, 'score'> {
  series: Series;
  seriesLabel: string;
  score: Score;
  delta: number;
  /** "+1", "−1" or "="; for `nieuw` only whether the desired score was reached. */
  changeText: string;
}

export interface ComparisonChartData {
  lang: Lang;
  title: string;
  subtitle: string;
  seriesLabels: Record<Series, string>;
  bars: ComparisonBar[];
  totals: Record<Series, { total: number; fase: Fase }>;
  band: FaseBandItem[];
}

const BAND_EDGES: Readonly<Record<Fase, [number, number]>> = { opstart: [10, 14], opbouw: [15, 24], doorontwikkel: [25, 30] };

export function faseBand(lang: Lang): FaseBandItem[] {
  return FASES.map((fase) => {
    const [low, high] = BAND_EDGES[fase];
    // Half a point either side, so the bands meet between 14 and 15 and between 24 and 25.
    return { fase, label: t(lang, `fase.${fase}`), range: t(lang, `fase.range.${fase}`), from: low - 0.5, to: high + 0.5 };
  });
}

function base(code: OnderdeelCode, lang: Lang): Omit<ResultBar, 'score'> {
  const o = ONDERDELEN.find((x) => x.code === code)!;
  const e = ELEMENTS.find((x) => x.code === o.element)!;
  return { code, element: e.code, elementLabel: e.label[lang], label: o.label[lang] };
}

export function resultChartData(view: RoundView, lang: Lang): ResultChartData {
  const agreed = new Map(view.cards.map((c) => [c.onderdeel, c.closed?.agreed ?? null]));
  const bars = ONDERDELEN.map((o) => ({ ...base(o.code, lang), score: agreed.get(o.code) ?? null }));
  const missing = bars.filter((b) => b.score === null).length;
  const result = view.result;
  const subtitle = result
    ? t(lang, 'documents.chart.total', { total: result.total, fase: t(lang, `fase.${result.fase}`) })
    : t(lang, 'documents.chart.incomplete', { count: missing });
  const title = t(lang, 'documents.chart.resultHeading', { moment: t(lang, `moment.${view.moment}`) });
  return { lang, title, subtitle, bars, result, band: faseBand(lang) };
}

/** "+1", "−1" (a real minus sign) or "=". */
export function signed(delta: number): string {
  return delta > 0 ? `+${delta}` : delta < 0 ? `−${-delta}` : '=';
}

export function seriesLabels(view: ComparisonView, lang: Lang): Record<Series, string> {
  return view.comparison.kind === 'nieuw'
    ? { before: t(lang, 'documents.chart.desired'), after: t(lang, 'documents.chart.reached') }
    : { before: t(lang, 'documents.chart.week1'), after: t(lang, 'documents.chart.week17') };
}

/**
 * The line under the comparison's title says the total as the comparison's text does: 'van 10
 * (Opstartfase) naar 16 van 30 (Opbouwfase)', out of its maximum beside the last score; once when
 * it stayed the same, and beside a wish (nieuw) what was reached first, for week 1 was no starting point.
 */
function comparisonTotalsLine(c: ComparisonView['comparison'], lang: Lang): string {
  const totals = {
    totalBefore: c.total.before, faseBefore: t(lang, `fase.${c.fase.before}`),
    totalAfter: c.total.after, faseAfter: t(lang, `fase.${c.fase.after}`), max: c.total.max,
  };
  if (c.kind === 'nieuw') return t(lang, 'documents.chart.compareTotalsWanted', totals);
  if (c.total.delta === 0) return t(lang, 'documents.chart.compareTotalsSame', totals);
  return t(lang, 'documents.chart.compareTotals', totals);
}

export function comparisonChartData(view: ComparisonView, lang: Lang): ComparisonChartData {
  const c = view.comparison;
  const labels = seriesLabels(view, lang);
  const nieuw = c.kind === 'nieuw';
  const bars = c.onderdelen.flatMap((o): ComparisonBar[] => {
    // Beside a wish a signed difference reads as a fall or a rise; whether it was reached is what counts.
    const changeText = nieuw ? t(lang, o.reached ? 'compare.reachedMark' : 'compare.notReachedMark') : signed(o.delta);
    const shared = { ...base(o.code, lang), delta: o.delta };
    return [
      { ...shared, series: 'before', seriesLabel: labels.before, score: o.before, changeText: '' },
      { ...shared, series: 'after', seriesLabel: labels.after, score: o.after, changeText },
    ];
  });
  return {
    lang, title: t(lang, 'documents.chart.compareHeading'), subtitle: comparisonTotalsLine(c, lang), seriesLabels: labels, bars,
    totals: { before: { total: c.total.before, fase: c.fase.before }, after: { total: c.total.after, fase: c.fase.after } },
    band: faseBand(lang),
  };
}
