// How an invitation names a meeting and its time: "maandag 29 maart 2027, 15.30–18.30 uur".
// The wall times come from the leerlijn's IANA zone through luxon, so the span is right on
// either side of a daylight-saving change.
import { DateTime } from 'luxon';
import type { Lang } from '../domain/instrument.js';
import type { MeetingKind } from '../domain/meetings.js';
import { CLOCK, LOCALE } from './format.js';
import { t } from './index.js';

const DATE_FORMAT = 'cccc d LLLL yyyy';

function localStart(startsAt: Date | string, timezone: string): DateTime {
  const dt =
    typeof startsAt === 'string' ? DateTime.fromISO(startsAt, { zone: timezone }) : DateTime.fromJSDate(startsAt, { zone: timezone });
  if (!dt.isValid) throw new RangeError(dt.invalidReason === 'unsupported zone' ? 'invalid_timezone' : 'invalid_instant');
  return dt;
}

/**
 * The full date and time span of a meeting in the leerlijn's zone:
 * nl 'maandag 29 maart 2027, 15.30–18.30 uur', en 'Monday 29 March 2027, 15:30–18:30'.
 * A meeting that runs past midnight names its end date too.
 */
export function meetingWhenText(lang: Lang, startsAt: Date | string, durationMinutes: number, timezone: string): string {
  if (!Number.isFinite(durationMinutes) || durationMinutes <= 0) throw new RangeError('invalid_minutes');
  const start = localStart(startsAt, timezone).setLocale(LOCALE[lang]);
  // Add real minutes, not wall-clock minutes: a night meeting across a DST change still lasts its duration.
  const end = start.plus({ milliseconds: Math.round(durationMinutes) * 60_000 });
  const params = {
    date: start.toFormat(DATE_FORMAT),
    start: start.toFormat(CLOCK[lang]),
    end: end.toFormat(CLOCK[lang]),
  };
  if (start.toISODate() === end.toISODate()) return t(lang, 'guide.when.span', params);
  return t(lang, 'guide.when.spanDays', { ...params, endDate: end.toFormat(DATE_FORMAT) });
}

/** A meeting's start time as its span writes it: nl '15.30 uur' (as in '15.30–18.30 uur'), en '15:30'. */
export function meetingStartText(lang: Lang, startsAt: Date | string, timezone: string): string {
  return t(lang, 'guide.when.at', { start: localStart(startsAt, timezone).toFormat(CLOCK[lang]) });
}

/** A meeting's name mid-sentence, lowercase with its article: 'de actieplanbijeenkomst' / 'the action plan meeting'. */
export function meetingInlineName(lang: Lang, kind: MeetingKind): string {
  return t(lang, 'guide.meetingInline', { name: t(lang, `meeting.inline.${kind}`) });
}
