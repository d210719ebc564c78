// The Monday digest says what time it tells of. After a digest that never went out (the bot was
// down a week) the next one counts from the last one that did: "afgelopen week" would then hide
// the week before it, so it names the Monday it counts from.
import { describe, expect, it } from 'vitest';
import type { Notice } from '../../src/app/notices.js';
import type { ActionView, LeerlijnView } from '../../src/app/views.js';
import { slackMarkup } from '../../src/adapters/slack/render/markup.js';
import { teamsMarkup } from '../../src/adapters/teams/cards/doc.js';
import type { Lang } from '../../src/domain/instrument.js';
import { noticeDoc } from '../../src/views/notices.js';

const leerlijn = (lang: Lang): LeerlijnView => ({
  id: 'l1', channelId: 'C1', status: 'active', kind: 'bestaand', schoolName: 'Het Baken', youthOrgName: 'JoU', timezone: 'Europe/Amsterdam',
  lang, startDate: '2026-02-02', startTime: '15:30', missingRandvoorwaarden: [],
  members: [{ userId: 'u1', displayName: 'Anna', side: 'school', level: 'manager', isCoordinator: true, isMember: true }], teamWarnings: [],
});
const action: ActionView = {
  id: 'a1', leerlijnId: 'l1', onderdeel: 'P1', description: 'Overleg plannen', ownerUserId: 'u1', dueDate: '2026-03-20',
  status: 'bezig', source: 'actieplan', overdue: false, lastNote: null,
};

/** What the digest says on both platforms, as one text each. */
function said(lang: Lang, more: Partial<Extract<Notice, { type: 'digest' }>>): string[] {
  const n: Notice = { type: 'digest', leerlijn: leerlijn(lang), done: [], bezig: [], stuck: [], overdue: [], ...more };
  return [slackMarkup, teamsMarkup([])].map((m) => JSON.stringify(noticeDoc(m, n)));
}

describe('the weekly digest', () => {
  it('tells of the past week in an ordinary week', () => {
    for (const text of said('nl', { bezig: [action] })) {
      expect(text).toContain('Weekoverzicht. Afgelopen week: 0 acties klaar, 1 actie bezig');
      expect(text).toContain('Wat er afgelopen week veranderde:');
    }
  });

  it('after a missed one, says since which Monday it counts, not "afgelopen week"', () => {
    for (const text of said('nl', { bezig: [action], since: '2026-03-02' })) {
      expect(text).toContain('Weekoverzicht. Sinds ma 2 mrt: 0 acties klaar, 1 actie bezig');
      expect(text).toContain('Wat er sinds ma 2 mrt veranderde:');
      expect(text).not.toContain('fgelopen week');
    }
    for (const text of said('nl', { stuck: [action], since: '2026-03-02' })) expect(text).toContain('Sinds ma 2 mrt: 0 acties klaar, 0 acties bezig, 1 actie vastgelopen');
    for (const text of said('en', { bezig: [action], since: '2026-03-02' })) {
      expect(text).toContain('Weekly overview. Since Mon 2 Mar: 0 actions done, 1 action in progress');
      expect(text).toContain('What changed since Mon 2 Mar:');
      expect(text).not.toContain('past week');
    }
  });

  // 'Afgelopen week: 0 acties klaar, 0 acties bezig, 0 acties vastgelopen.' above 'Afgelopen week is
  // er niets veranderd aan de acties.' said the same twice; the quiet week's first line (also the
  // notification) is what is overdue.
  it('says once that nothing changed', () => {
    for (const text of said('nl', { overdue: [{ ...action, overdue: true }] })) {
      expect(text).toContain('Weekoverzicht. Over de datum: 1 actie.');
      expect(text).toContain('Afgelopen week is er niets veranderd aan de acties.');
      expect(text).not.toContain('0 acties klaar');
    }
    for (const text of said('nl', { since: '2026-03-02' })) {
      expect(text).toContain('Weekoverzicht: geen acties over de datum.');
      expect(text).toContain('Sinds ma 2 mrt is er niets veranderd aan de acties.');
    }
    for (const text of said('en', {})) {
      expect(text).toContain('Weekly overview: no overdue actions.');
      expect(text).not.toContain('0 actions done');
    }
  });

  // 'Weekoverzicht. Over de datum: 0 acties.' read as a form left unfilled: none overdue is said in words.
  it('says in words that no action is overdue, never "0 acties"', () => {
    const weeks = [{}, { since: '2026-03-02' }, { bezig: [action] }, { bezig: [action], since: '2026-03-02' }];
    for (const week of weeks) {
      for (const text of said('nl', week)) {
        expect(text).toMatch(/[Gg]een acties over de datum\./);
        expect(text).not.toContain('Over de datum: 0');
      }
      for (const text of said('en', week)) {
        expect(text).toMatch(/[Nn]o overdue actions\./);
        expect(text).not.toContain('Overdue: 0');
      }
    }
    for (const text of said('nl', { bezig: [action] })) expect(text).toContain('0 acties vastgelopen. Geen acties over de datum.');
  });

  // 'Over de datum: 1 actie.' above a list headed 'Te laat' named one thing two ways.
  it('names overdue actions with the same words in the count and above their list', () => {
    for (const text of said('nl', { overdue: [{ ...action, overdue: true }] })) {
      expect(text).toContain('Over de datum: 1 actie.');
      expect(text).not.toContain('Te laat');
      expect(text.match(/Over de datum/g)!.length).toBeGreaterThan(1);
    }
  });

  // An overdue action that moved this week was listed under its change and again under overdue.
  // It is listed once, under its change: what moved is what the digest is for, and its line
  // says it is overdue; the overdue list below holds the others, so the count adds up.
  it('lists a changed action that is also overdue once, under its change', () => {
    const late = { ...action, overdue: true };
    const other = { ...action, id: 'a2', description: 'Ouders uitnodigen', status: 'open' as const, overdue: true };
    for (const text of said('nl', { bezig: [late], overdue: [late, other] })) {
      expect(text.match(/Overleg plannen/g)!.length).toBe(1);
      expect(text.match(/Ouders uitnodigen/g)!.length).toBe(1);
      expect(text).toContain('Over de datum: 2 acties.');
      expect(text).toContain('Verder over de datum');
    }
    for (const text of said('en', { bezig: [late], overdue: [late] })) {
      expect(text.match(/Overleg plannen/g)!.length).toBe(1);
      expect(text).not.toContain('Also overdue');
    }
  });
});
