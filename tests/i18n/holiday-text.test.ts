import { describe, expect, it } from 'vitest';
import { checkMeetingDays } from '../../src/domain/holidays.js';
import { meetingDayWarning } from '../../src/i18n/holiday-text.js';

const AMS = 'Europe/Amsterdam';
const only = <T>(xs: T[]): T => {
  expect(xs).toHaveLength(1);
  return xs[0] as T;
};

describe('meetingDayWarning', () => {
  it('names the school holiday and region, lowercase mid-sentence, and the working days around it', () => {
    const check = only(checkMeetingDays([{ kind: 'actieplan', startsAt: new Date('2028-02-22T14:30:00Z') }], AMS, 'noord'));
    expect(meetingDayWarning('nl', check, 'noord')).toBe(
      'Let op: de actieplanbijeenkomst valt op dinsdag 22 februari 2028, in de voorjaarsvakantie van regio Noord. ' +
        'De dichtstbijzijnde werkdagen zijn vrijdag 18 februari 2028 en maandag 28 februari 2028.',
    );
    expect(meetingDayWarning('en', check, 'noord')).toBe(
      'Note: the action plan meeting falls on Tuesday 22 February 2028, in the spring holiday of region North. ' +
        'The nearest working days are Friday 18 February 2028 and Monday 28 February 2028.',
    );
  });

  it('capitalises Christmas and May in English holidays, as English writes them; Dutch stays lower case', () => {
    const christmas = only(checkMeetingDays([{ kind: 'actieplan', startsAt: new Date('2026-12-28T14:30:00Z') }], AMS, 'midden'));
    expect(meetingDayWarning('en', christmas, 'midden')).toContain('in the Christmas holiday of region Central.');
    expect(meetingDayWarning('nl', christmas, 'midden')).toContain('in de kerstvakantie van regio Midden.');
    const may = only(checkMeetingDays([{ kind: 'terugkom', startsAt: new Date('2027-04-29T13:30:00Z') }], AMS, 'midden'));
    expect(meetingDayWarning('en', may, 'midden')).toContain('in the May holiday of region Central.');
    expect(meetingDayWarning('nl', may, 'midden')).toContain('in de meivakantie van regio Midden.');
  });

  it('keeps a public holiday’s capital', () => {
    const check = only(checkMeetingDays([{ kind: 'terugkom', startsAt: new Date('2028-04-27T13:30:00Z') }], AMS, 'zuid'));
    expect(meetingDayWarning('nl', check, 'zuid')).toMatch(/^Let op: de terugkombijeenkomst valt op donderdag 27 april 2028, Koningsdag\. /);
  });

  it('says plainly when a date lies beyond the school-holiday data', () => {
    const check = only(checkMeetingDays([{ kind: 'eindevaluatie', startsAt: new Date('2028-10-17T13:30:00Z') }], AMS, 'noord'));
    expect(meetingDayWarning('nl', check, 'noord')).toBe(
      'Of de eindevaluatiebijeenkomst op dinsdag 17 oktober 2028 in de schoolvakantie valt, kan ik niet zien: ' +
        'ik ken de schoolvakanties van regio Noord van zaterdag 18 oktober 2025 tot en met zondag 27 augustus 2028. Kijk het na in de schoolgids.',
    );
  });

  it('adds a caution when an alternative lies beyond the data', () => {
    // Tweede paasdag 2030: a public holiday we know, in a school year we do not.
    const check = only(checkMeetingDays([{ kind: 'signalering', startsAt: new Date('2030-04-22T13:30:00Z') }], AMS, 'midden'));
    expect(meetingDayWarning('nl', check, 'midden')).toMatch(/Na zondag 20 augustus 2028 ken ik de schoolvakanties nog niet/);
  });
});
