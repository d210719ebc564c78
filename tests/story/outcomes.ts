import { t, type Lang } from '../../src/i18n/index.js';

/**
 * How many messages headed as the round's outcome ('Uitkomst: …', 'Result: …') stand in a text, in `lang`: not the
 * head's “Uitkomst: …” that points to it, nor Teams' head card far above, which has the total too.
 */
export const outcomeCounter = (lang: Lang) => (text: string): number =>
  text.split(`${t(lang, 'result.heading')}: `).length - text.split(`“${t(lang, 'result.heading')}: `).length;
