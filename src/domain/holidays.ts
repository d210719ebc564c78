// Is a day free for the team? Dutch public holidays come from date-holidays (computed, so every
// year is known); school holidays per region come from the official data in school-holidays.ts,
// which covers only the school years listed there. Dates are local calendar dates, 'YYYY-MM-DD'.
import { createRequire } from 'node:module';
import type Holidays from 'date-holidays';
import type { Localized } from './instrument.js';
import type { MeetingKind } from './meetings.js';
import { REGIONS, SCHOOL_HOLIDAY_CODES, SCHOOL_HOLIDAY_NAMES, SCHOOL_YEARS, type Region } from './school-holidays.js';
import { localParts } from './timeline.js';

export { REGIONS, type Region } from './school-holidays.js';

export interface Holiday {
  kind: 'public' | 'school';
  name: Localized;
}

export interface NearestWorkingDays {
  before: string;
  after: string;
  /** One of the two lies outside the school-holiday data, so it may still fall in a school holiday. */
  beyondData: boolean;
}

const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;
const DAY_MS = 86_400_000;
// The longest run of days off is the summer holiday with its weekends (about 44 days).
const SEARCH_LIMIT_DAYS = 70;

function toDay(date: string): number {
  const ms = Date.parse(`${date}T00:00:00Z`);
  if (!DATE_RE.test(date) || Number.isNaN(ms) || new Date(ms).toISOString().slice(0, 10) !== date) {
    throw new RangeError('invalid_date');
  }
  return ms / DAY_MS;
}

function fromDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

function assertRegion(region: Region): void {
  if (!(REGIONS as readonly string[]).includes(region)) throw new RangeError('invalid_region');
}

// Types the library marks as days off. 'school' is its mark for Goede Vrijdag and Bevrijdingsdag:
// not general days off under Dutch law, but most schools are off on Goede Vrijdag, and on
// Bevrijdingsdag schools are often but not always off (it depends on the year and the school's
// collective agreement), so the bot warns on both rather than let a meeting land there unseen.
const DAY_OFF_TYPES = new Set(['public', 'school']);
// date-holidays is loaded with the first date checked instead of at start, where it cost about
// 180 ms; its CommonJS build can be loaded from inside these synchronous functions.
const requireCommonJs = createRequire(import.meta.url);
let library: { nl: Holidays; en: Holidays } | undefined;

function calendars(): { nl: Holidays; en: Holidays } {
  if (!library) {
    const Calendar = requireCommonJs('date-holidays') as typeof Holidays;
    library = { nl: new Calendar('NL', { languages: ['nl'] }), en: new Calendar('NL', { languages: ['en'] }) };
  }
  return library;
}
const publicByYear = new Map<number, ReadonlyMap<string, Localized>>();

function publicHolidaysOf(year: number): ReadonlyMap<string, Localized> {
  const cached = publicByYear.get(year);
  if (cached) return cached;
  const { nl, en } = calendars();
  const english = new Map(en.getHolidays(year, 'en').map((h) => [h.date.slice(0, 10), h.name]));
  const days = new Map<string, Localized>();
  for (const h of nl.getHolidays(year, 'nl')) {
    const date = h.date.slice(0, 10);
    if (DAY_OFF_TYPES.has(h.type)) days.set(date, { nl: h.name, en: english.get(date) ?? h.name });
  }
  publicByYear.set(year, days);
  return days;
}

function publicHoliday(date: string): Holiday | null {
  const name = publicHolidaysOf(Number(date.slice(0, 4))).get(date);
  return name ? { kind: 'public', name } : null;
}

function schoolHoliday(date: string, region: Region): Holiday | null {
  for (const year of SCHOOL_YEARS) {
    for (const code of SCHOOL_HOLIDAY_CODES) {
      const span = year.holidays[code][region];
      // ISO dates compare correctly as strings.
      if (span.from <= date && date <= span.until) return { kind: 'school', name: SCHOOL_HOLIDAY_NAMES[code] };
    }
  }
  return null;
}

/** A public holiday (any year) or the region's school holiday (only within the data); null otherwise. */
export function holidayOn(date: string, region: Region): Holiday | null {
  toDay(date);
  assertRegion(region);
  return publicHoliday(date) ?? schoolHoliday(date, region);
}

/**
 * First day whose school holidays we know for the region: the first holiday of the first school
 * year in the data. Before it, the previous summer holiday is unknown.
 */
export function coveredFrom(region: Region): string | null {
  assertRegion(region);
  const first = SCHOOL_YEARS[0];
  return first ? first.holidays.herfstvakantie[region].from : null;
}

