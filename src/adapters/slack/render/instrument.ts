// The round's result, the filled Signaleringsinstrument and the comparison of week 17 with week 1:
// written once in src/views/results.ts. Slack posts the charts as images beside them (surface.ts,
// documents.ts), so nothing is added here.
import type { ComparisonView, RoundView } from '../../../app/views.js';
import { comparisonDoc, instrumentDoc, resultDoc } from '../../../views/results.js';
import type { Rendered } from './blocks.js';
import { slackMarkup, toBlockKit } from './doc.js';

export const renderResult = (round: RoundView): Rendered => toBlockKit(resultDoc(round));

/** All onderdelen with their agreed score, distribution and notes. */
export const renderInstrument = (round: RoundView, schoolName: string): Rendered => toBlockKit(instrumentDoc(slackMarkup, round, schoolName));

export const renderComparison = (view: ComparisonView): Rendered => toBlockKit(comparisonDoc(slackMarkup, view));
