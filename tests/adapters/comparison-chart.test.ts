// The comparison comes with its chart: Slack gets the PNG with an alt text in the channel, Teams
// its own grouped bar chart in the card, with the alt text as the fallback for other hosts.
import { beforeAll, describe, expect, it } from 'vitest';
import { teamsMarkup, toAdaptiveCard } from '../../src/adapters/teams/cards/doc.js';
import { comparisonDoc } from '../../src/views/results.js';
import { adaptiveCardProblems } from '../support/adaptive-cards.js';
import { buildViewFixtures, type ViewFixtures } from '../support/view-fixtures.js';
import { elements } from './teams/harness.js';

let f: ViewFixtures;
beforeAll(async () => {
  f = await buildViewFixtures('nl');
});

describe('the comparison chart in Teams', () => {
  it('holds week 1 and week 17 per onderdeel, with a fallback that says the numbers, and the card stays valid', () => {
    const card = toAdaptiveCard(comparisonDoc(teamsMarkup([]), f.comparison));
    const chart = elements(card).find((e) => e.type === 'Chart.VerticalBar.Grouped') as { data: Array<{ values: Array<{ x: string; y: number }> }>; fallback: { text: string } } | undefined;
    expect(chart).toBeDefined();
    expect(chart!.data).toHaveLength(2);
    const p1 = chart!.data.map((series) => series.values.find((v) => v.x === 'P1')?.y);
    const c = f.comparison.comparison.onderdelen.find((o) => o.code === 'P1')!;
    expect(p1).toEqual([c.before, c.after]);
    expect(chart!.fallback.text).toContain(String(f.comparison.comparison.total.after));
    // Below the conclusion (total, fase, how many reached), above the onderdelen per element.
    const at = card.body.indexOf(chart!);
    expect([at > card.body.findIndex((e) => e.id === 'summary'), at < card.body.findIndex((e) => e.type === 'Container')]).toEqual([true, true]);
    expect(adaptiveCardProblems(card)).toEqual([]);
  });
});
