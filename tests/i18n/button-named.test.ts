// A sentence that tells someone to press a button names it by the button's own label, passed in, so
// a label changed on the button is changed in the sentence too (it was written twice before).
import { describe, expect, it } from 'vitest';
import { t } from '../../src/i18n/index.js';

describe('a sentence naming the "accept all proposals" button', () => {
  it.each(['nl', 'en'] as const)('takes the label it is given, in %s', (lang) => {
    const said = t(lang, 'round.noneOpenAgreeWeek1', { missing: 9, button: 'LABEL' });
    expect(said).toContain('“LABEL”');
    expect(said).not.toContain(t(lang, 'card.button.agreeAll'));
  });
});
