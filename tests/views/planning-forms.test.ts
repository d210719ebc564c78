import { describe, expect, it } from 'vitest';
import { remindersForm } from '../../src/views/planning-forms.js';
import { replyDoc } from '../../src/views/reply.js';
import { toModal } from '../../src/adapters/slack/render/form.js';
import { slackMarkup } from '../../src/adapters/slack/render/markup.js';
import { toFormCard } from '../../src/adapters/teams/cards/form.js';
import { teamsMarkup } from '../../src/adapters/teams/cards/doc.js';

const SETTINGS = { inviteDays: 7, dayBefore: 1, atStart: true, notifyChannel: false };
const introOf = (lang: 'nl' | 'en'): string => JSON.stringify(remindersForm(lang, 'l1', SETTINGS).intro);

describe('the reminders form', () => {
  it('writes the hour the messages go out as the invitations write times: Dutch 9.00 uur, not 09:00 uur', () => {
    expect(introOf('nl')).toContain('om 9.00 uur');
    expect(introOf('nl')).not.toContain('09:00');
    expect(introOf('en')).toContain('at 09:00');
  });
});

// The invitation and the short reminder move back to the last working day when their day is a
// weekend or public holiday (app/jobs/plan-jobs.ts). The form and the confirmation say so of each.
describe('what the reminder form and its confirmation say about weekends', () => {
  const hints = {
    nl: {
      invite: 'Valt die dag in het weekend of op een feestdag, dan komt de uitnodiging op de werkdag ervoor, altijd vóór de korte herinnering.',
      shortReminder: 'Valt die dag in het weekend of op een feestdag, dan komt hij op de werkdag ervoor.',
    },
    en: {
      invite: 'If that day is a weekend or public holiday, the invitation goes out on the working day before, always before the short reminder.',
      shortReminder: 'If that day is a weekend or public holiday, it goes out on the working day before.',
    },
  };

  it('says under the invitation and the short reminder, on both platforms, that a weekend or holiday moves it to the working day before', () => {
    for (const lang of ['nl', 'en'] as const) {
      const form = remindersForm(lang, 'l1', SETTINGS);
      const slackHints = toModal(form, {}).blocks.map((b) => ('hint' in b ? b.hint?.text : undefined));
      expect(slackHints).toEqual([undefined, hints[lang].invite, hints[lang].shortReminder, undefined, undefined]);
      const teamsCard = JSON.stringify(toFormCard(form, []));
      for (const hint of Object.values(hints[lang])) expect(teamsCard.split(hint)).toHaveLength(2);
    }
  });

  const saved = (lang: 'nl' | 'en', inviteDays: number, dayBefore: number) => {
    const next = {
      kind: 'signalering' as const,
      meetingDate: '2026-02-02',
      ...(inviteDays > 0 ? { invite: '2026-01-23' } : {}),
      ...(dayBefore > 0 ? { shortReminder: '2026-01-30' } : {}),
    };
    const view = { type: 'reminders_saved' as const, settings: { ...SETTINGS, inviteDays, dayBefore }, next };
    return [slackMarkup, teamsMarkup([])].map((m) => replyDoc(m, lang, view).fallback);
  };

  it('confirms with the rule for both messages and the dates the next meeting’s messages really go out', () => {
    for (const said of saved('nl', 9, 2)) {
      expect(said).toContain('Valt de uitnodiging of de korte herinnering in het weekend of op een feestdag, dan komt die op de werkdag ervoor.');
      expect(said).toContain('Voor de signaleringsbijeenkomst van maandag 2 februari 2026: uitnodiging op vrijdag 23 januari 2026, korte herinnering op vrijdag 30 januari 2026.');
    }
    for (const said of saved('en', 9, 2)) {
      expect(said).toContain('If the invitation or the short reminder falls on a weekend or public holiday, it goes out on the working day before.');
      expect(said).toContain('For the assessment meeting on Monday 2 February 2026: invitation on Friday 23 January 2026, short reminder on Friday 30 January 2026.');
    }
  });

  it('without a short reminder, says the rule of the invitation alone', () => {
    for (const said of saved('nl', 9, 0)) {
      expect(said).toContain('Valt de uitnodiging in het weekend of op een feestdag, dan komt die op de werkdag ervoor.');
      expect(said).not.toContain('korte herinnering in het weekend');
      expect(said).toContain('Voor de signaleringsbijeenkomst van maandag 2 februari 2026: uitnodiging op vrijdag 23 januari 2026.');
    }
    for (const said of saved('en', 9, 0)) expect(said).toContain('If the invitation falls on a weekend or public holiday, it goes out on the working day before.');
  });

  it('without an invitation, says the rule of the short reminder alone; with neither, nothing of a weekend', () => {
    for (const said of saved('nl', 0, 2)) expect(said).toContain('Valt de korte herinnering in het weekend of op een feestdag, dan komt die op de werkdag ervoor.');
    for (const said of saved('en', 0, 2)) expect(said).toContain('If the short reminder falls on a weekend or public holiday, it goes out on the working day before.');
    for (const said of [...saved('nl', 0, 0), ...saved('en', 0, 0)]) expect(said).not.toContain('weekend');
  });

  it('says what was saved as a sentence: what goes out and what does not, not "short reminder none, at the start: No"', () => {
    const sentence = (lang: 'nl' | 'en', settings: typeof SETTINGS) =>
      [slackMarkup, teamsMarkup([])].map((m) => replyDoc(m, lang, { type: 'reminders_saved', settings }).fallback.split('. ')[0]);
    const none = { inviteDays: 7, dayBefore: 0, atStart: false, notifyChannel: false };
    for (const said of sentence('en', SETTINGS)) expect(said).toBe('Reminders updated: an invitation 7 days before, a short reminder 1 day before and a message when the meeting starts');
    for (const said of sentence('en', none)) expect(said).toBe('Reminders updated: an invitation 7 days before, no short reminder and no message when the meeting starts');
    for (const said of sentence('nl', SETTINGS)) expect(said).toBe('Herinneringen aangepast: een uitnodiging 7 dagen vooraf, een korte herinnering 1 dag vooraf en een bericht bij de start van de bijeenkomst');
    for (const said of sentence('nl', none)) expect(said).toBe('Herinneringen aangepast: een uitnodiging 7 dagen vooraf, geen korte herinnering en geen bericht bij de start van de bijeenkomst');
  });
});

