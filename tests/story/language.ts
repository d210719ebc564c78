// Which words give a text away as the other language: every word the bot can say in one language
// (its catalogue, the domain's labels, month and weekday names) that it never says in the other.
// Deliberate labels (leerlijn, Signaleringsinstrument, …) sit in both catalogues, so never count.
import * as instrument from '../../src/domain/instrument.js';
import * as meetings from '../../src/domain/meetings.js';
import { formatDate, formatShortDate } from '../../src/i18n/format.js';
import { catalogueKeys, hasKey, template } from '../../src/i18n/index.js';
import type { Lang } from '../../src/i18n/index.js';

// Emoji codes (:white_check_mark:) and addresses (a document link's random token once held 'tue')
// are no language; 'instrument' is a word of both.
const SHARED = new Set(['instrument']);
const NO_WORDS = /:[a-z_]+:|https?:\/\/[^\s|>)\]]+/g;
const wordsOf = (text: string): string[] => (text.replace(NO_WORDS, ' ').toLowerCase().match(/\p{L}{3,}/gu) ?? []).filter((w) => !SHARED.has(w));

/** Every `{ nl, en }` pair of strings in a module's exported values, in one language (also tests/i18n/quotes.test.ts). */
export function localized(tree: unknown, lang: Lang, into: string[] = [], seen = new Set<unknown>()): string[] {
  if (typeof tree !== 'object' || tree === null || seen.has(tree)) return into;
  seen.add(tree);
  const o = tree as Record<string, unknown>;
  if (typeof o.nl === 'string' && typeof o.en === 'string') into.push(o[lang] as string);
  for (const v of Object.values(o)) localized(v, lang, into, seen);
  return into;
}

function everythingSaid(lang: Lang): Set<string> {
  const texts = [
    ...catalogueKeys(lang).filter(hasKey).map((k) => template(lang, k)),
    ...localized([instrument, meetings], lang),
    // A day in each month of 2026 and seven days in a row: every month and weekday name, long and short.
    ...Array.from({ length: 12 }, (_, m) => `2026-${String(m + 1).padStart(2, '0')}-0${(m % 7) + 1}`).flatMap((d) => [formatDate(lang, d), formatShortDate(lang, d)]),
  ];
  return new Set(texts.flatMap(wordsOf));
}

const SAID = { nl: everythingSaid('nl'), en: everythingSaid('en') };

/**
 * The words in `text` that only the other language's texts use, each with the line it is in: a
 * leak into a leerlijn in `lang`. `typed`: what people typed (names), which is theirs, not the bot's.
 */
export function otherLanguageWords(text: string, lang: Lang, typed: readonly string[] = []): string[] {
  text = typed.reduce((rest, words) => rest.replaceAll(words, ' '), text);
  const other = lang === 'nl' ? 'en' : 'nl';
  const foreign = (w: string): boolean => SAID[other].has(w) && !SAID[lang].has(w);
  // A line that is one lowercase code (a Teams choice's value: 'jongerenwerk', 'none') is no text anyone reads.
  const lines = text.split('\n').filter((line) => !/^[a-z_]+$/.test(line.trim()) && wordsOf(line).some(foreign));
  return [...new Set(lines.map((line) => `${wordsOf(line).filter(foreign).join(', ')}: ${line.trim().slice(0, 160)}`))];
}
