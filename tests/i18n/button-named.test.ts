// A sentence that tells someone to press a button names it by the button's own label, passed in, so
// a label changed on the button is changed in the sentence too (it was written twice before).
import { describe, expect, it } from 'vitest';
import { t, type MessageKey } from '../../src/i18n/index.js';

const NAMING_AGREE_ALL: readonly [MessageKey, Record<string, string | number>][] = [
  ['round.noneOpenAgreeWeek1', { missing: 9 }],
  ['round.noneOpenAgreeWeek1None', {}],
  ['guide.next.coordinator.agree_scores', { moment: 'week 1', onderdelen: '3' }],
];

describe('a sentence naming the "accept all proposals" button', () => {
  describe.each(NAMING_AGREE_ALL)('%s', (key, params) => {
    it.each(['nl', 'en'] as const)('takes the label it is given, in %s', (lang) => {
      const said = t(lang, key, { ...params, button: 'LABEL' });
      expect(said).toContain('“LABEL”');
      expect(said).not.toContain(t(lang, 'card.button.agreeAll'));
    });
  });
});
