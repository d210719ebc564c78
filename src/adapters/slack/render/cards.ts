// Score cards (src/views/score.ts) and the round's result and instrument (src/views/results.ts) as Block Kit; their
// charts go beside them as image files (documents.ts).
import type { LeftoverView, RoundView, ScoreCardView } from '../../../app/views.js';
import { leftoverDoc } from '../../../views/leftovers.js';
import { instrumentDoc, resultDoc, roundHeaderDoc } from '../../../views/results.js';
import { roundClosedDoc, scoreCardDoc, type NoteLimits } from '../../../views/score.js';
import type { Rendered } from './blocks.js';
import { slackMarkup, toBlockKit } from './doc.js';

/** Every note shown, up to 600 characters (500 typed, escaped): 30 fill about seven sections, far inside 50 blocks. */
const NOTES: NoteLimits = { max: 30, chars: 600 };

export const renderCard = (card: ScoreCardView): Rendered => toBlockKit(scoreCardDoc(slackMarkup, card, NOTES));

/** The round's thread starts here; once closed it says so and its close button is gone. */
export const renderRoundHeader = (round: RoundView, outcomeInChannel = true): Rendered => toBlockKit(roundHeaderDoc(slackMarkup, round, outcomeInChannel));

export const renderRoundClosed = (round: RoundView): Rendered => toBlockKit(roundClosedDoc(slackMarkup, round));

export const renderResult = (round: RoundView): Rendered => toBlockKit(resultDoc(round));

export const renderInstrument = (round: RoundView, schoolName: string): Rendered => toBlockKit(instrumentDoc(slackMarkup, round, schoolName));

export const renderLeftover = (view: LeftoverView): Rendered => toBlockKit(leftoverDoc(slackMarkup, view));
