import { describe, expect, it } from 'vitest';
import { ONDERDEEL_CODES, type OnderdeelCode, type Score } from '../../src/domain/instrument.js';
import { compareInstruments, type FullScores } from '../../src/domain/compare.js';

function scores(values: Partial<Record<OnderdeelCode, Score>>, fill: Score): FullScores {
  return Object.fromEntries(ONDERDEEL_CODES.map((c) => [c, values[c] ?? fill])) as FullScores;
}

describe('comparison week 1 vs week 17', () => {
  it('reports per onderdeel, per element, total and fase for an existing collaboration', () => {
    const week1 = scores({ P1: 1, T3: 1 }, 1); // total 10, Opstartfase
    const week17 = scores({ P1: 3, P2: 2, A1: 2, A2: 2, T3: 1 }, 2); // 3+2+2+2+2+2+2+2+2+1 = 20
    const c = compareInstruments('bestaand', week1, week17);
    expect(c.onderdelen.find((o) => o.code === 'P1')).toMatchObject({ before: 1, after: 3, delta: 2 });
    expect(c.onderdelen.find((o) => o.code === 'T3')).toMatchObject({ before: 1, after: 1, delta: 0 });
    expect(c.elements.find((e) => e.code === 'P')).toEqual({ code: 'P', before: 2, after: 5, delta: 3, max: 6 });
    expect(c.elements.find((e) => e.code === 'A')).toMatchObject({ before: 3, after: 6, max: 9 });
    expect(c.total).toEqual({ before: 10, after: 20, delta: 10, max: 30 });
    expect(c.fase).toEqual({ before: 'opstart', after: 'opbouw', changed: true });
    expect(c.desired).toBeNull();
  });

  it('shows a decline as a negative delta', () => {
    const c = compareInstruments('bestaand', scores({}, 3), scores({ B2: 1 }, 3));
    expect(c.onderdelen.find((o) => o.code === 'B2')?.delta).toBe(-2);
    expect(c.fase).toEqual({ before: 'doorontwikkel', after: 'doorontwikkel', changed: false });
  });

  it('for a new collaboration reports how far the desired situation was reached', () => {
    const desired = scores({}, 3); // 30: the team wanted everything
    const reached = scores({ P1: 2, P2: 2, A1: 1 }, 3); // 7 reached; points 2+2+1+7·3 = 26 of 30
    const c = compareInstruments('nieuw', desired, reached);
    expect(c.desired).toEqual({ reachedCount: 7, share: 26 / 30 });
    expect(c.onderdelen.find((o) => o.code === 'A1')?.reached).toBe(false);
  });

  it('does not count overshooting the desired score as more than reached', () => {
    const c = compareInstruments('nieuw', scores({}, 2), scores({}, 3));
    expect(c.desired).toEqual({ reachedCount: 10, share: 1 });
  });

  it('counts a week-17 score equal to week 1 as reached, per onderdeel and in the count', () => {
    const c = compareInstruments('nieuw', scores({}, 2), scores({ P2: 3, A1: 1 }, 2));
    expect(c.onderdelen.find((o) => o.code === 'P1')).toMatchObject({ before: 2, after: 2, delta: 0, reached: true });
    expect(c.onderdelen.find((o) => o.code === 'A1')?.reached).toBe(false);
    // Nine of ten at or past the desired 2; points 2·9 + 1 = 19 of 20.
    expect(c.desired).toEqual({ reachedCount: 9, share: 19 / 20 });
  });
});
