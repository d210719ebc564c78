// The agreed result comes with its chart: Slack gets the PNG with an alt text beside the
// instrument PDF, Teams its own bar chart in the result card, with the alt text as the fallback
// for other hosts. In the leerlijn's language.
import { PNG } from 'pngjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { roundOutcomeCard, roundResultCard } from '../../src/adapters/teams/cards/score.js';
import { resultDocument } from '../../src/app/step-documents.js';
import { ONDERDEEL_CODES, onderdeel, type Lang } from '../../src/domain/instrument.js';
import { adaptiveCardProblems } from '../support/adaptive-cards.js';
import { buildViewFixtures, type ViewFixtures } from '../support/view-fixtures.js';
import { elements } from './teams/harness.js';

describe.each(['nl', 'en'] as const)('the result chart (%s)', (lang: Lang) => {
  let f: ViewFixtures;
  beforeAll(async () => {
    f = await buildViewFixtures(lang);
  }, 120_000);

  const agreed = () => ONDERDEEL_CODES.map((code) => f.completeRound.cards.find((c) => c.onderdeel === code)!.closed!.agreed);

  it('goes with the instrument as a PNG that opens, with an alt text naming every onderdeel in the leerlijn\'s language', async () => {
    const chart = resultDocument(f.completeRound)!.chart!;
    const png = PNG.sync.read(await chart.png());
    expect(png.width).toBeGreaterThanOrEqual(600);
    expect(png.height).toBeGreaterThanOrEqual(300);
    for (const code of ONDERDEEL_CODES) expect(chart.alt).toContain(onderdeel(code).label[lang]);
    expect(chart.alt).toContain(String(f.completeRound.result!.total));
  });

  it('is drawn in the Teams outcome card with the ten agreed scores, a fallback that says them, and the card stays valid', () => {
    const card = roundOutcomeCard(f.completeRound);
    const chart = elements(card).find((e) => e.type === 'Chart.VerticalBar.Grouped') as { data: Array<{ values: Array<{ x: string; y: number }> }>; fallback: { text: string } } | undefined;
    expect(chart).toBeDefined();
    expect(chart!.data.map((series) => series.values.map((v) => v.y))).toEqual([agreed()]);
    expect(chart!.data[0]!.values.map((v) => v.x)).toEqual([...ONDERDEEL_CODES]);
    expect(chart!.fallback.text).toContain(onderdeel('T3').label[lang]);
    // At a glance: right below the total and the fase's range, above the onderdelen.
    const at = card.body.indexOf(chart!);
    expect([at > card.body.findIndex((e) => e.id === 'result'), at < card.body.findIndex((e) => e.type === 'Container')]).toEqual([true, true]);
    expect(adaptiveCardProblems(card)).toEqual([]);
  });

  it('writes each agreed score on its bar: Teams steps the y axis by 0.75 on the 1–3 scale, and the chart schema has no tick setting', () => {
    const chart = elements(roundOutcomeCard(f.completeRound)).find((e) => e.type === 'Chart.VerticalBar.Grouped');
    expect(chart?.showBarValues).toBe(true);
  });

  it('is not there while scores are still to be agreed: no chart, no document', () => {
    expect(f.closedRound.result).toBeNull();
    expect(resultDocument(f.closedRound)).toBeNull();
    expect(elements(roundResultCard(f.closedRound)).some((e) => String(e.type).startsWith('Chart.'))).toBe(false);
  });
});
