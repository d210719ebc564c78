// A teacher reading 'de beheerder heeft geen PUBLIC_URL ingesteld' does not know what PUBLIC_URL is.
// A text that names a setting says in plain words what is missing and keeps the setting's name only
// in parentheses, for whoever the reader forwards it to.
import { describe, expect, it } from 'vitest';
import { catalogueKeys, hasKey, t, template } from '../../src/i18n/index.js';
import type { Lang } from '../../src/i18n/index.js';

const SETTING_NAME = /[A-Z][A-Z0-9]*_[A-Z0-9_]+/g;

describe.each<Lang>(['nl', 'en'])('texts that name a setting (%s)', (lang) => {
  it('name it only in parentheses', () => {
    const bare = catalogueKeys(lang).filter(hasKey).flatMap((key) =>
      [...template(lang, key).matchAll(SETTING_NAME)].filter((m) => template(lang, key)[(m.index ?? 0) - 1] !== '(').map((m) => `${key}: ${m[0]}`),
    );
    expect(bare).toEqual([]);
  });
});

describe('the PDF that cannot be linked', () => {
  it('says in plain words that the bot’s administrator still has to set a public address', () => {
    expect(t('nl', 'documents.posted.noLink')).toContain('daarvoor moet de beheerder van de bot nog een openbaar adres instellen (PUBLIC_URL)');
    expect(t('en', 'documents.posted.noLink')).toContain('the bot’s administrator still has to set a public address for it (PUBLIC_URL)');
  });
});
