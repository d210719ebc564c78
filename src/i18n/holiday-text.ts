// The warning for a meeting on a day off or beyond the school-holiday data, in words. The
// alternatives are dates only; the adapter offers them as buttons at the meeting's own time.
import { coveredFrom, coveredUntil, type MeetingDayCheck, type Region } from '../domain/holidays.js';
import type { Lang } from '../domain/instrument.js';
import { formatDate } from './format.js';
import { t } from './index.js';
import { meetingInlineName } from './meeting-text.js';

const dateOrDash = (lang: Lang, date: string | null): string => (date === null ? '–' : formatDate(lang, date));

/**
 * One or two sentences: 'Let op: de actieplanbijeenkomst valt op dinsdag 22 februari 2028, in de
 * voorjaarsvakantie van regio Noord. De dichtstbijzijnde werkdagen zijn …'.
 */
export function meetingDayWarning(lang: Lang, check: MeetingDayCheck, region: Region | null): string {
  // Without a region only public holidays are found, and no date lies beyond the data.
  const base = { meeting: meetingInlineName(lang, check.kind), date: formatDate(lang, check.date), region: region ? t(lang, `guide.region.${region}`) : '' };
  const until = dateOrDash(lang, region ? coveredUntil(region) : null);
  if (check.holiday === null) return t(lang, 'guide.holiday.beyondData', { ...base, from: dateOrDash(lang, region ? coveredFrom(region) : null), until });
  const name = check.holiday.name[lang];
  // School holidays are named as written mid-sentence ("in de voorjaarsvakantie", "in the Christmas holiday").
  const on = t(lang, check.holiday.kind === 'school' ? 'guide.holiday.onSchool' : 'guide.holiday.onPublic', { ...base, holiday: name });
  if (!check.alternatives) return on;
  const alternatives = t(lang, 'guide.holiday.alternatives', {
    before: formatDate(lang, check.alternatives.before),
    after: formatDate(lang, check.alternatives.after),
  });
  const unsure = check.alternatives.beyondData ? [t(lang, 'guide.holiday.alternativesUnsure', { until })] : [];
  return [on, alternatives, ...unsure].join(' ');
}
