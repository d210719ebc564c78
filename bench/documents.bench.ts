// How long a coordinator waits for the PDFs that hold a chart (the filled instrument after a
// round, the comparison after week 17; the export holds them all). Baseline, in the same run:
// a bare pdfkit page holding only the same chart as resvg writes it (RGBA), the way pdfkit
// takes a PNG unless told otherwise. Ratio = baseline ms / ours ms: above 1, our whole document
// costs less than embedding resvg's own PNG alone.
// Run: npm run bench:documents [-- --runs 15]
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import PDFDocument from 'pdfkit';
import { comparisonChartSvg, resultChartSvg } from '../src/documents/charts/index.js';
import { drawn } from '../src/documents/charts/render.js';
import { comparisonPdf, instrumentPdf } from '../src/documents/pdf/index.js';
import { buildViewFixtures } from '../tests/support/view-fixtures.js';

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

async function main(): Promise<void> {
  const f = await buildViewFixtures('nl');
  const cases = {
    instrument: { ours: () => instrumentPdf(f.leerlijn, f.completeRound), svg: await resultChartSvg(f.completeRound, 'nl') },
    comparison: { ours: () => comparisonPdf(f.leerlijn, f.comparison), svg: await comparisonChartSvg(f.comparison, 'nl') },
  };
  const report: Record<string, unknown> = { runs: RUNS };
  for (const [name, c] of Object.entries(cases)) {
    const ours: number[] = [];
    const baseline: number[] = [];
    let sizes = { ours: 0, baseline: 0 };
    // Alternating, so a busy moment of the machine falls on both.
    for (let i = 0; i < WARMUP + RUNS; i++) {
      const a = await timed(c.ours);
      const b = await timed(() => bareChartPdf(c.svg));
      if (i < WARMUP) continue;
      ours.push(a.ms);
      baseline.push(b.ms);
      sizes = { ours: a.bytes, baseline: b.bytes };
    }
    const [o, b] = [median(ours), median(baseline)];
    report[name] = { oursMedianMs: Math.round(o), baselineMedianMs: Math.round(b), ratio: Number((b / o).toFixed(2)), oursBytes: sizes.ours, baselineBytes: sizes.baseline };
  }
  console.log(JSON.stringify(report, null, 2));
}

await main();
// Something the charts load (a timer of vega's, it seems) can keep the process alive after the
// last run; the report is out, so end here rather than hang.
process.exit(0);
