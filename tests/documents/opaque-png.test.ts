// The chart a team sees (in Slack and in the PDFs) is the picture resvg drew, pixel for pixel,
// now without the alpha channel that made every PDF with a chart slow to build.
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { comparisonChartSvg, resultChartSvg } from '../../src/documents/charts/index.js';
import { opaquePng } from '../../src/documents/charts/opaque-png.js';
import { drawn, pngOf } from '../../src/documents/charts/render.js';
import { buildViewFixtures } from '../support/view-fixtures.js';

/** PNG byte 25 is the colour type: 2 is RGB, 6 is RGB with alpha. */
const colourType = (png: Buffer): number => png[25]!;

describe('charts as opaque PNGs', () => {
  it('keeps every colour of a small picture and reads back as it was written', () => {
    const rgba = Uint8Array.from([255, 0, 0, 255, 0, 255, 0, 255, 0, 0, 255, 255, 12, 34, 56, 255, 255, 255, 255, 255, 1, 2, 3, 255]);
    const decoded = PNG.sync.read(opaquePng(3, 2, rgba)!);
    expect({ width: decoded.width, height: decoded.height }).toEqual({ width: 3, height: 2 });
    expect([...decoded.data]).toEqual([...rgba]);
  });

  it('leaves a picture with any see-through pixel to resvg, whose PNG keeps the alpha', () => {
    const halfRed = Uint8Array.from([255, 255, 255, 255, 128, 0, 0, 128]);
    expect(opaquePng(2, 1, halfRed)).toBeNull();
  });

  it('shows the result and the comparison chart exactly as resvg drew them, without an alpha channel', async () => {
    const f = await buildViewFixtures('en');
    for (const svg of [await resultChartSvg(f.completeRound, 'en'), await comparisonChartSvg(f.comparison, 'en')]) {
      const ours = pngOf(svg);
      const resvgs = drawn(svg).asPng();
      expect([colourType(ours), colourType(resvgs)]).toEqual([2, 6]);
      const [a, b] = [PNG.sync.read(ours), PNG.sync.read(resvgs)];
      expect({ width: a.width, height: a.height }).toEqual({ width: b.width, height: b.height });
      expect(a.data.equals(b.data)).toBe(true);
    }
  }, 60_000);
});
