// Clicks on a score card (vote, note, agree, agree all), decided once for both platforms: which
// use case runs, what the person who clicked is told, and what a complete result brings. Each
// adapter parses the click, carries the outcome out with its own cards (Slack redraws messages
// in the channel, Teams answers the invoke with the card) and keeps its live counts current.
import type { Lang } from '../../domain/instrument.js';
import { t, tField } from '../../i18n/index.js';
import type { Actor, Deps } from '../context.js';
import { isAppError, ValidationError } from '../errors.js';
import { addNote, agreeAllTaking, castVote, setAgreedScore } from '../rounds.js';
import type { RoundView, ScoreCardView, VoteReceipt } from '../views.js';
import { text, type TextView } from './surface.js';

/** A card click as parsed by the adapter; the use cases check every part of it. */
export interface CardClick {
  roundId: string;
  onderdeel: unknown;
  score?: unknown;
  /** What was typed in the card's note field (Teams sends the card's inputs with every button). */
  note?: unknown;
}

/** What the person who typed a note is told once it is kept. */
const NOTE_SAVED: TextView = text('card.noteSaved', {}, { tone: 'good' });

export interface VoteOutcome {
  receipt: VoteReceipt;
  /** Set when a typed note was kept with the vote: the voter is told so. */
  confirmation?: TextView;
}

/**
 * The vote, and a note typed before the vote button was pressed: that is the person's note
 * too, not something to drop. `counted`: the card's count comes with the vote (castVote).
 */
export async function voteOnCard(deps: Deps, actor: Actor, click: CardClick, opts: { counted?: boolean } = {}): Promise<VoteOutcome> {
  const receipt = await castVote(deps, actor, { roundId: click.roundId, onderdeel: click.onderdeel, score: click.score }, opts);
  if (typeof click.note !== 'string' || click.note.trim() === '') return { receipt };
  await addNote(deps, actor, { roundId: click.roundId, onderdeel: click.onderdeel, body: click.note });
  return { receipt, confirmation: NOTE_SAVED };
}

export interface NoteOutcome {
  card: ScoreCardView;
  confirmation: TextView;
}

export async function noteOnCard(deps: Deps, actor: Actor, click: CardClick): Promise<NoteOutcome> {
  const card = await addNote(deps, actor, { roundId: click.roundId, onderdeel: click.onderdeel, body: click.note ?? '' });
  return { card, confirmation: NOTE_SAVED };
}

/**
 * What a refused note says: a note typed after closing is not a refused vote, so the person hears
 * what happened to the note (in the leerlijn's language when the refusal knows it); an empty or
 * too long note, what is wrong with it, where no input can be marked (a card's). Anything else:
 * the platform's words for the refusal (`refusal`).
 */
export function noteRefusal(error: unknown, fallbackLang: Lang, refusal: () => string): string {
  if (error instanceof ValidationError) return `${t(fallbackLang, 'card.addNote')}: ${error.fields.map((f) => tField(fallbackLang, f)).join(' ')}`;
  if (!isAppError(error) || error.code !== 'round_not_open') return refusal();
  return t(error.lang ?? fallbackLang, 'card.noteTooLate');
}

/** A changed agreement, and what it brings once all ten are agreed: the filled instrument for the team (once) and the next step for the coordinator. */
export interface AgreementOutcome {
  round: RoundView;
  /** The clicked card as it is now (an agree on one card). */
  card?: ScoreCardView;
  /**
   * Whether the coordinator hears what is next. After "agree all" always: an onderdeel nobody
   * voted on has no proposal and stays open, and the next step names it. After one card only
   * once the result is complete, or every card agreed would answer with the same line.
   */
  tellNextStep: boolean;
  /** What the clicker hears before the next step, on either platform (e.g. that all was agreed already). */
  said?: TextView;
}

function agreement(round: RoundView, whole: boolean): AgreementOutcome {
  return { round, tellNextStep: whole || round.result !== null };
}

export async function agreeOnCard(deps: Deps, actor: Actor, click: CardClick): Promise<AgreementOutcome & { card: ScoreCardView }> {
  const round = await setAgreedScore(deps, actor, { roundId: click.roundId, onderdeel: click.onderdeel, score: click.score });
  // setAgreedScore took only one of the ten onderdelen, and a round has a card for each (round-views.ts).
  return { ...agreement(round, false), card: round.cards.find((c) => c.onderdeel === click.onderdeel)! };
}

/**
 * Pressed again on an older message once all ten were agreed, it took nothing over: the coordinator hears so,
 * not only the next step, which would read as if the press did something.
 */
export async function agreeAllOnRound(deps: Deps, actor: Actor, roundId: string): Promise<AgreementOutcome> {
  const { round, taken } = await agreeAllTaking(deps, actor, roundId);
  if (taken > 0 || round.result === null) return agreement(round, true);
  const said = text('round.agreedAlready', {}, { terms: { moment: `moment.${round.moment}` }, lang: round.lang });
  return { ...agreement(round, true), said };
}
