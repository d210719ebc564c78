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

// The short reminder moves back to the last working day when its day is a weekend or public
// holiday (app/jobs/plan-jobs.ts); the invitation keeps its day. The form and the confirmation say so.
describe('what the reminder form and its confirmation say about weekends', () => {
  const hints = {
    nl: 'Valt die dag in het weekend of op een feestdag, dan komt hij op de werkdag ervoor.',
    en: 'If that day is a weekend or public holiday, it goes out on the working day before.',
  };

  it('says under the short reminder, on both platforms, that a weekend or holiday moves it to the working day before', () => {
    for (const lang of ['nl', 'en'] as const) {
      const form = remindersForm(lang, 'l1', SETTINGS);
      const slackHints = toModal(form, {}).blocks.map((b) => ('hint' in b ? b.hint?.text : undefined));
      expect(slackHints).toEqual([undefined, undefined, hints[lang], undefined, undefined]);
      const teamsCard = JSON.stringify(toFormCard(form, []));
      expect(teamsCard).toContain(hints[lang]);
      expect(teamsCard.split(hints[lang])).toHaveLength(2);
    }
  });

  const saved = (lang: 'nl' | 'en', dayBefore: number) => {
    const next = { kind: 'signalering' as const, meetingDate: '2026-02-02', invite: '2026-01-23', ...(dayBefore > 0 ? { shortReminder: '2026-01-30' } : {}) };
    const view = { type: 'reminders_saved' as const, settings: { ...SETTINGS, inviteDays: 10, dayBefore }, next };
    return [slackMarkup, teamsMarkup([])].map((m) => replyDoc(m, lang, view).fallback);
  };

  it('confirms with the rule and the dates the next meeting’s messages really go out', () => {
    for (const said of saved('nl', 2)) {
      expect(said).toContain('Valt de korte herinnering in het weekend of op een feestdag, dan komt hij op de werkdag ervoor.');
      expect(said).toContain('Voor de signaleringsbijeenkomst van maandag 2 februari 2026: uitnodiging op vrijdag 23 januari 2026, korte herinnering op vrijdag 30 januari 2026.');
    }
    for (const said of saved('en', 2)) {
      expect(said).toContain('If the short reminder falls on a weekend or public holiday, it goes out on the working day before.');
      expect(said).toContain('For the assessment meeting on Monday 2 February 2026: invitation on Friday 23 January 2026, short reminder on Friday 30 January 2026.');
    }
  });

  it('says nothing of a weekend without a short reminder', () => {
    for (const said of saved('nl', 0)) {
      expect(said).not.toContain('weekend');
      expect(said).toContain('Voor de signaleringsbijeenkomst van maandag 2 februari 2026: uitnodiging op vrijdag 23 januari 2026.');
    }
  });
});
