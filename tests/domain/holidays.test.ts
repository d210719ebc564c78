import { describe, expect, it } from 'vitest';
import { checkMeetingDays, workingDaysBefore, coveredFrom, coveredUntil, holidayOn, isCovered, isWorkingDay, nearestWorkingDays } from '../../src/domain/holidays.js';
import { REGIONS, SCHOOL_HOLIDAY_CODES, SCHOOL_YEARS } from '../../src/domain/school-holidays.js';

const nameOn = (date: string, region: 'noord' | 'midden' | 'zuid' = 'midden'): string | null => holidayOn(date, region)?.name.nl ?? null;

describe('public holidays', () => {
  it('knows the Dutch public holidays, in both languages', () => {
    expect(holidayOn('2028-01-01', 'noord')).toEqual({ kind: 'public', name: { nl: 'Nieuwjaar', en: "New Year's Day" } });
    expect(nameOn('2028-04-17')).toBe('Tweede paasdag');
    expect(nameOn('2028-05-25')).toBe('Hemelvaartsdag');
    expect(nameOn('2028-06-05')).toBe('Tweede pinksterdag');
    expect(nameOn('2027-12-25')).toBe('Kerstmis');
    expect(nameOn('2027-12-26')).toBe('Tweede kerstdag');
  });

  it('moves Koningsdag to the 26th when the 27th is a Sunday', () => {
    expect(nameOn('2028-04-27')).toBe('Koningsdag'); // a Thursday
    expect(nameOn('2031-04-26')).toBe('Koningsdag'); // 27 April 2031 is a Sunday
    expect(nameOn('2031-04-27')).toBeNull();
  });

  it('treats Bevrijdingsdag and Goede Vrijdag as days off', () => {
    expect(holidayOn('2027-05-05', 'zuid')).toMatchObject({ kind: 'public', name: { nl: 'Bevrijdingsdag' } });
    expect(holidayOn('2027-03-26', 'zuid')).toMatchObject({ kind: 'public', name: { nl: 'Goede Vrijdag' } });
  });

  it('knows public holidays beyond the school-holiday data', () => {
    expect(isCovered('2030-04-22', 'midden')).toBe(false);
    expect(nameOn('2030-04-22')).toBe('Tweede paasdag');
  });

  it('does not count days people only observe', () => {
    expect(nameOn('2027-05-04')).toBeNull(); // Nationale Dodenherdenking
    expect(nameOn('2027-12-05')).toBeNull(); // Sinterklaasavond
  });
});

describe('school holidays per region (2027-2028)', () => {
  it('has each region’s own voorjaarsvakantie', () => {
    expect(holidayOn('2028-02-21', 'noord')).toEqual({ kind: 'school', name: { nl: 'voorjaarsvakantie', en: 'spring holiday' } });
    expect(holidayOn('2028-02-28', 'midden')?.name.nl).toBe('voorjaarsvakantie');
    expect(holidayOn('2028-02-29', 'zuid')?.name.nl).toBe('voorjaarsvakantie');
  });

  it('gives a day off only to the region that has it', () => {
    // Monday 21 February 2028: noord is off, midden and zuid are at school.
    expect(REGIONS.map((r) => holidayOn('2028-02-21', r)?.kind ?? null)).toEqual(['school', null, null]);
    // Monday 25 October 2027: only zuid has herfstvakantie.
    expect(REGIONS.map((r) => holidayOn('2027-10-25', r)?.name.nl ?? null)).toEqual([null, null, 'herfstvakantie']);
  });

  it('gives everyone the kerstvakantie and meivakantie', () => {
    for (const r of REGIONS) {
      expect(holidayOn('2028-01-05', r)?.name.nl).toBe('kerstvakantie');
      expect(holidayOn('2028-05-02', r)?.name.nl).toBe('meivakantie');
    }
  });

  it('puts a public holiday first when it falls in a school holiday', () => {
    expect(holidayOn('2027-12-27', 'noord')).toMatchObject({ kind: 'school' }); // Monday in kerstvakantie
    expect(holidayOn('2028-01-01', 'noord')).toMatchObject({ kind: 'public' });
  });
});

