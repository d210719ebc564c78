// Teams' own bar chart from the neutral chart data; hosts without charts show the alt text,
// which says the same numbers in words.
import type { GroupedBarChartData } from '../../../documents/charts/index.js';
import { text, type Element } from './common.js';

export function barChart(chart: GroupedBarChartData, alt: string): Element {
  return {
    type: 'Chart.VerticalBar.Grouped',
    title: chart.title,
    xAxisTitle: chart.xAxisTitle,
    yAxisTitle: chart.yAxisTitle,
    colorSet: 'categorical',
    data: chart.series.map((s) => ({ legend: s.legend, values: s.values })),
    fallback: text(alt, { isSubtle: true }),
  };
}
