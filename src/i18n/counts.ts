// Counts with the right noun form ("1 actie", "2 acties") and shares that say what they count.
// Dutch and English both have only 'one' and 'other'; Intl.PluralRules picks between them so a
// third language with more forms would only need its catalogue keys.
import type { Lang } from '../domain/instrument.js';
import { formatShare } from './format.js';
import { t } from './index.js';

export const COUNT_NOUNS = [
  'actie',
  'onderdeel',
  'dag',
  'werkdag',
  'week',
  'teamlid',
  'stem',
  'bijeenkomst',
  'poging',
  'persoon',
  'uur',
  'punt',
  'notitie',
] as const;
export type CountNoun = (typeof COUNT_NOUNS)[number];

const RULES: Readonly<Record<Lang, Intl.PluralRules>> = {
  nl: new Intl.PluralRules('nl'),
  en: new Intl.PluralRules('en-GB'),
};

/** 1 → '1 actie', 3 → '3 acties', 0 → '0 acties'; en '1 action', '2 actions'. */
export function countText(lang: Lang, noun: CountNoun, count: number): string {
  if (!Number.isFinite(count)) throw new RangeError('invalid_count');
  const form = RULES[lang].select(count) === 'one' ? 'one' : 'other';
  return t(lang, `guide.count.${noun}.${form}`, { count });
}

/** The first letter in capitals, for a phrase that opens a sentence or a list line. */
export function sentenceStart(text: string): string {
  return text.length === 0 ? text : text.charAt(0).toLocaleUpperCase() + text.slice(1);
}

/**
 * 'gewenste situatie bereikt bij 9 van 10 onderdelen (90%)': the percentage is the share of
 * onderdelen, so the number and the percentage always tell the same story.
 */
export function reachedOnderdelenText(lang: Lang, reached: number, total: number): string {
  if (!Number.isInteger(reached) || !Number.isInteger(total) || total <= 0 || reached < 0 || reached > total) {
    throw new RangeError('invalid_count');
  }
  return t(lang, 'guide.reached.onderdelen', { reached, total, percent: formatShare(lang, reached / total) });
}

/**
 * '95% van de gewenste punten gehaald': the other measure `compareInstruments` reports for a new
 * collaboration (achieved points, capped per onderdeel at the desired score, over the desired
 * points). Shown on its own line so it is never read as a share of onderdelen.
 */
export function desiredPointsText(lang: Lang, share: number): string {
  return t(lang, 'guide.reached.points', { percent: formatShare(lang, share) });
}
