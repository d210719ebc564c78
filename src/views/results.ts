// A round's result, the filled Signaleringsinstrument and week 17 beside week 1, written once for
// both platforms. Votes show only as a distribution per onderdeel, never per person. The chart
// stands right below the numbers it shows (a `chart` block: Teams draws it in the card, Slack
// posts an image file instead).
import { roundHeadSays, type ComparisonView, type HeadSays, type RoundView, type ScoreCardView } from '../app/views.js';
import type { Comparison, ElementChange } from '../domain/compare.js';
import { ELEMENTS, onderdeel, onderdelenOf, type Lang, type OnderdeelCode, type WerkzaamElement } from '../domain/instrument.js';
import type { Result } from '../domain/tally.js';
import { comparisonBarChartData, comparisonChartAlt, resultBarChartData, resultChartAlt } from '../documents/charts/index.js';
import { elementChangeText, faseChangeText, otherVotersText, scoreChangeText, totalChangeText } from '../i18n/compare-text.js';
import { countText, reachedOnderdelenText, sentenceStart } from '../i18n/counts.js';
import { t } from '../i18n/index.js';
import { onderdeelTitle, scoreText } from '../i18n/phrases.js';
import { facts, group, heading, note, text, type Block, type Doc } from './doc.js';
import { instrumentHeader, noteLines, roundControls, type NoteLimits } from './score.js';
import type { Markup } from './markup.js';

/** Notes per onderdeel in the overview, each cut to 300 characters: the closed score card shows more. */
const NOTES: NoteLimits = { max: 10, chars: 300 };

const momentName = (round: Pick<RoundView, 'lang' | 'moment'>): string => t(round.lang, `moment.${round.moment}`);

const totalText = (lang: Lang, result: Result): string => t(lang, 'result.total', { total: result.total, fase: t(lang, `fase.${result.fase}`) });

const missingText = (round: RoundView): string => t(round.lang, 'result.missing', { onderdelen: countText(round.lang, 'onderdeel', round.missing.length) });

/** The outcome's title, which what points to it quotes (the head here, `scores` in app/flows/rounds.ts): one text for both. */
export const resultHeading = (round: Pick<RoundView, 'lang' | 'moment'>): string => `${t(round.lang, 'result.heading')}: ${momentName(round)}`;

/** The total and the fase's range; once closed without all ten agreed, how many are still to agree. */
function resultBlocks(round: RoundView): Block[] {
  const { lang, result } = round;
  // Stopped, nothing is left to agree: its stopped line says so, not a warning about what is missing.
  if (!result) return round.status === 'closed' && !round.stopped ? [text(missingText(round), { id: 'result', tone: 'warning' })] : [];
  const chart: Block = { type: 'chart', chart: resultBarChartData(round, lang), alt: resultChartAlt(round, lang) };
  return [text(totalText(lang, result), { tone: 'strong' }), note(t(lang, `fase.range.${result.fase}`), 'result'), chart];
}

/** One onderdeel: its agreed score, then (once closed) how the team voted in numbers, what differs and the notes. */
function onderdeelText(m: Markup, lang: Lang, code: OnderdeelCode, card: ScoreCardView | undefined): Block {
  const closed = card?.closed;
  const agreed = closed?.agreed ?? null;
  const lines = [`${m.bold(onderdeelTitle(lang, code))}: ${agreed === null ? '–' : scoreText(lang, agreed)}`];
  if (closed) {
    const { tally } = closed;
    const d = tally.distribution;
    lines.push(tally.count === 0 ? t(lang, 'card.noVotes') : t(lang, 'card.distribution', { ones: d[1], twos: d[2], threes: d[3] }));
    if (closed.agreedDiffers && tally.proposed !== null && agreed !== null) lines.push(t(lang, 'card.agreedDiffers', { agreed, proposed: tally.proposed }));
    if (tally.bespreekpunt) lines.push(`${m.icon('warning')} ${t(lang, 'card.bespreekpunt')}`);
    lines.push(...noteLines(m, lang, closed.notes, NOTES));
  }
  return text(lines.join('\n'));
}

function elementGroup(m: Markup, round: RoundView, element: WerkzaamElement): Block {
  const rows = onderdelenOf(element.code).map((o) => onderdeelText(m, round.lang, o.code, round.cards.find((c) => c.onderdeel === o.code)));
  return group([text(element.label[round.lang], { tone: 'strong' }), ...rows]);
}

const instrumentBlocks = (m: Markup, round: RoundView): Block[] => ELEMENTS.map((e) => elementGroup(m, round, e));

/** The round's result on its own, as the channel gets it once all ten are agreed. */
export function resultDoc(round: RoundView): Doc {
  return { fallback: round.result ? totalText(round.lang, round.result) : missingText(round), blocks: [heading(resultHeading(round)), ...resultBlocks(round)] };
}

/** The filled instrument for the school: every onderdeel with its score, distribution and notes, then the total. */
export function instrumentDoc(m: Markup, round: RoundView, schoolName: string): Doc {
  const { lang, result } = round;
  const title = `${t(lang, 'result.instrument')} – ${momentName(round)}`;
  const total = result ? [text(totalText(lang, result), { tone: 'strong' })] : [];
  return { fallback: title, blocks: [heading(title), note(m.user(schoolName, 300)), ...instrumentBlocks(m, round), ...total] };
}

