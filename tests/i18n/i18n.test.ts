import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../../src/app/errors.js';
import type { Lang } from '../../src/domain/instrument.js';
import { FASES } from '../../src/domain/tally.js';
import { LEVELS, RANDVOORWAARDEN, SIDES } from '../../src/domain/team.js';
import type { ScheduleIssueCode } from '../../src/domain/timeline.js';
import { formatDate, formatDateTime, formatMinutes, formatShare } from '../../src/i18n/format.js';
import { catalogueKeys, hasKey, langFrom, spokenLangOf, t, tError, tField, template, tScheduleIssue, type MessageKey } from '../../src/i18n/index.js';
import { tTeamWarning } from '../../src/i18n/team-warning.js';

const LANGS: Lang[] = ['nl', 'en'];
// Which placeholders, not how often: English says 'them' where Dutch repeats the name.
const placeholders = (text: string): string[] => [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? ''))].sort();
const keys = (lang: Lang): MessageKey[] => catalogueKeys(lang).filter(hasKey);

describe('catalogues', () => {
  it('have exactly the same keys in Dutch and English', () => {
    expect(catalogueKeys('en').sort()).toEqual(catalogueKeys('nl').sort());
    expect(catalogueKeys('nl').length).toBeGreaterThan(200);
  });

  it('use the same placeholders in both languages for every key', () => {
    const mismatches = keys('nl').filter(
      (key) => placeholders(template('nl', key)).join() !== placeholders(template('en', key)).join(),
    );
    expect(mismatches).toEqual([]);
  });

  it('has no empty texts', () => {
    for (const lang of LANGS) expect(keys(lang).filter((k) => template(lang, k).trim() === '')).toEqual([]);
  });

  it('has a text for every error code, schedule issue, action status and source', () => {
    const issues: ScheduleIssueCode[] = ['order', 'overlap', 'actieplan_late', 'terugkom_late', 'eindevaluatie_early', 'weekend'];
    const required = [
      ...ERROR_CODES.map((c) => `error.${c}`),
      'error.internal',
      'error.rate_limited',
      ...issues.map((c) => `schedule.issue.${c}`),
      ...['open', 'bezig', 'klaar', 'loopt_vast'].map((s) => `action.status.${s}`),
      ...['actieplan', 'terugkom', 'eindevaluatie'].map((s) => `action.source.${s}`),
      ...FASES.flatMap((f) => [`fase.${f}`, `fase.range.${f}`]),
      ...SIDES.map((s) => `side.${s}`),
      ...LEVELS.map((l) => `level.${l}`),
      ...RANDVOORWAARDEN.map((r) => `randvoorwaarde.${r}`),
    ];
    expect(required.filter((k) => !hasKey(k))).toEqual([]);
  });

  it('has a field message for every key the form schemas use', () => {
    const fields = ['required', 'too_long', 'too_many', 'invalid', 'date', 'date_past', 'time', 'timezone', 'kind', 'side',
      'level', 'score', 'onderdeel', 'meeting', 'coordinator_required', 'coordinator_not_in_team', 'members_required',
      'not_in_team', 'confirm_mismatch', 'due_date', 'actions_required', 'status', 'moment'];
    expect(fields.filter((f) => !hasKey(`field.${f}`))).toEqual([]);
  });

  it('keeps modal titles and buttons within Slack limits', () => {
    for (const lang of LANGS) {
      for (const key of keys(lang)) {
        const last = key.split('.').at(-1) ?? '';
        const text = template(lang, key);
        if (last === 'title' || last === 'submit' || last === 'close' || last.endsWith('Title')) {
          expect(text.length, `${lang} ${key}`).toBeLessThanOrEqual(24);
        }
        if (key.split('.').includes('button')) expect(text.length, `${lang} ${key}`).toBeLessThanOrEqual(75);
      }
    }
    expect(t('nl', 'start.title')).toBe('Leerlijn starten');
  });

  it('uses the leerlijn terms for the fases', () => {
    expect([t('nl', 'fase.opstart'), t('nl', 'fase.opbouw'), t('nl', 'fase.doorontwikkel')]).toEqual([
      'Opstartfase',
      'Opbouwfase',
      'Doorontwikkelfase',
    ]);
    expect(t('en', 'fase.doorontwikkel')).toBe('Further development phase');
  });

  it('reminds people not to write about pupils in the privacy notice and under every note field', () => {
    expect(t('nl', 'privacy.notice')).toMatch(/nooit gegevens over individuele leerlingen/);
    expect(t('nl', 'card.notePrivacy')).toMatch(/geen namen of gegevens van leerlingen/);
    expect(t('en', 'privacy.notice')).toMatch(/export and delete/);
  });
});

