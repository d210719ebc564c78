import { describe, expect, it } from 'vitest';
import {
  ELEMENTS,
  ONDERDEEL_CODES,
  ONDERDELEN,
  SCALE,
  element,
  isOnderdeelCode,
  isScore,
  onderdeel,
  onderdelenOf,
  practiceQuestion,
  scoreQuestion,
} from '../../src/domain/instrument.js';

describe('the Signaleringsinstrument', () => {
  it('has four werkzame elementen with the source labels', () => {
    expect(ELEMENTS.map((e) => e.label.nl)).toEqual(['Partnerschap', 'Afstemming', 'Bekendheid', 'Toegankelijkheid']);
  });

  it('has ten onderdelen with stable codes and exact Dutch labels', () => {
    expect(ONDERDELEN.map((o) => [o.code, o.element, o.label.nl])).toEqual([
      ['P1', 'P', 'Gelijkwaardige werkrelatie'],
      ['P2', 'P', 'Heldere rol- en taakverdeling'],
      ['A1', 'A', 'Tweerichtingsverkeer'],
      ['A2', 'A', 'Vast aanspreekpunt vanuit de school'],
      ['A3', 'A', 'Betrokken coördinator vanuit het jongerenwerk'],
      ['B1', 'B', 'Bekendheid van het jongerenwerk onder schoolpersoneel'],
      ['B2', 'B', 'Bekendheid van het jongerenwerk onder leerlingen'],
      ['T1', 'T', 'Goed op de school en op de leerlingen afgestemd team jongerenwerkers'],
      ['T2', 'T', 'Jongerenwerkers voldoende aanwezig en benaderbaar'],
      ['T3', 'T', 'Eigen centraal gelegen ruimte'],
    ]);
    expect(ONDERDELEN.map((o) => o.code)).toEqual([...ONDERDEEL_CODES]);
  });

  it('gives every onderdeel and element an English label and a help text in both languages', () => {
    for (const item of [...ONDERDELEN, ...ELEMENTS]) {
      expect(item.label.en.length).toBeGreaterThan(3);
      expect(item.help.nl.length).toBeGreaterThan(20);
      expect(item.help.en.length).toBeGreaterThan(20);
    }
  });

  it('groups onderdelen per element: 2, 3, 2, 3', () => {
    expect(ELEMENTS.map((e) => onderdelenOf(e.code).length)).toEqual([2, 3, 2, 3]);
    expect(element('T').label.nl).toBe('Toegankelijkheid');
    expect(onderdeel('A2').element).toBe('A');
  });

  it('scores 1–3 with the source scale labels', () => {
    expect([SCALE[1].nl, SCALE[2].nl, SCALE[3].nl]).toEqual(['niet of nauwelijks', 'enigszins', 'redelijk of helemaal']);
    expect([0, 1, 2, 3, 4, '2'].map(isScore)).toEqual([false, true, true, true, false, false]);
  });

  it('asks in week 1 about the current collaboration when it exists and the desired one when it is new', () => {
    expect(scoreQuestion('bestaand', 'week1', 'nl')).toBe('In hoeverre gerealiseerd?');
    expect(scoreQuestion('nieuw', 'week1', 'nl')).toBe('In hoeverre te realiseren?');
    expect(practiceQuestion('bestaand', 'week1', 'nl')).toContain('Hoe ziet dit er concreet uit');
    expect(practiceQuestion('nieuw', 'week1', 'en')).toContain('could');
  });

  it('asks in week 17 what was realised, for a new collaboration too (the eindevaluatie)', () => {
    expect(scoreQuestion('nieuw', 'week17', 'nl')).toBe('In hoeverre gerealiseerd?');
    expect(practiceQuestion('nieuw', 'week17', 'nl')).toBe(practiceQuestion('bestaand', 'week1', 'nl'));
  });

  it('recognises only the ten codes', () => {
    expect(isOnderdeelCode('T3')).toBe(true);
    expect(isOnderdeelCode('T4')).toBe(false);
    expect(() => onderdeel('X1' as never)).toThrow(RangeError);
  });
});