describe('coverage of the school-holiday data', () => {
  it('says how far the data reaches per region', () => {
    expect(coveredFrom('noord')).toBe('2025-10-18');
    expect(coveredFrom('zuid')).toBe('2025-10-11');
    expect(coveredUntil('noord')).toBe('2028-08-27');
    expect(coveredUntil('midden')).toBe('2028-08-20');
    expect(coveredUntil('zuid')).toBe('2028-09-03');
  });

  it('answers "beyond the data" for a date past the last summer holiday, and before the first year', () => {
    expect(isCovered('2028-09-04', 'zuid')).toBe(false);
    expect(isCovered('2028-09-03', 'zuid')).toBe(true);
    expect(isCovered('2025-10-17', 'noord')).toBe(false);
    expect(isCovered('2027-03-01', 'noord')).toBe(true);
    // Past the data no school holiday is reported, so a caller must ask isCovered first.
    expect(holidayOn('2028-10-18', 'noord')).toBeNull();
  });

  it('lists consecutive school years, each with every holiday for every region and an official source', () => {
    SCHOOL_YEARS.forEach((year, i) => {
      expect(year.source).toMatch(/^https:\/\/www\.rijksoverheid\.nl\//);
      const startYear = Number(year.schoolYear.slice(0, 4));
      expect(year.schoolYear).toBe(`${startYear}-${startYear + 1}`);
      if (i > 0) expect(SCHOOL_YEARS[i - 1]?.schoolYear.slice(5)).toBe(String(startYear));
      for (const code of SCHOOL_HOLIDAY_CODES) {
        for (const r of REGIONS) expect(year.holidays[code][r].from <= year.holidays[code][r].until).toBe(true);
      }
    });
  });
});

describe('nearestWorkingDays', () => {
  it('offers the Friday before and the Monday after a region’s holiday week', () => {
    expect(nearestWorkingDays('2028-02-23', 'noord')).toEqual({ before: '2028-02-18', after: '2028-02-28', beyondData: false });
    expect(nearestWorkingDays('2028-03-01', 'zuid')).toEqual({ before: '2028-02-25', after: '2028-03-06', beyondData: false });
  });

  it('skips a public holiday right after a school holiday', () => {
    // Kerstvakantie ends on Sunday 9 January; 24 December is a normal Friday.
    expect(nearestWorkingDays('2027-12-29', 'midden')).toEqual({ before: '2027-12-24', after: '2028-01-10', beyondData: false });
  });

  it('steps over single public holidays and weekends', () => {
    // Hemelvaartsdag, Thursday 25 May 2028.
    expect(nearestWorkingDays('2028-05-25', 'zuid')).toMatchObject({ before: '2028-05-24', after: '2028-05-26' });
    // Tweede pinksterdag, Monday 5 June 2028.
    expect(nearestWorkingDays('2028-06-05', 'noord')).toMatchObject({ before: '2028-06-02', after: '2028-06-06' });
  });

  it('says when an alternative lies beyond the data', () => {
    // Tweede paasdag 2030; the Friday before it is Goede Vrijdag, so Thursday is the day before.
    expect(nearestWorkingDays('2030-04-22', 'midden')).toEqual({ before: '2030-04-18', after: '2030-04-23', beyondData: true });
  });

  it('counts a normal weekday as a working day and a weekend as none', () => {
    expect(isWorkingDay('2028-03-08', 'midden')).toBe(true);
    expect(isWorkingDay('2028-03-11', 'midden')).toBe(false);
  });

  it('refuses a date that does not exist and an unknown region', () => {
    expect(() => holidayOn('2028-02-30', 'noord')).toThrow('invalid_date');
    expect(() => nearestWorkingDays('2028-02-23', 'west' as 'noord')).toThrow('invalid_region');
  });
});

describe('workingDaysBefore', () => {
  it('counts back over the weekend: two working days before a Tuesday is the Friday', () => {
    expect(workingDaysBefore('2028-03-14', 2, 'midden')).toBe('2028-03-10');
  });

  it('without a region skips weekends and public holidays only', () => {
    // Tuesday 26 May 2026: Monday the 25th is Whit Monday, then the weekend: Thursday the 21st.
    expect(workingDaysBefore('2026-05-26', 2, null)).toBe('2026-05-21');
    // In noord's spring holiday of 2028 the days still count when the region is not known.
    expect(workingDaysBefore('2028-02-28', 2, null)).toBe('2028-02-24');
  });

  it('counts back over a holiday week of the region only', () => {
    // Monday 28 February 2028: noord was off the week before, midden was not.
    expect(workingDaysBefore('2028-02-28', 2, 'noord')).toBe('2028-02-17');
    expect(workingDaysBefore('2028-02-28', 2, 'midden')).toBe('2028-02-24');
  });

  it('refuses a count below one', () => {
    expect(() => workingDaysBefore('2028-03-07', 0, 'zuid')).toThrow('invalid_count');
  });
});

describe('checkMeetingDays', () => {
  const AMS = 'Europe/Amsterdam';
  const meeting = (kind: 'signalering' | 'actieplan' | 'terugkom' | 'eindevaluatie', iso: string) => ({ kind, startsAt: new Date(iso) });

  it('flags a meeting in the region’s school holiday with the working days around it', () => {
    const checks = checkMeetingDays([meeting('actieplan', '2028-02-22T14:30:00Z')], AMS, 'noord');
    expect(checks).toEqual([
      {
        kind: 'actieplan',
        date: '2028-02-22',
        holiday: { kind: 'school', name: { nl: 'voorjaarsvakantie', en: 'spring holiday' } },
        covered: true,
        alternatives: { before: '2028-02-18', after: '2028-02-28', beyondData: false },
      },
    ]);
    // The same Tuesday is a school day in midden.
    expect(checkMeetingDays([meeting('actieplan', '2028-02-22T14:30:00Z')], AMS, 'midden')).toEqual([]);
  });

  it('uses the local date: a late meeting on 26 April in UTC is Koningsdag in Amsterdam', () => {
    const checks = checkMeetingDays([meeting('terugkom', '2028-04-26T22:30:00Z')], AMS, 'zuid');
    expect(checks[0]).toMatchObject({ date: '2028-04-27', holiday: { kind: 'public', name: { nl: 'Koningsdag' } } });
  });

  it('flags a meeting beyond the data as uncertain, without alternatives', () => {
    expect(checkMeetingDays([meeting('eindevaluatie', '2028-10-17T13:30:00Z')], AMS, 'noord')).toEqual([
      { kind: 'eindevaluatie', date: '2028-10-17', holiday: null, covered: false, alternatives: null },
    ]);
  });
});
