// One kind of quotation mark in what people read: the typographic “…” the texts already write
// beside their ’ and – (a word someone typed, a button's name, an action, a document's title).
// Straight "…" and single ‘…’ stood beside it, so one message could quote two ways.
import { describe, expect, it } from 'vitest';
import * as meetings from '../../src/domain/meetings.js';
import { catalogueKeys, hasKey, template } from '../../src/i18n/index.js';
import { localized } from '../story/language.js';

describe.each(['nl', 'en'] as const)('quotation marks in %s', (lang) => {
  it('are “…” in every text, never "…" or ‘…’', () => {
    const texts = [...catalogueKeys(lang).filter(hasKey).map((k) => `${k}: ${template(lang, k)}`), ...localized(meetings, lang)];
    expect(texts.filter((text) => /"|‘/.test(text))).toEqual([]);
  });
});