/** Last day whose school holidays we know: the end of the last summer holiday in the data. */
export function coveredUntil(region: Region): string | null {
  assertRegion(region);
  const last = SCHOOL_YEARS[SCHOOL_YEARS.length - 1];
  return last ? last.holidays.zomervakantie[region].until : null;
}

/** False when the date lies outside the school-holiday data: `holidayOn` can then only see public holidays. */
export function isCovered(date: string, region: Region | null): boolean {
  toDay(date);
  // Without a region there are no school holidays to know: every date is as covered as it gets.
  if (region === null) return true;
  const from = coveredFrom(region);
  const until = coveredUntil(region);
  return from !== null && until !== null && from <= date && date <= until;
}

/** `region` null: the school's region is not known, so only weekends and public holidays are days off. */
export function isWorkingDay(date: string, region: Region | null): boolean {
  const weekday = new Date(toDay(date) * DAY_MS).getUTCDay();
  const off = region === null ? publicHoliday(date) : holidayOn(date, region);
  return weekday !== 0 && weekday !== 6 && off === null;
}

function nextWorkingDay(date: string, region: Region | null, step: 1 | -1): string {
  const start = toDay(date);
  for (let i = 1; i <= SEARCH_LIMIT_DAYS; i += 1) {
    const candidate = fromDay(start + step * i);
    if (isWorkingDay(candidate, region)) return candidate;
  }
  throw new RangeError('no_working_day');
}

/**
 * The working days closest before and after `date` (the date itself excluded), skipping weekends,
 * public holidays and the region's school holidays: the alternatives offered when a meeting lands
 * on a day off.
 */
export function nearestWorkingDays(date: string, region: Region | null): NearestWorkingDays {
  if (region !== null) assertRegion(region);
  const before = nextWorkingDay(date, region, -1);
  const after = nextWorkingDay(date, region, 1);
  return { before, after, beyondData: !isCovered(before, region) || !isCovered(after, region) };
}

/**
 * The working day `count` working days before `date`: when to ask the coordinator for a notulist
 * and invuller ahead of a meeting (issue 16 asks for two working days).
 */
export function workingDaysBefore(date: string, count: number, region: Region | null): string {
  if (!Number.isInteger(count) || count < 1) throw new RangeError('invalid_count');
  let day = date;
  for (let i = 0; i < count; i += 1) day = nextWorkingDay(day, region, -1);
  return day;
}

export interface MeetingDayCheck {
  kind: MeetingKind;
  /** The meeting's local date, 'YYYY-MM-DD'. */
  date: string;
  /** The day off it lands on; null when it does not (as far as the data knows). */
  holiday: Holiday | null;
  /** False when the date lies beyond the school-holiday data: a school holiday cannot be ruled out. */
  covered: boolean;
  /** The working days before and after, offered instead; only for a meeting on a day off. */
  alternatives: NearestWorkingDays | null;
}

/**
 * The meetings that need a second look: on a public holiday or in the region's school holidays,
 * or on a date the school-holiday data does not cover. Meetings on a normal working day are left out.
 */
export function checkMeetingDays(
  meetings: ReadonlyArray<{ kind: MeetingKind; startsAt: Date }>,
  timezone: string,
  region: Region | null,
): MeetingDayCheck[] {
  if (region !== null) assertRegion(region);
  return meetings.flatMap((m) => {
    const date = localParts(m.startsAt, timezone).date;
    const holiday = region === null ? publicHoliday(date) : holidayOn(date, region);
    const covered = isCovered(date, region);
    if (holiday === null && covered) return [];
    return [{ kind: m.kind, date, holiday, covered, alternatives: holiday ? nearestWorkingDays(date, region) : null }];
  });
}

/** Why a date is no day to begin a leerlijn on, and the first working day after it. */
export interface DayOff {
  reason: 'weekend' | 'public';
  /** The public holiday's name; none for a weekend day. */
  name: Localized | null;
  next: string;
}

/**
 * Why `date` is no day to begin on (a weekend day or a public holiday; the region's school holidays do
 * not count: app/start-input.ts), or null. A weekend is named before a holiday on it: the weekend is
 * what the weekday of every later meeting repeats.
 */
export function dayOff(date: string): DayOff | null {
  if (isWorkingDay(date, null)) return null;
  const next = nextWorkingDay(date, null, 1);
  const weekday = new Date(toDay(date) * DAY_MS).getUTCDay();
  if (weekday === 0 || weekday === 6) return { reason: 'weekend', name: null, next };
  return { reason: 'public', name: publicHoliday(date)!.name, next };
}
