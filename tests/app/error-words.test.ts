// Failures in words for the person who acted (src/app/error-words.ts): `actOrTell` gives back what
// was done, or tells them why not in their language, or in the default where that cannot be read.
import { describe, expect, it } from 'vitest';
import { actOrTell } from '../../src/app/error-words.js';
import { AppError } from '../../src/app/errors.js';
import { tError } from '../../src/i18n/index.js';

/** What `tell` was handed, and a `words` that names the error's code in the language chosen. */
function told() {
  const said: string[] = [];
  return { said, tell: async (words: string) => void said.push(words), words: (lang: string, error: unknown) => `${lang}:${error instanceof AppError ? error.code : 'other'}` };
}

describe('actOrTell', () => {
  it('gives back what was done and tells nobody anything', async () => {
    const { said, tell, words } = told();
    expect(await actOrTell({ act: async () => 42, tell, lang: () => 'en', words, defaultLang: 'nl' })).toBe(42);
    expect(said).toEqual([]);
  });

  it('refused, tells the person why in the language read then, and gives back nothing', async () => {
    const { said, tell, words } = told();
    const refused = async (): Promise<number> => { throw new AppError('not_coordinator'); };
    expect(await actOrTell({ act: refused, tell, lang: async () => 'en' as const, words, defaultLang: 'nl' })).toBeUndefined();
    expect(said).toEqual(['en:not_coordinator']);
  });

  it('where the language cannot be read either (the database is down), tells them in the default', async () => {
    const { said, tell } = told();
    const down = async (): Promise<never> => { throw new Error('database down'); };
    await actOrTell({ act: down, tell, lang: down, words: (lang) => tError(lang, 'internal'), defaultLang: 'nl' });
    expect(said).toEqual([tError('nl', 'internal')]);
  });
});
