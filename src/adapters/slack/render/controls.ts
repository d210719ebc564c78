// The controls in a neutral document as Slack draws them: a score card's and the reader's own actions'. The action ids
// and values (`round|P1|2`, `<action>|klaar|<reminder>`) are what messages posted before still send: they stay as they are.
import type { Score } from '../../../domain/instrument.js';
import { t } from '../../../i18n/index.js';
import { OWNER_STATUS_BUTTONS, ownActionLine, statusButtons } from '../../../views/plan.js';
import type { AgreeControls, Block as DocBlock, CardRef, VoteControls } from '../../../views/doc.js';
import { actions, button, option, section, type Block } from './blocks.js';
import { slackMarkup } from './markup.js';

/** A vote button's action id, `vote_1`..`vote_3`: the one click its handler acks itself, once the vote is committed. */
export const VOTE_BUTTON = /^vote_[123]$/;
export const NOTE_ACTION = 'card_note';
export const AGREE_ACTION = 'agree';
export const AGREE_SELECT_ACTION = 'agree_select';
export const AGREE_ALL_ACTION = 'agree_all';
export const ROUND_CLOSE_ACTION = 'round_close';
const STATUS_ACTION = 'action_status';
export const STATUS_BUTTON = new RegExp(`^${STATUS_ACTION}_(${OWNER_STATUS_BUTTONS.join('|')})$`);
export const STATUS_NOTE_ACTION = 'action_note';

const cardValue = ({ roundId, onderdeel }: CardRef, score?: Score): string =>
  (score === undefined ? `${roundId}|${onderdeel}` : `${roundId}|${onderdeel}|${score}`);

/** The note button opens a modal: Slack has no input in a message. */
export function voteButtons(c: VoteControls): Block {
  const votes = c.votes.map((v) => button(v.label, `vote_${v.score}`, cardValue(c.card, v.score)));
  return actions('vote', [...votes, button(c.noteButton, NOTE_ACTION, cardValue(c.card))]);
}

/** Confirm the proposal in one click, or pick any score from a select. */
export function agreeControls(c: AgreeControls): Block {
  const confirm = c.confirm ? [button(c.confirm.label, AGREE_ACTION, cardValue(c.card, c.confirm.score), 'primary')] : [];
  const select = {
    type: 'static_select' as const,
    action_id: AGREE_SELECT_ACTION,
    placeholder: { type: 'plain_text' as const, text: c.otherLabel },
    options: c.scores.map((s) => option(s.label, cardValue(c.card, s.score))),
  };
  return actions('agree', [...confirm, select]);
}

export function roundButton(c: Extract<DocBlock, { type: 'round_control' }>): Block {
  if (c.control === 'close') return actions('round_close', [button(c.label, ROUND_CLOSE_ACTION, c.roundId, undefined, c.confirm)]);
  return actions('agree_all', [button(c.label, AGREE_ALL_ACTION, c.roundId, 'primary')]);
}

/** `index` keeps the block ids in a message unique. In a reminder the buttons name it, so a click redraws that reminder. */
export function actionWithButtons(b: Extract<DocBlock, { type: 'own_action' }>, index: number): Block[] {
  const { lang, action: a } = b;
  const inReminder = typeof b.in === 'object' && b.in.reminder ? `|${b.in.reminder}` : '';
  const buttons = statusButtons(a).map(({ status: s, chosen }) =>
    button(t(lang, `action.button.${s}`), `${STATUS_ACTION}_${s}`, `${a.id}|${s}${inReminder}`, chosen ? 'primary' : undefined),
  );
  return [
    section(ownActionLine(slackMarkup, lang, a), { blockId: `action_${index}` }),
    actions(`action_buttons_${index}`, [...buttons, button(t(lang, 'action.button.note'), STATUS_NOTE_ACTION, `${a.id}${inReminder}`)]),
  ];
}
