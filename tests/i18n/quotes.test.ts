// One kind of quotation mark in what people read: the typographic “…” the texts already write
// beside their ’ and – (a word someone typed, a button's name, an action, a document's title).
// Straight "…" and single ‘…’ stood beside it, so one message could quote two ways.
import { describe, expect, it } from 'vitest';
import * as meetings from '../../src/domain/meetings.js';
import { catalogueKeys, hasKey, template, type Lang } from '../../src/i18n/index.js';

/** Every `{ nl, en }` string of a module's exported values, in one language. */
function localized(tree: unknown, lang: Lang, into: string[] = [], seen = new Set<unknown>()): string[] {
  if (typeof tree !== 'object' || tree === null || seen.has(tree)) return into;
  seen.add(tree);
  const o = tree as Record<string, unknown>;
  if (typeof o.nl === 'string' && typeof o.en === 'string') into.push(o[lang] as string);
  for (const v of Object.values(o)) localized(v, lang, into, seen);
  return into;
}

describe.each(['nl', 'en'] as const)('quotation marks in %s', (lang) => {
  it('are “…” in every text, never "…" or ‘…’', () => {
    const texts = [...catalogueKeys(lang).filter(hasKey).map((k) => `${k}: ${template(lang, k)}`), ...localized(meetings, lang)];
    expect(texts.filter((text) => /"|‘/.test(text))).toEqual([]);
  });
});
