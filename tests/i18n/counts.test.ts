import { describe, expect, it } from 'vitest';
import { compareInstruments, type FullScores } from '../../src/domain/compare.js';
import { ONDERDEEL_CODES, type OnderdeelCode, type Score } from '../../src/domain/instrument.js';
import { COUNT_NOUNS, countText, desiredPointsText, reachedOnderdelenText, sentenceStart } from '../../src/i18n/counts.js';
import { hasKey } from '../../src/i18n/index.js';

function scores(values: Partial<Record<OnderdeelCode, Score>>, fill: Score): FullScores {
  return Object.fromEntries(ONDERDEEL_CODES.map((c) => [c, values[c] ?? fill])) as FullScores;
}

describe('countText', () => {
  it('says "1 actie" and "2 acties", "1 onderdeel" and "3 onderdelen", "1 dag" and "2 dagen"', () => {
    expect(countText('nl', 'actie', 1)).toBe('1 actie');
    expect(countText('nl', 'actie', 2)).toBe('2 acties');
    expect(countText('nl', 'onderdeel', 1)).toBe('1 onderdeel');
    expect(countText('nl', 'onderdeel', 3)).toBe('3 onderdelen');
    expect(countText('nl', 'dag', 1)).toBe('1 dag');
    expect(countText('nl', 'dag', 2)).toBe('2 dagen');
  });

  it('uses the plural for zero, as Dutch and English both do', () => {
    expect(countText('nl', 'actie', 0)).toBe('0 acties');
    expect(countText('en', 'actie', 0)).toBe('0 actions');
  });

  it('has English forms, including irregular ones', () => {
    expect(countText('en', 'actie', 1)).toBe('1 action');
    expect(countText('en', 'actie', 2)).toBe('2 actions');
    expect(countText('en', 'persoon', 1)).toBe('1 person');
    expect(countText('en', 'persoon', 4)).toBe('4 people');
  });

  it('has both forms for every noun in both languages', () => {
    const missing = COUNT_NOUNS.flatMap((n) => [`guide.count.${n}.one`, `guide.count.${n}.other`]).filter((k) => !hasKey(k));
    expect(missing).toEqual([]);
  });
});

describe('reachedOnderdelenText', () => {
  it('gives the share of onderdelen next to their number, so both agree', () => {
    expect(reachedOnderdelenText('nl', 9, 10)).toBe('gewenste situatie bereikt bij 9 van 10 onderdelen (90%)');
    expect(reachedOnderdelenText('en', 7, 10)).toBe('desired situation reached for 7 of 10 parts (70%)');
  });

  it('reads as a sentence when it opens a line', () => {
    expect(sentenceStart(reachedOnderdelenText('nl', 10, 10))).toBe('Gewenste situatie bereikt bij 10 van 10 onderdelen (100%)');
  });

  it('refuses more reached than there are', () => {
    expect(() => reachedOnderdelenText('nl', 11, 10)).toThrow('invalid_count');
  });
});

describe('the 95% in issue 16', () => {
  it('came from the share of desired points, which differs from the share of onderdelen', () => {
    // The team wanted a 2 everywhere; nine onderdelen got there and one stayed at 1.
    const c = compareInstruments('nieuw', scores({}, 2), scores({ T3: 1 }, 2));
    expect(c.desired?.reachedCount).toBe(9);
    expect(desiredPointsText('nl', c.desired?.share ?? 0)).toBe('95% van de gewenste punten gehaald');
    expect(reachedOnderdelenText('nl', c.desired?.reachedCount ?? 0, 10)).toBe(
      'gewenste situatie bereikt bij 9 van 10 onderdelen (90%)',
    );
  });
});