describe('t', () => {
  it('fills parameters', () => {
    expect(t('nl', 'card.votedCount', { count: 3, total: 8 })).toBe('3 van 8 gestemd');
    expect(t('en', 'card.votedCount', { count: 3, total: 8 })).toBe('3 of 8 voted');
  });

  it('leaves a missing parameter visible', () => {
    expect(t('nl', 'card.votedCount', { count: 3 })).toBe('3 van {total} gestemd');
    expect(t('en', 'command.unknown')).toContain('{command}');
  });

  it('knows which keys exist', () => {
    expect(hasKey('error.not_member')).toBe(true);
    expect(hasKey('error')).toBe(false);
    expect(hasKey('error.nope')).toBe(false);
  });
});

describe('coded messages', () => {
  it('turns error codes and their params into words', () => {
    expect(tError('nl', 'no_leerlijn')).toContain('/leerlijn start');
    expect(tError('nl', 'round_exists', { moment: 'week1' })).toContain('Signalering (week 1)');
    expect(tError('en', 'comparison_incomplete', { moment: 'week17', missing: 3 })).toContain('Final evaluation (week 17)');
    // How far from comparing: the count the use case gives, and where to read what is left to do.
    expect(tError('nl', 'comparison_incomplete', { moment: 'week17', missing: 3 })).toMatch(/score: 3 van de 10\b.*`\/leerlijn status`/);
    expect(tError('en', 'comparison_incomplete', { moment: 'week17', missing: 3 })).toMatch(/score: 3 of the 10\b.*`\/leerlijn status`/);
    // None of the ten agreed is said plainly, not as "10 of the 10".
    expect(tError('en', 'week1_incomplete', { missing: 10 })).toContain('Week 1 has no agreed scores yet.');
    expect(tError('nl', 'week1_incomplete', { missing: 10 })).toContain('Week 1 heeft nog geen afgesproken scores.');
    expect(tError('en', 'comparison_incomplete', { moment: 'week1', missing: 10 })).toContain('No part has an agreed score yet.');
    expect(tError('nl', 'comparison_incomplete', { moment: 'week1', missing: 10 })).toContain('Nog geen enkel onderdeel heeft een afgesproken score.');
    for (const lang of ['nl', 'en'] as const) {
      for (const code of ['week1_incomplete', 'comparison_incomplete'] as const) expect(tError(lang, code, { moment: 'week1', missing: 10 })).not.toMatch(/10 (of|van) de 10|10 of the 10/);
    }
    expect(tError('en', 'week1_incomplete', { missing: 3 })).toContain('Week 1 still lacks 3 of the 10 agreed scores.');
    const refused = tError('nl', 'schedule_refused', { reason: 'overlap', kind: 'actieplan' });
    expect(refused).toContain('actieplanbijeenkomst');
    expect(refused).toContain('overlappen');
    expect(refused).not.toMatch(/\{\w+\}/);
  });

  it('falls back to a generic field message for unknown field keys', () => {
    expect(tField('nl', { message: 'date_past' })).toBe('Kies een datum vanaf vandaag.');
    expect(tField('en', { message: 'something_else' })).toBe(t('en', 'field.invalid'));
  });

  it('words team warnings and schedule issues', () => {
    expect(tTeamWarning('nl', { code: 'side_missing', side: 'jongerenwerk' })).toContain('niemand van het jongerenwerk');
    expect(tTeamWarning('en', { code: 'unassigned', count: 2 })).toContain('for 2 team members.');
    const late = tScheduleIssue('nl', { code: 'actieplan_late', kind: 'actieplan', blocking: false, days: 21 });
    expect(late).toBe('De actieplanbijeenkomst valt 21 dagen na de signalering; de leerlijn raadt binnen 2 weken aan.');
    // The days count from the meeting, not from "het actieplan" (a document filled at it).
    const terugkom = { code: 'terugkom_late', kind: 'terugkom', blocking: false, days: 54 } as const;
    expect(tScheduleIssue('nl', terugkom)).toContain('valt 54 dagen na de actieplanbijeenkomst;');
    expect(tScheduleIssue('en', terugkom)).toContain('is 54 days after the action plan meeting;');
    // The eindevaluatie is a meeting too: named as one, as the terugkombijeenkomst it counts from.
    const eind = { code: 'eindevaluatie_early', kind: 'eindevaluatie', blocking: false, days: 43 } as const;
    expect(tScheduleIssue('nl', eind)).toContain('De eindevaluatiebijeenkomst valt al 43 dagen na de terugkombijeenkomst;');
    expect(tScheduleIssue('en', eind)).toContain('The final evaluation meeting is only 43 days after the follow-up meeting;');
  });
});

