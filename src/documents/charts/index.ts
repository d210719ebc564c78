// The charts a team sees with its result and with `vergelijk`: PNG for Slack, the PDFs (and
// Teams where its native chart does not fit), SVG for tests, alt text for both.
// vega, vega-lite and resvg are loaded with the first chart drawn, not at start: most starts
// draw none, and loading them cost every start a few hundred milliseconds (bench:footprint).
import type { TopLevelSpec } from 'vega-lite';
import type { ComparisonView, RoundView } from '../../app/views.js';
import type { Lang } from '../../domain/instrument.js';
import { comparisonChartData, resultChartData } from './data.js';
import { PngCache } from './png-cache.js';
import { comparisonSpec, resultSpec } from './specs.js';

export { comparisonChartAlt, resultChartAlt } from './alt.js';
export { comparisonBarChartData, resultBarChartData, type GroupedBarChartData } from './teams-chart.js';

const renderer = () => import('./render.js');

/**
 * Charts drawn before, by their spec: it holds every number and word a chart shows, and how it
 * is drawn (size, fonts) is fixed in render.ts. Room for the three charts (about 100–130 kB
 * each) of eight leerlijnen. Shared by every leerlijn: equal specs are equal pictures.
 */
export const chartPngs = new PngCache({ entries: 24, bytes: 4 * 1024 * 1024 });

async function pngOfSpec(spec: TopLevelSpec): Promise<Buffer> {
  return chartPngs.get(JSON.stringify(spec), async () => {
    const { pngOf, svgOf } = await renderer();
    return pngOf(await svgOf(spec));
  });
}

export async function resultChartSvg(view: RoundView, lang: Lang): Promise<string> {
  return (await renderer()).svgOf(resultSpec(resultChartData(view, lang)));
}

export async function comparisonChartSvg(view: ComparisonView, lang: Lang): Promise<string> {
  return (await renderer()).svgOf(comparisonSpec(comparisonChartData(view, lang)));
}

export async function resultChartPng(view: RoundView, lang: Lang): Promise<Buffer> {
  return pngOfSpec(resultSpec(resultChartData(view, lang)));
}

export async function comparisonChartPng(view: ComparisonView, lang: Lang): Promise<Buffer> {
  return pngOfSpec(comparisonSpec(comparisonChartData(view, lang)));
}
