import { describe, expect, it } from 'vitest';
import { meetingPlace } from '../../src/i18n/phrases.js';
import { meetingInlineName, meetingStartText, meetingWhenText } from '../../src/i18n/meeting-text.js';

const AMS = 'Europe/Amsterdam';

describe('meetingWhenText', () => {
  it('writes the Dutch date in full, lowercase, with the time span in Dutch notation', () => {
    // 29 March 2027 is the day after the change to summer time (UTC+2): 13:30Z is 15.30 local.
    expect(meetingWhenText('nl', '2027-03-29T13:30:00Z', 180, AMS)).toBe('maandag 29 maart 2027, 15.30–18.30 uur');
  });

  it('writes the English date with capitals and a colon in the times', () => {
    expect(meetingWhenText('en', new Date('2027-03-29T13:30:00Z'), 180, AMS)).toBe('Monday 29 March 2027, 15:30–18:30');
  });

  it('shows the same local time on both sides of the change to summer time', () => {
    // One week earlier Amsterdam is on winter time (UTC+1): 14:30Z is 15.30 local.
    expect(meetingWhenText('nl', '2027-03-22T14:30:00Z', 150, AMS)).toBe('maandag 22 maart 2027, 15.30–18.00 uur');
    expect(meetingWhenText('nl', '2027-03-29T14:30:00Z', 150, AMS)).toBe('maandag 29 maart 2027, 16.30–19.00 uur');
  });

  it('shows the real end time when the clock goes back during the meeting', () => {
    // 31 October 2027, 01:30 summer time; three hours later the clock reads 03:30 winter time.
    expect(meetingWhenText('en', '2027-10-30T23:30:00Z', 180, AMS)).toBe('Sunday 31 October 2027, 01:30–03:30');
  });

  it('drops the leading zero of a morning hour in Dutch, as people write it', () => {
    expect(meetingWhenText('nl', '2027-01-11T08:00:00Z', 150, AMS)).toBe('maandag 11 januari 2027, 9.00–11.30 uur');
  });

  it('names the end date when a meeting runs past midnight', () => {
    expect(meetingWhenText('nl', '2027-01-11T21:00:00Z', 180, AMS)).toBe(
      'maandag 11 januari 2027, 22.00 uur tot dinsdag 12 januari 2027, 1.00 uur',
    );
  });

  it('refuses an unknown timezone and a nonsense duration', () => {
    expect(() => meetingWhenText('nl', '2027-01-11T21:00:00Z', 180, 'Mars/Olympus')).toThrow('invalid_timezone');
    expect(() => meetingWhenText('nl', '2027-01-11T21:00:00Z', 0, AMS)).toThrow('invalid_minutes');
  });
});

describe('meetingInlineName', () => {
  it('names a meeting lowercase with its article, for use mid-sentence', () => {
    expect(meetingInlineName('nl', 'actieplan')).toBe('de actieplanbijeenkomst');
    expect(meetingInlineName('en', 'eindevaluatie')).toBe('the final evaluation meeting');
  });
});

describe('the invitation', () => {
  it('gives the date in full and the time span the Dutch way, and names week 1’s instrument as not filled in yet while it does not exist', async () => {
    const { invitationText } = await import('../../src/i18n/phrases.js');
    const { meetingDefinition } = await import('../../src/domain/meetings.js');
    const def = meetingDefinition('actieplan');
    const leerlijn = { lang: 'nl', timezone: 'Europe/Amsterdam', members: [] } as const;
    const meeting = { kind: 'actieplan', startsAt: '2027-03-29T13:30:00.000Z', durationMinutes: 180, documents: def.documents } as const;
    const { invitationDocuments } = await import('../../src/documents/invitation-links.js');
    const existing = { 'instrument-week1': false, actieplan: false, 'evaluatie-terugkom': false };
    const links = invitationDocuments(def.kind, existing, { linkTtlHours: 1, officialUrls: {} }, { id: 'l', lang: 'nl' }, new Date());
    const notice = { type: 'meeting_reminder', when: 'invite', leerlijn, meeting, links };
    // Only the fields the sentence reads; the rest of the notice does not matter here.
    const text = invitationText(notice as unknown as Parameters<typeof invitationText>[0]);
    expect(text).toContain('Uitnodiging: de actieplanbijeenkomst, maandag 29 maart 2027, 15.30–18.30 uur');
    // The actieplan builds on it: named without a link, with why it is not there (not left out, as before).
    expect(text).toContain('Ingevuld Signaleringsinstrument (nog niet ingevuld: de scores van week 1 zijn nog niet allemaal afgesproken');
    expect(text).toContain('Format actieplan');
  });
});

describe('meetingStartText', () => {
  it('writes the start as the span does: Dutch 9.00 uur, English 09:00', () => {
    expect(meetingStartText('nl', '2027-01-11T08:00:00Z', AMS)).toBe('9.00 uur');
    expect(meetingStartText('en', '2027-01-11T08:00:00Z', AMS)).toBe('09:00');
  });
});

describe('meetingPlace', () => {
  // The planning's row label: 'Week 3: ma 16 feb', and for the new evaluation meeting 'Optioneel: ma 14 sep' (it read 'optioneel:').
  it.each(['nl', 'en'] as const)('starts with a capital in %s, for the optional meeting as for the four', (lang) => {
    const labels = [meetingPlace(lang, { step: 3, week: 9 }), meetingPlace(lang, { step: 5, week: null })].flatMap((p) => [p.step, p.week]);
    expect(labels.filter((label) => label[0] !== label[0]!.toUpperCase())).toEqual([]);
  });
});
