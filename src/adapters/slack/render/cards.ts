// Score cards (src/views/score.ts) and the round's result and instrument (src/views/results.ts)
// as Block Kit; the charts go beside them as image files (documents.ts), so nothing is added here.
import type { RoundView, ScoreCardView } from '../../../app/views.js';
import { instrumentDoc, resultDoc } from '../../../views/results.js';
import { roundClosedDoc, roundHeaderDoc, scoreCardDoc, type NoteLimits } from '../../../views/score.js';
import type { Rendered } from './blocks.js';
import { slackMarkup, toBlockKit } from './doc.js';

/** A long message splits into sections, so Slack shows every note, each up to 600 characters. */
/** 30 notes of up to 500 characters (600 once escaped) are about seven sections: the card stays far inside 50 blocks. */
const NOTES: NoteLimits = { max: 30, chars: 600 };

export function renderCard(card: ScoreCardView): Rendered {
  return toBlockKit(scoreCardDoc(slackMarkup, card, NOTES));
}

/** The round's thread starts here; once closed it says so and its close button is gone. */
export const renderRoundHeader = (round: RoundView): Rendered => toBlockKit(roundHeaderDoc(slackMarkup, round));

export const renderRoundClosed = (round: RoundView): Rendered => toBlockKit(roundClosedDoc(slackMarkup, round));

export const renderResult = (round: RoundView): Rendered => toBlockKit(resultDoc(round));

export const renderInstrument = (round: RoundView, schoolName: string): Rendered => toBlockKit(instrumentDoc(slackMarkup, round, schoolName));