describe('spokenLangOf', () => {
  it.each([
    ['nl-BE', 'nl'],
    ['en-GB', 'en'],
    ['de-DE', null],
    ['', null],
    [undefined, null],
  ] as const)('%s → %s', (locale, lang) => {
    expect(spokenLangOf(locale)).toBe(lang);
  });
});

describe('langFrom', () => {
  it.each([
    ['nl', 'nl'],
    ['nl-NL', 'nl'],
    ['nl_BE', 'nl'],
    ['en', 'en'],
    ['en-US', 'en'],
    ['EN_gb', 'en'],
    ['de-DE', 'nl'],
    ['', 'nl'],
    [undefined, 'nl'],
    [null, 'nl'],
  ] as const)('%s → %s', (locale, lang) => {
    expect(langFrom(locale)).toBe(lang);
  });
});

describe('formatting', () => {
  it('writes a date out in full', () => {
    expect(formatDate('nl', '2026-02-02')).toBe('maandag 2 februari 2026');
    expect(formatDate('en', '2026-02-02')).toBe('Monday 2 February 2026');
    expect(() => formatDate('nl', '2026-02-30')).toThrow(RangeError);
  });

  it('shows an instant in the leerlijn’s zone, summer time included; Dutch time in Dutch notation (15.30 uur)', () => {
    expect(formatDateTime('nl', '2026-02-02T14:30:00Z', 'Europe/Amsterdam')).toBe('ma 2 feb 2026, 15.30 uur');
    expect(formatDateTime('en', '2026-02-02T14:30:00Z', 'Europe/Amsterdam')).toBe('Mon 2 Feb 2026, 15:30');
    // The day after the switch to summer time: UTC+2.
    expect(formatDateTime('nl', '2026-03-30T13:30:00Z', 'Europe/Amsterdam')).toBe('ma 30 mrt 2026, 15.30 uur');
    expect(formatDateTime('en', new Date('2026-03-30T13:30:00Z'), 'Europe/Amsterdam')).toBe('Mon 30 Mar 2026, 15:30');
  });

  it('writes meeting lengths as people say them', () => {
    expect(formatMinutes('nl', 150)).toBe('2,5 uur');
    expect(formatMinutes('en', 150)).toBe('2.5 hours');
    expect(formatMinutes('nl', 180)).toBe('3 uur');
    expect(formatMinutes('en', 180)).toBe('3 hours');
    expect(formatMinutes('en', 60)).toBe('1 hour');
    expect(formatMinutes('nl', 20)).toBe('20 min');
    expect(formatMinutes('nl', 100)).toBe('1 uur 40 min');
  });

  it('writes shares as whole percentages', () => {
    expect(formatShare('nl', 0.8667)).toBe('87%');
    expect(formatShare('en', 1)).toBe('100%');
    expect(formatShare('en', 0)).toBe('0%');
  });
});

describe('the help', () => {
  // The meeting's invuller (or the coordinator) records what the team agrees; the forms refuse anyone else.
  it.each(LANGS)('says in %s who fills in the actieplan and the Evaluatielijst, so a member does not read them as theirs to fill in', (lang) => {
    const filler = t(lang, 'timeline.invuller').toLowerCase();
    const lines = (['command.help.actieplan', 'command.help.evaluatie'] as const).map((key) => template(lang, key));
    expect(lines.filter((line) => !line.toLowerCase().includes(filler))).toEqual([]);
  });
});
