// The charts a team sees with its result and with `vergelijk`: PNG for Slack (and Teams
// where its native chart does not fit), SVG for tests and the PDFs, alt text for both.
import type { ComparisonView, RoundView } from '../../app/views.js';
import type { Lang } from '../../domain/instrument.js';
import { comparisonChartData, resultChartData } from './data.js';
import { pngOf, svgOf } from './render.js';
import { comparisonSpec, resultSpec } from './specs.js';

export { comparisonChartAlt, resultChartAlt } from './alt.js';
export { comparisonBarChartData, resultBarChartData, type GroupedBarChartData } from './teams-chart.js';

export function resultChartSvg(view: RoundView, lang: Lang): Promise<string> {
  return svgOf(resultSpec(resultChartData(view, lang)));
}

export function comparisonChartSvg(view: ComparisonView, lang: Lang): Promise<string> {
  return svgOf(comparisonSpec(comparisonChartData(view, lang)));
}

export async function resultChartPng(view: RoundView, lang: Lang): Promise<Buffer> {
  return pngOf(await resultChartSvg(view, lang));
}

export async function comparisonChartPng(view: ComparisonView, lang: Lang): Promise<Buffer> {
  return pngOf(await comparisonChartSvg(view, lang));
}
