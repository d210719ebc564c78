// English texts of the guide; joined into `en` in en.ts.
import type { Catalog } from './en.js';
import type { nlGuide } from './nl-guide.js';

export const enGuide: Pick<Catalog, keyof typeof nlGuide> = {
  guide: {
    when: {
      span: '{date}, {start}–{end}',
      spanDays: '{date}, {start} to {endDate}, {end}',
    },
    meetingInline: 'the {name}',
    count: {
      actie: { one: '{count} action', other: '{count} actions' },
      onderdeel: { one: '{count} part', other: '{count} parts' },
      dag: { one: '{count} day', other: '{count} days' },
      werkdag: { one: '{count} working day', other: '{count} working days' },
      week: { one: '{count} week', other: '{count} weeks' },
      teamlid: { one: '{count} team member', other: '{count} team members' },
      stem: { one: '{count} vote', other: '{count} votes' },
      bijeenkomst: { one: '{count} meeting', other: '{count} meetings' },
      poging: { one: '{count} attempt', other: '{count} attempts' },
      persoon: { one: '{count} person', other: '{count} people' },
    },
    reached: {
      onderdelen: 'desired situation reached for {reached} of {total} parts ({percent})',
      points: '{percent} of the desired points achieved',
    },
  },
};
