// A chart drawn again (the picture beside a posted PDF, a link opened twice, the export) comes
// from the chart cache: the same picture, byte for byte, without the ~200 ms of drawing it, and
// the cache stays within its bounds however many leerlijnen draw charts.
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { chartPngs, comparisonChartPng, comparisonChartSvg, resultChartPng, resultChartSvg } from '../../src/documents/charts/index.js';
import type { Score } from '../../src/domain/instrument.js';
import { PngCache } from '../../src/documents/charts/png-cache.js';
import { pngOf } from '../../src/documents/charts/render.js';
import { buildViewFixtures, type ViewFixtures } from '../support/view-fixtures.js';

const picture = (bytes: number, fill = 1): Buffer => Buffer.alloc(bytes, fill);

describe('a chart drawn again', () => {
  let f: ViewFixtures;
  beforeAll(async () => {
    f = await buildViewFixtures('nl');
  }, 120_000);
  beforeEach(() => chartPngs.clear());

  it('is byte for byte the picture drawn anew, and is drawn once', async () => {
    const uncached = [pngOf(await resultChartSvg(f.completeRound, 'nl')), pngOf(await comparisonChartSvg(f.comparison, 'nl'))];
    const first = [await resultChartPng(f.completeRound, 'nl'), await comparisonChartPng(f.comparison, 'nl')];
    const again = [await resultChartPng(f.completeRound, 'nl'), await comparisonChartPng(f.comparison, 'nl')];
    expect(first.map((png, i) => png.equals(uncached[i]!))).toEqual([true, true]);
    expect(again.map((png, i) => png.equals(uncached[i]!))).toEqual([true, true]);
    expect(chartPngs.stats()).toMatchObject({ entries: 2, draws: 2 });
  }, 60_000);

  it('is drawn anew when a score differs', async () => {
    await resultChartPng(f.completeRound, 'nl');
    const other = (s: Score | null): Score => (s === 1 ? 2 : 1);
    const cards = f.completeRound.cards.map((c, i) => (i === 0 && c.closed ? { ...c, closed: { ...c.closed, agreed: other(c.closed.agreed) } } : c));
    const round = { ...f.completeRound, cards };
    const changed = await resultChartPng(round, 'nl');
    expect(changed.equals(pngOf(await resultChartSvg(round, 'nl')))).toBe(true);
    expect(chartPngs.stats().draws).toBe(2);
  }, 60_000);
});

describe('the chart cache', () => {
  it('keeps at most its entries, the least recently used going first', async () => {
    const cache = new PngCache({ entries: 2, bytes: 1000 });
    const drawn: string[] = [];
    const get = (key: string) => cache.get(key, async () => (drawn.push(key), picture(10)));
    await get('a');
    await get('b');
    await get('a'); // now b is the least recently used
    await get('c');
    await get('a');
    await get('b');
    expect(drawn).toEqual(['a', 'b', 'c', 'b']);
    expect(cache.stats()).toEqual({ entries: 2, bytes: 20, draws: 4 });
  });

  it('keeps at most its bytes, and never a picture bigger than all of them', async () => {
    const cache = new PngCache({ entries: 10, bytes: 100 });
    for (const key of ['a', 'b', 'c']) await cache.get(key, async () => picture(40));
    expect(cache.stats()).toMatchObject({ entries: 2, bytes: 80 });
    await cache.get('huge', async () => picture(101));
    expect(cache.stats()).toMatchObject({ entries: 2, bytes: 80 });
  });

  it('draws a picture asked for twice at once only once, and gives each asker its own copy', async () => {
    const cache = new PngCache({ entries: 2, bytes: 100 });
    let release = (): void => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    const draw = async () => (await gate, picture(10, 7));
    const both = Promise.all([cache.get('a', draw), cache.get('a', draw)]);
    release();
    const [one, two] = await both;
    one.fill(0);
    expect([...two.subarray(0, 2), ...(await cache.get('a', draw)).subarray(0, 2)]).toEqual([7, 7, 7, 7]);
    expect(cache.stats().draws).toBe(1);
  });

  it('keeps nothing of a drawing that failed, and tries again', async () => {
    const cache = new PngCache({ entries: 2, bytes: 100 });
    await expect(cache.get('a', () => Promise.reject(new Error('resvg failed')))).rejects.toThrow('resvg failed');
    expect((await cache.get('a', async () => picture(10))).length).toBe(10);
    expect(cache.stats()).toEqual({ entries: 1, bytes: 10, draws: 2 });
  });

  it('keeps nothing of a drawing under way when it is emptied (a leerlijn deleted meanwhile)', async () => {
    const cache = new PngCache({ entries: 2, bytes: 100 });
    let release = (): void => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    const drawing = cache.get('a', async () => (await gate, picture(10)));
    cache.clear();
    release();
    expect((await drawing).length).toBe(10);
    expect(cache.stats()).toMatchObject({ entries: 0, bytes: 0 });
  });
});
