// A score card's controls: Action.Execute under the card, the note typed in the card itself. Cards posted
// before still send these verbs and data, so they stay exactly as they are.
import type { AgreeControls, Block, Button, VoteControls } from '../../../views/doc.js';
import { clip } from '../../../text.js';
import { execute, note, type Element } from './common.js';

export const VERB = {
  vote: 'vote',
  note: 'note',
  agree: 'agree',
  agreeAll: 'agree_all',
  close: 'close',
  /** Teams asks for it (refresh.action) whenever a listed user looks at the card. */
  refresh: 'refreshCard',
} as const;

/** The note field above the buttons: Teams sends it with whichever button is pressed. */
export function noteField(c: VoteControls): Element[] {
  const { label, placeholder, hint } = c.noteField;
  return [{ type: 'Input.Text', id: 'note', label, placeholder: clip(placeholder, 120), isMultiline: true, maxLength: 500 }, note(hint)];
}

function voteActions(c: VoteControls): Element[] {
  const { roundId, onderdeel } = c.card;
  // Only on the voter's own card: the shared one never marks anyone's vote.
  const votes = c.votes.map((v) => execute(v.label, VERB.vote, { roundId, onderdeel, score: v.score }, c.own === v.score ? { style: 'positive' } : {}));
  return [...votes, execute(c.noteButton, VERB.note, { roundId, onderdeel })];
}

/** The proposal first, then every other score as a button of its own (a card has room for three). */
function agreeActions(c: AgreeControls): Element[] {
  const { roundId, onderdeel } = c.card;
  const others = c.scores.filter((s) => s.score !== c.confirm?.score);
  return [...(c.confirm ? [c.confirm] : []), ...others].map((s) => execute(s.label, VERB.agree, { roundId, onderdeel, score: s.score }));
}

type RoundControl = Extract<Block, { type: 'round_control' }>;

const roundVerb = (b: RoundControl): string => (b.control === 'close' ? VERB.close : VERB.agreeAll);

/**
 * A round control that asks first, as a button of the card's body (doc.ts buttonRow draws it with its question, and folds
 * it away while that is open, so the card never shows two close buttons); one that does not is under the card (scoreActions).
 */
export function roundControlButton(b: RoundControl): Button {
  return { label: b.label, action: roundVerb(b), data: { roundId: b.roundId }, inPlace: true, confirm: b.confirm };
}

/** The card-level actions a document's score controls bring (a round control that asks first is in the body). */
export function scoreActions(b: Block): Element[] {
  if (b.type === 'score_vote') return voteActions(b);
  if (b.type === 'score_agree') return agreeActions(b);
  if (b.type === 'round_control' && !b.confirm) return [execute(b.label, roundVerb(b), { roundId: b.roundId })];
  return [];
}