/**
 * What a round's header (Slack) and result card (Teams) say of it (`said`: roundHeadSays): opened, that its leerlijn stopped,
 * or (all ten agreed) the total and where the outcome stands, by its heading (only the total while it is not in the channel);
 * closed with scores to agree nothing, the round-closed message says it.
 */
function stateBlocks(m: Markup, round: RoundView, said: HeadSays): Block[] {
  const { lang } = round;
  const moment = momentName(round);
  if (said.state === 'stopped') return [text(m.t(lang, round.deleted ? 'round.deleted' : 'round.stopped'))];
  if (said.state === 'agreed' || said.state === 'agreedOnly') {
    const total = totalText(lang, said.result);
    return [text(m.t(lang, said.state === 'agreed' ? 'round.agreed' : 'round.agreedOnly', { moment, total, heading: resultHeading(round) }), { id: 'agreed' })];
  }
  return said.state === 'opened' ? [text(m.t(lang, 'round.opened', { moment }))] : [];
}

/** Where a round's cards are posted in a thread (Slack), it starts here; once closed (or its leerlijn stopped) its close button is gone. */
export function roundHeaderDoc(m: Markup, round: RoundView, outcomeInChannel = true): Doc {
  const { lang } = round;
  const title = instrumentHeader(m, round);
  return { fallback: title, blocks: [heading(title), ...stateBlocks(m, round, roundHeadSays(round, outcomeInChannel)), ...roundControls(round), note(m.t(lang, 'privacy.notice'))] };
}

/**
 * The round as one view that follows it (Teams' round card, its head), headed in every state as Slack's round header
 * (roundHeaderDoc): the round, never 'Uitkomst', which is the outcome's own message. While people vote it says what is
 * kept of them (no score to show yet); once closed, the result and the instrument as they stand; once all ten are agreed
 * only that, with the total: the outcome is its own message below (outcomeDoc), and the channel shows it once
 * (app/views.ts roundHeadSays).
 */
export function roundDoc(m: Markup, round: RoundView, outcomeInChannel = true): Doc {
  const title = instrumentHeader(m, round);
  const says = roundHeadSays(round, outcomeInChannel);
  const said = stateBlocks(m, round, says);
  if (round.status === 'open') return { fallback: title, blocks: [heading(title), ...said, note(m.t(round.lang, 'privacy.notice'))] };
  // All ten agreed, the outcome (in the channel or owed) holds the result and instrument, never the head; deleted, its
  // scores, counts and notes went with its data, as on its cards (scoreCardDoc).
  if (round.deleted || says.state === 'agreed' || says.state === 'agreedOnly') return { fallback: title, blocks: [heading(title), ...said] };
  return { fallback: title, blocks: [heading(title), ...said, ...resultAndInstrument(m, round)] };
}

/** The round's outcome once all ten are agreed, as one message (Teams): total, fase, chart and the filled instrument. */
export function outcomeDoc(m: Markup, round: RoundView): Doc {
  return { fallback: resultHeading(round), blocks: [heading(resultHeading(round)), ...resultAndInstrument(m, round)] };
}

/** The result (total or what is missing, the chart) and the filled instrument: a closed round's head shows them until all ten are agreed, then the outcome does. */
const resultAndInstrument = (m: Markup, round: RoundView): Block[] => [...resultBlocks(round), ...instrumentBlocks(m, round)];

/** An element's points before and after, and each of its onderdelen (reached or not, where week 1 described the wish). */
function elementChange(m: Markup, lang: Lang, c: Comparison, e: ElementChange): Block {
  const label = ELEMENTS.find((x) => x.code === e.code)?.label[lang] ?? e.code;
  const rows = c.onderdelen
    .filter((o) => onderdeel(o.code).element === e.code)
    .map((o) => {
      const mark = c.desired ? ` · ${t(lang, o.reached ? 'compare.reachedMark' : 'compare.notReachedMark')}` : '';
      return [onderdeelTitle(lang, o.code), `${scoreChangeText(lang, o.before, o.after, c.kind)}${mark}`] as const;
    });
  return group([text(m.bold(elementChangeText(lang, label, e, c.kind))), facts(rows)]);
}

/** Week 17 beside week 1: the conclusion first (total, fase, how many reached), then per element. */
export function comparisonDoc(m: Markup, view: ComparisonView): Doc {
  const { lang, comparison: c } = view;
  const title = t(lang, 'compare.heading');
  const total = totalChangeText(lang, c);
  const fase = faseChangeText(lang, c);
  const reached = c.desired ? [sentenceStart(reachedOnderdelenText(lang, c.desired.reachedCount, c.onderdelen.length))] : [];
  const summary = text([m.bold(total), m.bold(fase), ...reached].join('\n'), { id: 'summary' });
  const chart: Block = { type: 'chart', chart: comparisonBarChartData(view, lang), alt: comparisonChartAlt(view, lang) };
  const intro = text(t(lang, c.kind === 'nieuw' ? 'compare.nieuwIntro' : 'compare.bestaandIntro'));
  const elements = c.elements.map((e) => elementChange(m, lang, c, e));
  const others = otherVotersText(lang, view.voters);
  const voters = others ? [note(others)] : [];
  return { fallback: `${title}: ${total}`, blocks: [heading(title), intro, summary, ...voters, chart, ...elements, note(t(lang, 'compare.nextEvaluation'))] };
}

