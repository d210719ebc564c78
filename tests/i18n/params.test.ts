// What tError and tField make of their params before filling the text in: codes in an error (a moment, a meeting,
// a schedule reason, an onderdeel) become the catalogue's words, what came as typed is echoed; a field text's ISO
// dates are written out and its holiday named in the reader's language. Pinned per param, in both languages, against
// the catalogue's own words, so a change to how params are read shows here and a change of wording does not.
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../src/domain/instrument.js';
import { formatDate } from '../../src/i18n/format.js';
import { t, tError, tField } from '../../src/i18n/index.js';

const LANGS: Lang[] = ['nl', 'en'];
const escaped = (said: string): string => said.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

describe.each(LANGS)('the params of error texts, in %s', (lang) => {
  it('a moment is its name; an unknown one reads as none', () => {
    expect(tError(lang, 'round_exists', { moment: 'week1' })).toBe(t(lang, 'error.round_exists', { moment: t(lang, 'moment.week1') }));
    expect(tError(lang, 'comparison_incomplete', { moment: 'week17', missing: 3 }))
      .toBe(t(lang, 'error.comparison_incomplete', { moment: t(lang, 'moment.week17'), missing: 3 }));
    expect(tError(lang, 'comparison_incomplete', { moment: 'week5', missing: 3 }))
      .toBe(t(lang, 'error.comparison_incomplete', { moment: t(lang, 'common.none'), missing: 3 }));
  });

  it('a meeting is its name within a sentence, a schedule reason its sentence; unknown ones stay as they came or read as invalid', () => {
    expect(tError(lang, 'schedule_refused', { reason: 'overlap', kind: 'actieplan' }))
      .toBe(t(lang, 'error.schedule_refused', { kind: t(lang, 'meeting.inline.actieplan'), reason: t(lang, 'schedule.issue.overlap') }));
    expect(tError(lang, 'schedule_refused', { reason: 'weekend', kind: 'vervolgevaluatie' }))
      .toBe(t(lang, 'error.schedule_refused', { kind: t(lang, 'meeting.inline.vervolgevaluatie'), reason: t(lang, 'schedule.issue.weekend') }));
    expect(tError(lang, 'schedule_refused', { reason: 'made_up', kind: 'lunch' }))
      .toBe(t(lang, 'error.schedule_refused', { kind: 'lunch', reason: t(lang, 'field.invalid') }));
  });

  it('what came as typed is echoed (escaped where markup is read), the codes not', () => {
    const name = 'De <b>Horizon</b> & co';
    expect(tError(lang, 'leerlijn_not_active', { leerlijn: name }, escaped)).toBe(t(lang, 'error.leerlijn_not_active', { leerlijn: escaped(name) }));
    expect(tError(lang, 'leerlijn_not_active', { leerlijn: name })).toBe(t(lang, 'error.leerlijn_not_active', { leerlijn: name }));
    expect(tError(lang, 'schedule_refused', { reason: 'overlap', kind: 'lunch<' }, escaped))
      .toBe(t(lang, 'error.schedule_refused', { kind: 'lunch&lt;', reason: t(lang, 'schedule.issue.overlap') }));
  });

  it('a date the use case already wrote out, and a time, are said as they came', () => {
    const date = formatDate(lang, '2026-05-25');
    expect(tError(lang, 'follow_up_early', { date, time: '15.30' })).toBe(t(lang, 'error.follow_up_early', { date, time: '15.30' }));
    expect(tError(lang, 'round_early', { date })).toBe(t(lang, 'error.round_early', { date }));
  });
});

describe.each(LANGS)('the params of field texts, in %s', (lang) => {
  it('the date and the working day after it are written out; a holiday is named in the reader’s language', () => {
    expect(tField(lang, { message: 'date_weekend', params: { date: '2026-02-14', next: '2026-02-16' } }))
      .toBe(t(lang, 'field.date_weekend', { date: formatDate(lang, '2026-02-14'), next: formatDate(lang, '2026-02-16') }));
    const holiday = { holiday_nl: 'Koningsdag', holiday_en: 'King’s Day' };
    expect(tField(lang, { message: 'date_public', params: { date: '2026-04-27', next: '2026-04-28', ...holiday } }))
      .toBe(t(lang, 'field.date_public', { date: formatDate(lang, '2026-04-27'), next: formatDate(lang, '2026-04-28'), holiday: holiday[`holiday_${lang}`] }));
  });

  it('what is not an ISO date stays as it came, and so do names', () => {
    expect(tField(lang, { message: 'date_public', params: { date: '27-04-2026', next: '2026-04-28', holiday_nl: 'Koningsdag', holiday_en: 'King’s Day' } }))
      .toBe(t(lang, 'field.date_public', { date: '27-04-2026', next: formatDate(lang, '2026-04-28'), holiday: lang === 'nl' ? 'Koningsdag' : 'King’s Day' }));
    expect(tField(lang, { message: 'bots', params: { names: 'Polly, Bot' } })).toBe(t(lang, 'field.bots', { names: 'Polly, Bot' }));
    expect(tField(lang, { message: 'date_past' })).toBe(t(lang, 'field.date_past'));
  });
});
