// Score cards: one message per onderdeel, written once in src/views/score.ts; Slack draws the
// vote and agree controls (./score-controls.ts). Pure: view in, Block Kit out.
import type { RoundView, ScoreCardView } from '../../../app/views.js';
import type { Lang, OnderdeelCode } from '../../../domain/instrument.js';
import { t } from '../../../i18n/index.js';
import { onderdeelTitle as title } from '../../../i18n/phrases.js';
import { scoreCardDoc, type NoteLimits } from '../../../views/score.js';
import { actions, button, context, header, section, type Rendered } from './blocks.js';
import { slackMarkup, toBlockKit } from './doc.js';
import { AGREE_ALL_ACTION } from './score-controls.js';

export { AGREE_ACTION, AGREE_ALL_ACTION, AGREE_SELECT_ACTION, NOTE_ACTION, VOTE_ACTION } from './score-controls.js';

/** A message splits into sections, so every note is shown, each as long as the results show one. */
const NOTES: NoteLimits = { max: Number.POSITIVE_INFINITY, chars: 600 };

export function onderdeelTitle(code: OnderdeelCode, lang: Lang): string {
  return title(lang, code);
}

export function renderCard(card: ScoreCardView): Rendered {
  return toBlockKit(scoreCardDoc(slackMarkup, card, NOTES));
}

/** Closes the round the button names: `<round id>`. */
export const ROUND_CLOSE_ACTION = 'round_close';

/** The round's thread starts here; once closed it says so and its close button is gone. */
export function renderRoundHeader(round: RoundView): Rendered {
  const lang = round.lang;
  const moment = t(lang, `moment.short.${round.moment}`);
  const text = t(lang, 'card.header', { moment });
  const state = t(lang, round.status === 'open' ? 'round.opened' : 'round.closed', { moment: t(lang, `moment.${round.moment}`) });
  // Once everyone has voted the coordinator closes the round from here (others are refused).
  const close = round.status === 'open' ? [actions('round_close', [button(t(lang, 'round.button.close'), ROUND_CLOSE_ACTION, round.roundId)])] : [];
  return { text, blocks: [header(text), section(state), ...close, context(t(lang, 'privacy.notice'))] };
}

export function renderRoundClosed(round: RoundView): Rendered {
  const lang = round.lang;
  const text = t(lang, 'round.closed', { moment: t(lang, `moment.${round.moment}`) });
  return {
    text,
    blocks: [
      section(`*${text}*\n${t(lang, 'card.closedNotice')}`),
      actions('agree_all', [button(t(lang, 'card.button.agreeAll'), AGREE_ALL_ACTION, round.roundId, 'primary')]),
    ],
  };
}
