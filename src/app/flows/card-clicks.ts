// What an agreement on a score card brings, in the same order on both platforms: the posted
// cards show it (and the round-closed message, once agreeing is over), the channel gets the result as it is now (with the step's document, once),
// and the coordinator hears what is next (and, when the channel refused the outcome, that it is not there and how it
// comes). score-cards.ts decides the outcome; the adapter
// carries each part out its own way (CardStage).
import type { Actor, Deps } from '../context.js';
import type { Published } from '../result-publishing.js';
import { closedMessageChanges } from './closing.js';
import { roundCommand } from './post-round.js';
import { text, type TextView } from './surface.js';
import type { RoundView, ScoreCardView } from '../views.js';
import { agreeAllOnRound, agreeOnCard, type AgreementOutcome, type CardClick } from './score-cards.js';

/** The adapter's side of a click, implemented once per platform. */
export interface CardStage {
  /** Redraws the posted round's score cards: `card` when only that card changed, else every card. Never its head. */
  redraw(round: RoundView, card?: ScoreCardView): Promise<void>;
  /**
   * The round's head (Teams' round card) drawn as `round` now stands, scores still left to agree. None on Slack: its
   * header says nothing of a closed round's agreements until all ten are (app/views.ts roundHeadSays).
   */
  redrawHead?(round: RoundView): Promise<void>;
  /** The channel's round-closed message drawn as `round` now stands; best effort. */
  redrawClosed(round: RoundView): Promise<void>;
  /** The result (and the step's document, once) as the channel should show them now; 'refused' when its post was. */
  publish(round: RoundView): Promise<Published>;
  /** The person who clicked hears what is next for the round's leerlijn. */
  tellNextStep(leerlijnId: string): Promise<void>;
  /**
   * The person who clicked hears this, privately, at once: before the next step (Slack). A platform without it shows
   * the flow's `told` itself (Teams: under the card that answers the click, which only they see).
   */
  tell?(view: TextView): Promise<void>;
}

/** What a click brought, and what the person who clicked is told privately, if anything. */
export type CarriedOut<T extends AgreementOutcome> = T & { told?: TextView };

/**
 * The outcome refused by the channel: nothing posts it unless the coordinator types the round's `scores` (rounds.ts) or
 * agrees again (any agreement publishes the round as it is, and posts what was not posted). Said in the leerlijn's
 * language, as everything about its round.
 */
export const outcomeNotPosted = (round: RoundView): TextView =>
  text('round.outcomeNotPosted', { command: roundCommand(round.moment, round.lang) }, { terms: { moment: `moment.${round.moment}` }, tone: 'warning', lang: round.lang });

async function carryOut<T extends AgreementOutcome>(stage: CardStage, agreed: T): Promise<CarriedOut<T>> {
  await stage.redraw(agreed.round, agreed.card);
  if (closedMessageChanges(agreed.round)) await stage.redrawClosed(agreed.round);
  // All ten agreed, the head states the total, so the publish draws it, from the round as it reads it under its claim
  // (pointing to the outcome only once that is there: result-publishing.ts); before that, what is agreed so far.
  if (!agreed.round.result) await stage.redrawHead?.(agreed.round);
  const published = await stage.publish(agreed.round);
  // The channel's refusal matters more than a note on what the click did.
  const told = published === 'refused' ? outcomeNotPosted(agreed.round) : agreed.said;
  if (told && stage.tell) await stage.tell(told);
  if (agreed.tellNextStep) await stage.tellNextStep(agreed.round.leerlijnId);
  return told ? { ...agreed, told } : agreed;
}

/** The coordinator agrees one card's score. */
export async function agreeFlow(deps: Deps, actor: Actor, click: CardClick, stage: CardStage): Promise<CarriedOut<AgreementOutcome & { card: ScoreCardView }>> {
  return carryOut(stage, await agreeOnCard(deps, actor, click));
}

/** The coordinator agrees every proposed score of the round at once. */
export async function agreeAllFlow(deps: Deps, actor: Actor, roundId: string, stage: CardStage): Promise<CarriedOut<AgreementOutcome>> {
  return carryOut(stage, await agreeAllOnRound(deps, actor, roundId));
}
