// Data for Teams' native Adaptive Card chart (`Chart.VerticalBar.Grouped`). Neutral: the
// Teams renderer turns it into card JSON. The x values are the short codes (P1…T3),
// because the full onderdeel labels do not fit under a bar; `labels` explains them.
import type { ComparisonView, RoundView } from '../../app/views.js';
import type { Lang, OnderdeelCode } from '../../domain/instrument.js';
import { t } from '../../i18n/index.js';
import { comparisonChartData, resultChartData } from './data.js';

export interface GroupedBarSeries {
  legend: string;
  values: Array<{ x: OnderdeelCode; y: number }>;
}

export interface GroupedBarChartData {
  title: string;
  subtitle: string;
  xAxisTitle: string;
  yAxisTitle: string;
  series: GroupedBarSeries[];
  /** Code → onderdeel label, for a legend or FactSet beside the chart. */
  labels: Array<{ code: OnderdeelCode; label: string }>;
}

export function resultBarChartData(view: RoundView, lang: Lang): GroupedBarChartData {
  const data = resultChartData(view, lang);
  return {
    title: data.title,
    subtitle: data.subtitle,
    xAxisTitle: t(lang, 'documents.csv.onderdeel'),
    yAxisTitle: t(lang, 'documents.csv.agreed'),
    series: [{ legend: t(lang, `moment.short.${view.moment}`), values: data.bars.map((b) => ({ x: b.code, y: b.score ?? 0 })) }],
    labels: data.bars.map((b) => ({ code: b.code, label: b.label })),
  };
}

export function comparisonBarChartData(view: ComparisonView, lang: Lang): GroupedBarChartData {
  const data = comparisonChartData(view, lang);
  const seriesOf = (series: 'before' | 'after'): GroupedBarSeries => ({
    legend: data.seriesLabels[series],
    values: data.bars.filter((b) => b.series === series).map((b) => ({ x: b.code, y: b.score })),
  });
  return {
    title: data.title,
    subtitle: data.subtitle,
    xAxisTitle: t(lang, 'documents.csv.onderdeel'),
    yAxisTitle: t(lang, 'documents.csv.score'),
    series: [seriesOf('before'), seriesOf('after')],
    labels: data.bars.filter((b) => b.series === 'after').map((b) => ({ code: b.code, label: b.label })),
  };
}
