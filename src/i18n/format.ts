// Dates, durations and shares as people read them. Month and weekday names come from ICU
// through luxon (Node 20 ships full ICU); en-GB gives the day-month order Dutch users expect.
import { DateTime } from 'luxon';
import type { Lang } from '../domain/instrument.js';

export const LOCALE: Readonly<Record<Lang, string>> = { nl: 'nl', en: 'en-GB' };
/** The clock as each language writes it, both on 24 hours: Dutch 15.30 (and 9.00), English 15:30. */
export const CLOCK: Readonly<Record<Lang, string>> = { nl: 'H.mm', en: 'HH:mm' };

function calendarDate(isoDate: string): DateTime {
  const dt = DateTime.fromISO(isoDate, { zone: 'utc' });
  if (!dt.isValid || !/^\d{4}-\d{2}-\d{2}$/.test(isoDate)) throw new RangeError('invalid_date');
  return dt;
}

function instant(at: string | Date, timezone: string): DateTime {
  const dt = typeof at === 'string' ? DateTime.fromISO(at, { zone: timezone }) : DateTime.fromJSDate(at, { zone: timezone });
  if (!dt.isValid) throw new RangeError(dt.invalidReason === 'unsupported zone' ? 'invalid_timezone' : 'invalid_instant');
  return dt;
}

/** 'YYYY-MM-DD' → 'maandag 2 februari 2026' / 'Monday 2 February 2026'. */
export function formatDate(lang: Lang, isoDate: string): string {
  return calendarDate(isoDate).setLocale(LOCALE[lang]).toFormat('cccc d LLLL yyyy');
}

/**
 * Short month names, each in three letters: ICU's en-GB writes September 'Sept' and every other month
 * in three, so 'Mon 14 Sept 2026' stood beside 'Fri 13 Mar 2026'. Written here, not left to the ICU build.
 */
const SHORT_MONTHS: Readonly<Record<Lang, readonly string[]>> = {
  nl: ['jan', 'feb', 'mrt', 'apr', 'mei', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'],
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
};

/** `pattern` with its short month (LLL) written from SHORT_MONTHS; the weekday and the rest from ICU. */
function withShortMonth(lang: Lang, dt: DateTime, pattern: string): string {
  const month = SHORT_MONTHS[lang][dt.month - 1] ?? '';
  return dt.setLocale(LOCALE[lang]).toFormat(pattern.replace('LLL', `'${month}'`));
}

/** 'YYYY-MM-DD' → 'ma 2 feb' / 'Mon 2 Feb', for lists where the year is obvious. */
export function formatShortDate(lang: Lang, isoDate: string): string {
  return withShortMonth(lang, calendarDate(isoDate), 'ccc d LLL');
}

// Each language writes a time as an invitation's span does ('15.30–18.00 uur', 'Monday 2 February 2026, 15:30–18:00'):
// after a comma, so 'The first meeting is on Mon 2 Feb 2026, 15:30' does not run the date into the clock.
const DATE_TIME: Readonly<Record<Lang, string>> = { nl: `ccc d LLL yyyy', '${CLOCK.nl}' uur'`, en: `ccc d LLL yyyy', '${CLOCK.en}` };

/** An instant shown in the leerlijn's zone: 'ma 2 feb 2026, 15.30 uur' / 'Mon 2 Feb 2026, 15:30'. */
export function formatDateTime(lang: Lang, at: string | Date, timezone: string): string {
  return withShortMonth(lang, instant(at, timezone), DATE_TIME[lang]);
}

function decimal(lang: Lang, value: number): string {
  return new Intl.NumberFormat(LOCALE[lang], { maximumFractionDigits: 1 }).format(value);
}

/** 150 → '2,5 uur' / '2.5 hours'; 180 → '3 uur'; 20 → '20 min'; 100 → '1 uur 40 min'. */
export function formatMinutes(lang: Lang, minutes: number): string {
  if (!Number.isFinite(minutes) || minutes < 0) throw new RangeError('invalid_minutes');
  const whole = Math.round(minutes);
  if (whole < 60) return `${whole} min`;
  const unit = (hours: number): string => (lang === 'nl' ? 'uur' : hours === 1 ? 'hour' : 'hours');
  // Half hours read naturally as a decimal; other remainders as hours plus minutes.
  if (whole % 30 === 0) return `${decimal(lang, whole / 60)} ${unit(whole / 60)}`;
  const hours = Math.floor(whole / 60);
  return `${hours} ${unit(hours)} ${whole % 60} min`;
}

/** 0.8667 → '87%'; clamped to 0..100 so rounding never shows 101%. */
export function formatShare(_lang: Lang, share: number): string {
  if (!Number.isFinite(share)) throw new RangeError('invalid_share');
  const percent = Math.min(100, Math.max(0, Math.round(share * 100)));
  return `${percent}%`;
}
