// How long a job the platform keeps asking to wait (its rate limit, a 429) is tried again. Being
// asked to wait is no failed attempt (scheduler/job-turn.ts), so without a bound a team whose
// platform throttles every message would have its reminders tried for ever, and its coordinators
// would never hear.

/**
 * A job asked to wait on every try for this long is given up as failed, and its coordinators are
 * told. A day: a rate limit lasts seconds to minutes; a message a day late has missed its moment
 * (the next day's reminder, the meeting), and the coordinators can still act on it.
 */
export const THROTTLED_GIVE_UP_HOURS = 24;

/**
 * Whether a job asked to wait on every try since `since` is given up at the pass's `now`. `since`: the
 * pass's moment of the first 429 after the last try that reached someone, so a job that sends to several
 * people and reaches more of them between 429s is not given up while it does.
 */
export function throttledTooLong(since: Date, now: Date): boolean {
  return now.getTime() - since.getTime() >= THROTTLED_GIVE_UP_HOURS * 3_600_000;
}
