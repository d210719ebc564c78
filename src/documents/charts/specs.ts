// Vega-Lite specifications of the two charts. Declarative, so what is drawn reads as data;
// vega turns them into SVG without a browser.
import type { TopLevelSpec } from 'vega-lite';
import { ELEMENTS, type ElementCode, type Lang } from '../../domain/instrument.js';
import { t } from '../../i18n/index.js';
import { FONT_FAMILY } from '../fonts.js';
import type { ComparisonChartData, FaseBandItem, ResultChartData, Series } from './data.js';

/** Okabe–Ito: told apart with every common colour-vision deficiency. */
export const OKABE_ITO = {
  orange: '#E69F00',
  skyBlue: '#56B4E9',
  green: '#009E73',
  blue: '#0072B2',
  vermillion: '#D55E00',
  purple: '#CC79A7',
} as const;

const ELEMENT_COLOURS: Readonly<Record<ElementCode, string>> = {
  P: OKABE_ITO.blue,
  A: OKABE_ITO.orange,
  B: OKABE_ITO.green,
  T: OKABE_ITO.purple,
};
const SERIES_COLOURS: Readonly<Record<Series, string>> = { before: OKABE_ITO.orange, after: OKABE_ITO.blue };
const BAND_GREYS = ['#F0F0F0', '#DCDCDC', '#C4C4C4'];

const BAR_WIDTH = 380;
const WRAP_AT = 34;

/** Long onderdeel labels over several lines ('|' separates them), so none is cut off. */
export function wrapLabel(label: string, width = WRAP_AT): string {
  const lines: string[] = [];
  let line = '';
  for (const word of label.split(' ')) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.join('|');
}

const CONFIG = {
  font: FONT_FAMILY,
  background: 'white',
  padding: 16,
  view: { stroke: null },
  axis: { labelFontSize: 12, titleFontSize: 12, labelColor: '#222', titleColor: '#222' },
  header: { labelFontSize: 14, labelFontWeight: 'bold', labelColor: '#222' },
  legend: { labelFontSize: 12, titleFontSize: 12, labelLimit: 0 },
  title: { fontSize: 18, subtitleFontSize: 14, anchor: 'start', subtitleColor: '#222', offset: 12 },
} as const;

const ELEMENT_ORDER = (lang: Lang): string[] => ELEMENTS.map((e) => e.label[lang]);

const Y_LABEL = {
  field: 'wrapped',
  type: 'nominal',
  sort: null,
  title: null,
  axis: { labelExpr: "split(datum.value, '|')", labelLimit: 0, labelFontSize: 12, labelPadding: 6, ticks: false },
} as const;

const X_SCORE = (title: string) =>
  ({
    field: 'score',
    type: 'quantitative',
    scale: { domain: [0, 3] },
    axis: { values: [0, 1, 2, 3], format: 'd', title, grid: true },
  }) as const;

const FACET_ROW = (lang: Lang) =>
  ({
    field: 'elementLabel',
    type: 'nominal',
    sort: ELEMENT_ORDER(lang),
    title: null,
    header: { labelAngle: 0, labelOrient: 'top', labelAnchor: 'start', labelAlign: 'left', labelPadding: 4 },
  }) as const;

interface Marker {
  total: number;
  text: string;
  colour: string;
}

/** The 10–30 scale cut into the three fases, with a marker at each total. */
function bandSpec(band: FaseBandItem[], markers: Marker[], title: string) {
  const x = { type: 'quantitative', scale: { domain: [9.5, 30.5], nice: false }, axis: null } as const;
  return {
    width: BAR_WIDTH + 200,
    height: 62 + markers.length * 18,
    title: { text: title, fontSize: 14, anchor: 'start', offset: 6 },
    layer: [
      {
        data: { values: band.map((b, i) => ({ ...b, fill: BAND_GREYS[i], caption: [b.label, b.range] })) },
        layer: [
          { mark: { type: 'rect', stroke: 'white', strokeWidth: 2 }, encoding: { x: { ...x, field: 'from' }, x2: { field: 'to' }, y: { value: 0 }, y2: { value: 40 }, fill: { field: 'fill', type: 'nominal', scale: null } } },
          { mark: { type: 'text', fontSize: 11, color: '#111', lineHeight: 14, baseline: 'middle' }, encoding: { x: { ...x, field: 'mid' }, y: { value: 20 }, text: { field: 'caption' } }, transform: [{ calculate: '(datum.from + datum.to) / 2', as: 'mid' }] },
        ],
      },
      {
        data: { values: markers.map((m, i) => ({ ...m, row: i })) },
        layer: [
          { mark: { type: 'rule', strokeWidth: 3 }, encoding: { x: { ...x, field: 'total' }, y: { value: 34 }, y2: { value: 52 }, color: { field: 'colour', type: 'nominal', scale: null } } },
          { mark: { type: 'text', fontSize: 12, fontWeight: 'bold', align: 'center', baseline: 'top' }, encoding: { x: { ...x, field: 'total' }, y: { field: 'row', type: 'quantitative', scale: { domain: [0, 3], range: [56, 110] }, axis: null }, text: { field: 'text' }, color: { field: 'colour', type: 'nominal', scale: null } } },
        ],
      },
    ],
  };
}

