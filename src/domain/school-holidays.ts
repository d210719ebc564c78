// School holidays per region (noord, midden, zuid) as the Rijksoverheid publishes them in
// "Overzicht schoolvakanties per schooljaar". Only school years whose official page we have read
// are here; a date outside them is "beyond the data" (see holidays.ts), never guessed.
//
// Herfst- and voorjaarsvakantie are the ministry's advice dates (a school may differ); kerst-,
// mei- and zomervakantie are fixed. The optional extra week a school may add to the meivakantie
// ("adviesweek") is left out: most schools do not take it, and the bot only warns.
// To add a school year: copy the table from rijksoverheid.nl for that year, add its source URL,
// and keep the years consecutive (a test checks it).
import type { Localized } from './instrument.js';

export const REGIONS = ['noord', 'midden', 'zuid'] as const;
export type Region = (typeof REGIONS)[number];

export const SCHOOL_HOLIDAY_CODES = ['herfstvakantie', 'kerstvakantie', 'voorjaarsvakantie', 'meivakantie', 'zomervakantie'] as const;
export type SchoolHolidayCode = (typeof SCHOOL_HOLIDAY_CODES)[number];

/**
 * As written mid-sentence ('in de kerstvakantie', 'in the Christmas holiday'): common nouns, but
 * English capitalises the feast and the month in them.
 */
export const SCHOOL_HOLIDAY_NAMES: Readonly<Record<SchoolHolidayCode, Localized>> = {
  herfstvakantie: { nl: 'herfstvakantie', en: 'autumn holiday' },
  kerstvakantie: { nl: 'kerstvakantie', en: 'Christmas holiday' },
  voorjaarsvakantie: { nl: 'voorjaarsvakantie', en: 'spring holiday' },
  meivakantie: { nl: 'meivakantie', en: 'May holiday' },
  zomervakantie: { nl: 'zomervakantie', en: 'summer holiday' },
};

/** First and last day off, both inclusive, 'YYYY-MM-DD'. */
export interface DateSpan {
  from: string;
  until: string;
}

export interface SchoolYearHolidays {
  /** '2027-2028' */
  schoolYear: string;
  source: string;
  holidays: Readonly<Record<SchoolHolidayCode, Readonly<Record<Region, DateSpan>>>>;
}

const same = (from: string, until: string): Record<Region, DateSpan> => ({
  noord: { from, until },
  midden: { from, until },
  zuid: { from, until },
});

// 2025-2026 and 2026-2027 were read from the Rijksoverheid's open-data feed of school holidays
// (opendata.rijksoverheid.nl, info type "schoolholidays"), which the pages below are made from;
// the feed's 2027-2028 entries match that year's page below day for day.
const sourceFor = (schoolYear: string): string =>
  `https://www.rijksoverheid.nl/onderwerpen/schoolvakanties/overzicht-schoolvakanties-per-schooljaar/overzicht-schoolvakanties-${schoolYear}`;

export const SCHOOL_YEARS: readonly SchoolYearHolidays[] = [
  {
    schoolYear: '2025-2026',
    source: sourceFor('2025-2026'),
    holidays: {
      herfstvakantie: {
        noord: { from: '2025-10-18', until: '2025-10-26' },
        midden: { from: '2025-10-18', until: '2025-10-26' },
        zuid: { from: '2025-10-11', until: '2025-10-19' },
      },
      kerstvakantie: same('2025-12-20', '2026-01-04'),
      voorjaarsvakantie: {
        noord: { from: '2026-02-21', until: '2026-03-01' },
        midden: { from: '2026-02-14', until: '2026-02-22' },
        zuid: { from: '2026-02-14', until: '2026-02-22' },
      },
      meivakantie: same('2026-04-25', '2026-05-03'),
      zomervakantie: {
        noord: { from: '2026-07-04', until: '2026-08-16' },
        midden: { from: '2026-07-18', until: '2026-08-30' },
        zuid: { from: '2026-07-11', until: '2026-08-23' },
      },
    },
  },
  {
    schoolYear: '2026-2027',
    source: sourceFor('2026-2027'),
    holidays: {
      herfstvakantie: {
        noord: { from: '2026-10-10', until: '2026-10-18' },
        midden: { from: '2026-10-17', until: '2026-10-25' },
        zuid: { from: '2026-10-17', until: '2026-10-25' },
      },
      kerstvakantie: same('2026-12-19', '2027-01-03'),
      voorjaarsvakantie: {
        noord: { from: '2027-02-20', until: '2027-02-28' },
        midden: { from: '2027-02-20', until: '2027-02-28' },
        zuid: { from: '2027-02-13', until: '2027-02-21' },
      },
      meivakantie: same('2027-04-24', '2027-05-02'),
      zomervakantie: {
        noord: { from: '2027-07-10', until: '2027-08-22' },
        midden: { from: '2027-07-17', until: '2027-08-29' },
        zuid: { from: '2027-07-24', until: '2027-09-05' },
      },
    },
  },
  {
    schoolYear: '2027-2028',
    source: sourceFor('2027-2028'),
    holidays: {
      herfstvakantie: {
        noord: { from: '2027-10-16', until: '2027-10-24' },
        midden: { from: '2027-10-16', until: '2027-10-24' },
        zuid: { from: '2027-10-23', until: '2027-10-31' },
      },
      kerstvakantie: same('2027-12-25', '2028-01-09'),
      voorjaarsvakantie: {
        noord: { from: '2028-02-19', until: '2028-02-27' },
        midden: { from: '2028-02-26', until: '2028-03-05' },
        zuid: { from: '2028-02-26', until: '2028-03-05' },
      },
      meivakantie: same('2028-04-29', '2028-05-07'),
      zomervakantie: {
        noord: { from: '2028-07-15', until: '2028-08-27' },
        midden: { from: '2028-07-08', until: '2028-08-20' },
        zuid: { from: '2028-07-22', until: '2028-09-03' },
      },
    },
  },
];
