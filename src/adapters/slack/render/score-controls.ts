// A score card's controls as Slack draws them. The action ids and the `round|P1|2` values are
// what cards posted before still send, so they stay exactly as they are.
import type { OnderdeelCode, Score } from '../../../domain/instrument.js';
import type { AgreeControls, Block as DocBlock, VoteControls } from '../../../views/doc.js';
import { actions, button, option, type Block } from './blocks.js';

/** A vote button's action id, `vote_1`..`vote_3`: the one click its handler acks itself, once the vote is committed. */
export const VOTE_BUTTON = /^vote_[123]$/;
export const NOTE_ACTION = 'card_note';
export const AGREE_ACTION = 'agree';
export const AGREE_SELECT_ACTION = 'agree_select';
export const AGREE_ALL_ACTION = 'agree_all';
/** Closes the round the button names: `<round id>`. */
export const ROUND_CLOSE_ACTION = 'round_close';

/** Button values carry the round, the onderdeel and (for votes) the score: `round|P1|2`. */
function cardValue(roundId: string, code: OnderdeelCode, score?: Score): string {
  return score === undefined ? `${roundId}|${code}` : `${roundId}|${code}|${score}`;
}

/** Vote buttons `vote_1`..`vote_3` and the note button (which opens a modal: Slack has no input in a message). */
export function voteButtons(c: VoteControls): Block {
  const { roundId, onderdeel } = c.card;
  const votes = c.votes.map((v) => button(v.label, `vote_${v.score}`, cardValue(roundId, onderdeel, v.score)));
  return actions('vote', [...votes, button(c.noteButton, NOTE_ACTION, cardValue(roundId, onderdeel))]);
}

/** Confirm the proposal in one click, or pick any score from a select. */
export function agreeControls(c: AgreeControls): Block {
  const { roundId, onderdeel } = c.card;
  const confirm = c.confirm ? [button(c.confirm.label, AGREE_ACTION, cardValue(roundId, onderdeel, c.confirm.score), 'primary')] : [];
  const select = {
    type: 'static_select' as const,
    action_id: AGREE_SELECT_ACTION,
    placeholder: { type: 'plain_text' as const, text: c.otherLabel },
    options: c.scores.map((s) => option(s.label, cardValue(roundId, onderdeel, s.score))),
  };
  return actions('agree', [...confirm, select]);
}

/** The round's close button (in its header) and its agree-all button: the value is the round id. */
export function roundButton(c: Extract<DocBlock, { type: 'round_control' }>): Block {
  if (c.control === 'close') return actions('round_close', [button(c.label, ROUND_CLOSE_ACTION, c.roundId)]);
  return actions('agree_all', [button(c.label, AGREE_ALL_ACTION, c.roundId, 'primary')]);
}
