// Counts read as Dutch and English do, at 1 as well as at many: "nog 1 onderdeel", "3 onderdelen",
// in the lines people see when a round is not fully agreed, and in the prompt to record scores.
import { beforeAll, describe, expect, it } from 'vitest';
import type { RoundView } from '../../src/app/views.js';
import { renderResult } from '../../src/adapters/slack/render/cards.js';
import { roundResultCard } from '../../src/adapters/teams/cards/score.js';
import { resultChartAlt } from '../../src/documents/charts/alt.js';
import { closeOpenText } from '../../src/i18n/phrases.js';
import { buildViewFixtures } from '../support/view-fixtures.js';

const cardText = (card: unknown): string => JSON.stringify(card);

describe('counts in the lines about scores still to agree', () => {
  let complete: RoundView;
  beforeAll(async () => {
    complete = (await buildViewFixtures('nl')).completeRound;
  }, 180_000);

  /** The complete round with the last `n` onderdelen not agreed yet. */
  function missing(n: number, lang: 'nl' | 'en' = 'nl'): RoundView {
    const open = complete.cards.slice(-n).map((c) => c.onderdeel);
    const cards = complete.cards.map((c) => (open.includes(c.onderdeel) && c.closed ? { ...c, closed: { ...c.closed, agreed: null } } : c));
    return { ...complete, lang, cards, result: null, missing: open };
  }

  it('says "nog 1 onderdeel" and "nog 3 onderdelen" on both platforms and in the chart’s alt text', () => {
    expect(renderResult(missing(1)).text).toBe('Nog 1 onderdeel zonder afgesproken score');
    expect(renderResult(missing(3)).text).toBe('Nog 3 onderdelen zonder afgesproken score');
    expect(cardText(roundResultCard(missing(1)))).toContain('Nog 1 onderdeel zonder afgesproken score');
    expect(resultChartAlt(missing(1), 'nl')).toContain('Nog geen totaal: 1 onderdeel zonder afgesproken score.');
    expect(resultChartAlt(missing(2), 'nl')).toContain('Nog geen totaal: 2 onderdelen zonder afgesproken score.');
  });

  it('in English too', () => {
    expect(renderResult(missing(1, 'en')).text).toBe('1 part still without an agreed score');
    expect(renderResult(missing(4, 'en')).text).toBe('4 parts still without an agreed score');
  });

  it('asks the coordinator to record the score of "1 onderdeel" or "3 onderdelen"', () => {
    const prompt = (lang: 'nl' | 'en', unagreed: number) => closeOpenText(lang, { meetingKind: 'signalering', openRound: false, unagreed, leerlijn: 'De Horizon · JoU' });
    expect(prompt('nl', 1)).toBe('Nog niet vastgelegd: de afgesproken score van 1 onderdeel. Leg die vast op de scorekaarten.');
    expect(prompt('nl', 3)).toBe('Nog niet vastgelegd: de afgesproken score van 3 onderdelen. Leg die vast op de scorekaarten.');
    expect(prompt('en', 1)).toBe('Not recorded yet: the agreed score of 1 part. Record it on the score cards.');
  });
});
