// Every short date names its month the same way in a language: 'Mon 14 Sept 2026' in the planning beside
// 'Fri 13 Mar 2026' elsewhere read as two styles (ICU's en-GB writes September 'Sept', every other month in three letters).
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../src/domain/instrument.js';
import { formatDateTime, formatShortDate } from '../../src/i18n/format.js';
import { dueDateText } from '../../src/i18n/phrases.js';

const MONTHS: Readonly<Record<Lang, readonly string[]>> = {
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
  nl: ['jan', 'feb', 'mrt', 'apr', 'mei', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'],
};
const langs: Lang[] = ['en', 'nl'];

describe.each(langs)('short dates in %s', (lang) => {
  it.each(MONTHS[lang].map((name, i) => [name, i + 1] as const))('write month %s in three letters in every short form', (name, month) => {
    const iso = `2026-${String(month).padStart(2, '0')}-14`;
    expect(formatShortDate(lang, iso)).toMatch(new RegExp(`^\\S+ 14 ${name}$`));
    expect(dueDateText(lang, iso)).toMatch(new RegExp(`^\\S+ 14 ${name} 2026$`));
    expect(formatDateTime(lang, `${iso}T12:00:00Z`, 'Europe/Amsterdam')).toMatch(new RegExp(`^\\S+ 14 ${name} 2026, `));
  });

  it('reads as the planning and the action lists do', () => {
    expect(formatDateTime(lang, '2026-09-14T13:30:00Z', 'Europe/Amsterdam')).toBe(lang === 'en' ? 'Mon 14 Sep 2026, 15:30' : 'ma 14 sep 2026, 15.30 uur');
  });
});
