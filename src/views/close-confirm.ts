// A closed voting round cannot be opened again: one stray click would end the team's vote. So
// every button that closes one asks first, in these words (the typed `sluit` is deliberate and
// acts at once). General words: who voted changes while the button stays on screen.
import type { Lang } from '../domain/instrument.js';
import { t } from '../i18n/index.js';
import type { Confirm } from './doc.js';

export function closeRoundConfirm(lang: Lang): Confirm {
  return {
    title: t(lang, 'round.closeConfirm.title'),
    text: t(lang, 'round.closeConfirm.text'),
    confirm: t(lang, 'round.closeConfirm.confirm'),
    cancel: t(lang, 'round.closeConfirm.cancel'),
  };
}
