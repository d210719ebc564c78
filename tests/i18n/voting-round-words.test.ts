// The voting round has one name in each language: 'Je kunt hem wijzigen tot de ronde sluit.' stood on
// the card beside 'Stemronde … loopt nog.', and the menu offered a 'scoreronde'.
import { describe, expect, it } from 'vitest';
import { catalogueKeys, hasKey, t, template } from '../../src/i18n/index.js';

describe('the voting round’s name', () => {
  it('is "stemronde" in every Dutch text, never "ronde" or "scoreronde"', () => {
    const others = catalogueKeys('nl').filter(hasKey).flatMap((key) =>
      [...template('nl', key).matchAll(/\p{L}*ronde(s)?\b/giu)].map((m) => m[0]).filter((word) => !/^stemrondes?$/i.test(word)).map((word) => `${key}: ${word}`),
    );
    expect(others).toEqual([]);
  });

  it('is "voting round" in every English text, never a bare "round"', () => {
    const others = catalogueKeys('en').filter(hasKey).flatMap((key) =>
      [...template('en', key).matchAll(/(\S+ )?\brounds?\b/giu)].map((m) => m[0]).filter((words) => !/^voting rounds?$/i.test(words)).map((words) => `${key}: ${words}`),
    );
    expect(others).toEqual([]);
  });

  it('is "voting round" on the card that confirms a vote, in English too', () => {
    expect(t('nl', 'card.yourVote', { score: 2, label: 'enigszins' })).toContain('tot de stemronde sluit');
    expect(t('en', 'card.yourVote', { score: 2, label: 'somewhat' })).toContain('until the voting round closes');
  });
});
