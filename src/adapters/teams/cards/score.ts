// Score cards (src/views/score.ts) and the round's result card (src/views/results.ts) with Teams' controls.
import type { Score } from '../../../domain/instrument.js';
import { takesVotes, type RoundView, type ScoreCardView } from '../../../app/views.js';
import { outcomeDoc, roundDoc } from '../../../views/results.js';
import { roundControls, scoreCardDoc, type NoteLimits } from '../../../views/score.js';
import { teamsMarkup, toAdaptiveCard } from './doc.js';
import type { AdaptiveCard } from './common.js';
import { VERB } from './score-controls.js';

/** Teams refreshes a card by itself for at most 60 listed users. */
export const MAX_REFRESH_USERS = 60;

/** A card names nobody, so one markup serves them all (and the card's fixed part is built once per markup). */
const MARKUP = teamsMarkup([]);

/** A card has a size limit (about 28 KB): twenty notes of 300 characters fit beside the rest. */
const NOTES: NoteLimits = { max: 20, chars: 300 };

/**
 * The shared card; `ownVote` makes it the voter's own view. While the round is open, `refreshFor` (the voters' Teams
 * ids) makes Teams fetch each of them their own view, so the shared card never carries anyone's vote.
 */
export function scoreCard(view: ScoreCardView, ownVote: Score | null = null, refreshFor: readonly string[] = []): AdaptiveCard {
  const open = takesVotes(view);
  const data = { roundId: view.roundId, onderdeel: view.onderdeel };
  const refresh = open && refreshFor.length > 0
    ? { refresh: { action: { type: 'Action.Execute', verb: VERB.refresh, data }, userIds: refreshFor.slice(0, MAX_REFRESH_USERS) } }
    : {};
  return toAdaptiveCard(scoreCardDoc(MARKUP, view, NOTES, open ? ownVote : null), [], refresh);
}

/**
 * The round as one card that follows it: its head, which once all ten are agreed points to the outcome below (while that is
 * in the channel: `outcomeInChannel`); its controls go under it, a question they unfold at the body's end.
 */
export function roundResultCard(view: RoundView, outcomeInChannel = true): AdaptiveCard {
  const doc = roundDoc(MARKUP, view, outcomeInChannel);
  return toAdaptiveCard({ ...doc, blocks: [...doc.blocks, ...roundControls(view)] });
}

/** The round's outcome (total, fase, chart, filled instrument), posted at the bottom of the channel once all ten are agreed. */
export const roundOutcomeCard = (view: RoundView): AdaptiveCard => toAdaptiveCard(outcomeDoc(MARKUP, view));
