// Hours of a local day in which something is done (a message read, a team at work), and the next
// moment inside them. Wall-clock times in the leerlijn's zone, so 07:30 stays 07:30 across DST.
import { DateTime } from 'luxon';
import { isWorkingDay } from './holidays.js';
import { localParts, toInstant } from './timeline.js';

export interface DayHours {
  /** 'HH:mm', local. */
  opens: string;
  /** 'HH:mm', local; the hours end just before it. */
  closes: string;
  /** Closed on weekends and public holidays (the school's region unknown: public holidays only). */
  workingDaysOnly: boolean;
}

/** How far ahead a day with open hours is looked for: past any run of days off. */
const SEARCH_DAYS = 31;

/** `at` itself when it falls inside `hours` (local to `timezone`), else the next moment they open. */
export function nextMomentWithin(at: Date, timezone: string, hours: DayHours): Date {
  let day = localParts(at, timezone).date;
  for (let i = 0; i < SEARCH_DAYS; i += 1) {
    if (!hours.workingDaysOnly || isWorkingDay(day, null)) {
      const opens = toInstant(day, hours.opens, timezone);
      if (at < opens) return opens;
      if (at < toInstant(day, hours.closes, timezone)) return at;
    }
    day = DateTime.fromISO(day, { zone: 'utc' }).plus({ days: 1 }).toISODate() ?? day;
  }
  throw new RangeError('no_open_hours');
}