// Both specs are cast to TopLevelSpec: vega-lite's types want mutable arrays and literal
// unions that the shared `as const` pieces cannot give. vega-lite validates at compile
// time, and the tests render every spec, so a wrong spec still fails loudly.
export function resultSpec(data: ResultChartData): TopLevelSpec {
  const { lang } = data;
  const values = data.bars.map((b) => ({ ...b, wrapped: wrapLabel(b.label), score: b.score ?? 0, scoreText: b.score === null ? '–' : String(b.score), colour: ELEMENT_COLOURS[b.element] }));
  const markers = data.result ? [{ total: data.result.total, text: t(lang, 'documents.chart.totalMark', { total: data.result.total }), colour: '#000000' }] : [];
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: { text: data.title, subtitle: data.subtitle },
    config: CONFIG,
    vconcat: [
      {
        data: { values },
        facet: { row: FACET_ROW(lang) },
        resolve: { scale: { y: 'independent' } },
        spec: {
          width: BAR_WIDTH,
          // Room for a label of three lines, so wrapped labels never run into each other.
          height: { step: 46 },
          encoding: { y: Y_LABEL },
          layer: [
            { mark: { type: 'bar', height: 26 }, encoding: { x: X_SCORE(t(lang, 'documents.chart.scoreAxis')), color: { field: 'colour', type: 'nominal', scale: null } } },
            { mark: { type: 'text', align: 'left', dx: 6, fontSize: 13, fontWeight: 'bold' }, encoding: { x: { field: 'score', type: 'quantitative' }, text: { field: 'scoreText' } } },
          ],
        },
      },
      bandSpec(data.band, markers, t(lang, 'documents.chart.band')),
    ],
  } as TopLevelSpec;
}

export function comparisonSpec(data: ComparisonChartData): TopLevelSpec {
  const { lang, seriesLabels } = data;
  const values = data.bars.map((b) => ({ ...b, wrapped: wrapLabel(b.label) }));
  const colour = { field: 'seriesLabel', type: 'nominal', title: null, sort: [seriesLabels.before, seriesLabels.after], scale: { domain: [seriesLabels.before, seriesLabels.after], range: [SERIES_COLOURS.before, SERIES_COLOURS.after] }, legend: { orient: 'top', direction: 'horizontal' } } as const;
  const markers = (['before', 'after'] as const).map((s) => ({
    total: data.totals[s].total,
    text: `${seriesLabels[s]}: ${t(lang, 'documents.chart.totalMark', { total: data.totals[s].total })}`,
    colour: SERIES_COLOURS[s] === OKABE_ITO.orange ? '#A86F00' : SERIES_COLOURS[s],
  }));
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: { text: data.title, subtitle: data.subtitle },
    config: CONFIG,
    vconcat: [
      {
        data: { values },
        facet: { row: FACET_ROW(lang) },
        resolve: { scale: { y: 'independent' } },
        spec: {
          width: BAR_WIDTH,
          height: { step: 22, for: 'offset' },
          encoding: { y: Y_LABEL, yOffset: { field: 'series', type: 'nominal', sort: ['before', 'after'] } },
          layer: [
            { mark: { type: 'bar' }, encoding: { x: X_SCORE(t(lang, 'documents.chart.scoreAxis').split(' (')[0]!), color: colour } },
            { mark: { type: 'text', align: 'left', dx: 6, fontSize: 12, fontWeight: 'bold' }, encoding: { x: { field: 'score', type: 'quantitative' }, text: { field: 'changeText' } } },
          ],
        },
      },
      bandSpec(data.band, markers, t(lang, 'documents.chart.band')),
    ],
  } as TopLevelSpec;
}
