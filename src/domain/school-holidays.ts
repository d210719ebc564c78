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

export const SCHOOL_HOLIDAY_NAMES: Readonly<Record<SchoolHolidayCode, Localized>> = {
  herfstvakantie: { nl: 'Herfstvakantie', en: 'Autumn holiday' },
  kerstvakantie: { nl: 'Kerstvakantie', en: 'Christmas holiday' },
  voorjaarsvakantie: { nl: 'Voorjaarsvakantie', en: 'Spring holiday' },
  meivakantie: { nl: 'Meivakantie', en: 'May holiday' },
  zomervakantie: { nl: 'Zomervakantie', en: 'Summer holiday' },
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

// 2025-2026 and 2026-2027 are missing on purpose: their official pages were not at hand when this
// was written, only copies on school and third-party sites. Add them from rijksoverheid.nl.
export const SCHOOL_YEARS: readonly SchoolYearHolidays[] = [
  {
    schoolYear: '2027-2028',
    source:
      'https://www.rijksoverheid.nl/onderwerpen/schoolvakanties/overzicht-schoolvakanties-per-schooljaar/overzicht-schoolvakanties-2027-2028',
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
