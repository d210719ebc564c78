// How long a coordinator waits for the PDFs that hold a chart (the filled instrument after a
// round, the comparison after week 17; the export holds them all). Baseline, in the same run:
// a bare pdfkit page holding only the same chart as resvg writes it (RGBA), the way pdfkit
// takes a PNG unless told otherwise. Ratio = baseline ms / ours ms: above 1, our whole document
// costs less than embedding resvg's own PNG alone.
// Every timed document draws its chart anew: the chart cache is emptied before each run, so
// these cases measure drawing, not finding a chart drawn before.
// `export`: all five PDFs (and CSVs, JSON) of a filled leerlijn. Baseline: with the cache
// emptied, as after a restart or when many leerlijnen drew charts since; ours: after its steps
// posted their documents, whose charts the cache still holds (ratio: what the cache saves).
// Run: npm run bench:documents [-- --runs 15]
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import PDFDocument from 'pdfkit';
import { exportFiles } from '../src/app/export-files.js';
import { stepDocumentFiles } from '../src/app/step-documents.js';
import { chartPngs, comparisonChartSvg, resultChartSvg } from '../src/documents/charts/index.js';
import { drawn } from '../src/documents/charts/render.js';
import { comparisonPdf, instrumentPdf } from '../src/documents/pdf/index.js';
import { buildViewFixtures } from '../tests/support/view-fixtures.js';
import { filledLeerlijn, type FilledLeerlijn } from './filled-leerlijn.js';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '15' } } });
const RUNS = Number(values.runs);
const WARMUP = 2;

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** resvg's own PNG of the chart on a bare pdfkit page. */
async function bareChartPdf(svg: string): Promise<Buffer> {
  const doc = new PDFDocument();
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise((resolve) => doc.on('end', resolve));
  doc.image(drawn(svg).asPng(), 40, 40, { fit: [500, 700] });
  doc.end();
  await ended;
  return Buffer.concat(chunks);
}

async function timed(fn: () => Promise<Buffer>): Promise<{ ms: number; bytes: number }> {
  const start = performance.now();
  const bytes = (await fn()).length;
  return { ms: performance.now() - start, bytes };
}

/** A document drawn from scratch: no chart kept from an earlier run. */
const uncached = (fn: () => Promise<Buffer>) => () => {
  chartPngs.clear();
  return fn();
};

/** The export's PDFs: its JSON grows by a line of audit trail with each export. */
async function exportPdfs(l: FilledLeerlijn): Promise<Buffer> {
  const files = await exportFiles(l.deps, l.coordinator, l.leerlijnId);
  return Buffer.concat(files.filter((f) => f.name.endsWith('.pdf')).map((f) => f.bytes));
}

/** What the steps posted (not timed), then the export. */
async function exportAfterSteps(l: FilledLeerlijn): Promise<{ ms: number; bytes: number }> {
  chartPngs.clear();
  for (const doc of l.posted) await stepDocumentFiles(l.deps, doc);
  return timed(() => exportPdfs(l));
}

interface Case {
  ours: () => Promise<{ ms: number; bytes: number }>;
  baseline: () => Promise<{ ms: number; bytes: number }>;
}

async function measure(c: Case): Promise<Record<string, number>> {
  const ours: number[] = [];
  const baseline: number[] = [];
  let sizes = { ours: 0, baseline: 0 };
  // Alternating, so a busy moment of the machine falls on both.
  for (let i = 0; i < WARMUP + RUNS; i++) {
    const a = await c.ours();
    const b = await c.baseline();
    if (i < WARMUP) continue;
    ours.push(a.ms);
    baseline.push(b.ms);
    sizes = { ours: a.bytes, baseline: b.bytes };
  }
  const [o, b] = [median(ours), median(baseline)];
  return { oursMedianMs: Math.round(o), baselineMedianMs: Math.round(b), ratio: Number((b / o).toFixed(2)), oursBytes: sizes.ours, baselineBytes: sizes.baseline };
}

async function main(): Promise<void> {
  const f = await buildViewFixtures('nl');
  const resultSvg = await resultChartSvg(f.completeRound, 'nl');
  const comparisonSvg = await comparisonChartSvg(f.comparison, 'nl');
  const leerlijn = await filledLeerlijn();
  const cases: Record<string, Case> = {
    instrument: { ours: () => timed(uncached(() => instrumentPdf(f.leerlijn, f.completeRound))), baseline: () => timed(() => bareChartPdf(resultSvg)) },
    comparison: { ours: () => timed(uncached(() => comparisonPdf(f.leerlijn, f.comparison))), baseline: () => timed(() => bareChartPdf(comparisonSvg)) },
    export: { ours: () => exportAfterSteps(leerlijn), baseline: () => timed(uncached(() => exportPdfs(leerlijn))) },
  };
  const report: Record<string, unknown> = { runs: RUNS };
  for (const [name, c] of Object.entries(cases)) report[name] = await measure(c);
  await leerlijn.t.drop();
  console.log(JSON.stringify(report, null, 2));
}

await main();
// Something the charts load (a timer of vega's, it seems) can keep the process alive after the
// last run; the report is out, so end here rather than hang.
process.exit(0);
