import { describe, expect, it } from 'vitest';
import { ONDERDEEL_CODES, type OnderdeelCode, type Score } from '../../src/domain/instrument.js';
import { faseFor, missingAgreed, resultOf, tallyVotes, type AgreedScores } from '../../src/domain/tally.js';

function agreedWithTotal(total: number): AgreedScores {
  // Spread `total` over ten scores of 1..3, as a team would end up.
  const scores: AgreedScores = {};
  let left = total;
  ONDERDEEL_CODES.forEach((code, i) => {
    const remaining = ONDERDEEL_CODES.length - i - 1;
    const s = Math.min(3, Math.max(1, left - remaining)) as Score;
    scores[code] = s;
    left -= s;
  });
  return scores;
}

describe('fase from total', () => {
  it.each([
    [10, 'opstart'],
    [14, 'opstart'],
    [15, 'opbouw'],
    [24, 'opbouw'],
    [25, 'doorontwikkel'],
    [30, 'doorontwikkel'],
  ] as const)('total %i is %s', (total, fase) => {
    expect(faseFor(total)).toBe(fase);
    expect(resultOf(agreedWithTotal(total))).toEqual({ total, fase });
  });

  it.each([9, 31, 14.5, Number.NaN])('refuses total %s', (total) => {
    expect(() => faseFor(total)).toThrow(RangeError);
  });
});

describe('total only when all ten are agreed', () => {
  it('has no total with nine agreed and names the missing one', () => {
    const agreed = agreedWithTotal(20);
    delete agreed.T3;
    expect(resultOf(agreed)).toBeNull();
    expect(missingAgreed(agreed)).toEqual<OnderdeelCode[]>(['T3']);
  });
});

describe('tally of votes', () => {
  it('proposes the median of an odd count', () => {
    expect(tallyVotes([3, 1, 2, 3, 3]).proposed).toBe(3);
    expect(tallyVotes([1, 2, 2]).proposed).toBe(2);
  });

  it('takes the lower middle value on an even tie', () => {
    expect(tallyVotes([2, 3]).proposed).toBe(2);
    expect(tallyVotes([1, 1, 3, 3]).proposed).toBe(1);
    expect(tallyVotes([2, 2, 3, 3]).proposed).toBe(2);
    expect(tallyVotes([3, 3, 3, 3]).proposed).toBe(3);
  });

  it('proposes nothing without votes', () => {
    expect(tallyVotes([])).toEqual({ count: 0, distribution: { 1: 0, 2: 0, 3: 0 }, proposed: null, bespreekpunt: false });
  });

  it('counts the distribution', () => {
    expect(tallyVotes([1, 2, 2, 3, 3, 3]).distribution).toEqual({ 1: 1, 2: 2, 3: 3 });
  });

  it('flags a bespreekpunt only when a 1 and a 3 are both present', () => {
    expect(tallyVotes([1, 3]).bespreekpunt).toBe(true);
    expect(tallyVotes([1, 2, 2, 2, 3]).bespreekpunt).toBe(true);
    expect(tallyVotes([1, 2, 2]).bespreekpunt).toBe(false);
    expect(tallyVotes([2, 3, 3]).bespreekpunt).toBe(false);
    expect(tallyVotes([3]).bespreekpunt).toBe(false);
  });
});
