// Score cards: one per onderdeel while a round is open (count only, never names), the
// distribution and proposal once closed. The round's card (result and filled instrument) is
// written once in src/views/results.ts.
import { ELEMENTS, onderdeel, practiceQuestion, SCALE, SCORES, scoreQuestion, type Lang, type Score } from '../../../domain/instrument.js';
import { t } from '../../../i18n/index.js';
import type { RoundView, ScoreCardView } from '../../../app/views.js';
import { scoreText } from '../../../i18n/phrases.js';
import { resultBarChartData, resultChartAlt } from '../../../documents/charts/index.js';
import { CHART_AFTER, roundDoc } from '../../../views/results.js';
import { barChart } from './charts.js';
import { docElementsWith, teamsMarkup } from './doc.js';
import { adaptiveCard, clip, execute, heading, note, subheading, text, tt, userText, type AdaptiveCard, type Element } from './common.js';

export const VERB = {
  vote: 'vote',
  note: 'note',
  agree: 'agree',
  agreeAll: 'agree_all',
  close: 'close',
  /** Teams asks for it (refresh.action) whenever a listed user looks at the card. */
  refresh: 'refreshCard',
} as const;

/** Teams refreshes a card by itself for at most 60 listed users. */
export const MAX_REFRESH_USERS = 60;

const scoreLabel = (lang: Lang, score: Score): string => scoreText(lang, score);

function intro(view: ScoreCardView): Element[] {
  const { lang } = view;
  const o = onderdeel(view.onderdeel);
  const element = ELEMENTS.find((e) => e.code === o.element);
  return [
    note(t(lang, 'card.header', { moment: t(lang, `moment.short.${view.moment}`) })),
    heading(`${o.code} ${o.label[lang]}`),
    note(element ? element.label[lang] : ''),
    text(o.help[lang]),
    text(scoreQuestion(view.kind, lang), { weight: 'Bolder' }),
  ];
}

function openPart(view: ScoreCardView, ownVote: Score | null): { body: Element[]; actions: Element[] } {
  const { lang, roundId, onderdeel: code } = view;
  const body = [text(t(lang, 'card.votedCount', { count: view.votedCount, total: view.memberCount }), { weight: 'Bolder', color: 'Accent' })];
  if (ownVote !== null) body.push(text(t(lang, 'card.yourVote', { score: ownVote, label: SCALE[ownVote][lang] }), { color: 'Good' }));
  body.push({
    type: 'Input.Text',
    id: 'note',
    label: t(lang, 'card.addNote'),
    placeholder: clip(practiceQuestion(view.kind, lang), 120),
    isMultiline: true,
    maxLength: 500,
  });
  const votes = SCORES.map((score) =>
    execute(t(lang, 'card.button.vote', { score, label: SCALE[score][lang] }), VERB.vote, { roundId, onderdeel: code, score }, ownVote === score ? { style: 'positive' } : {}),
  );
  return { body, actions: [...votes, execute(t(lang, 'card.button.note'), VERB.note, { roundId, onderdeel: code })] };
}

function closedPart(view: ScoreCardView): { body: Element[]; actions: Element[] } {
  const { lang, roundId, onderdeel: code } = view;
  const closed = view.closed;
  if (!closed) return { body: [], actions: [] };
  const { tally } = closed;
  const d = tally.distribution;
  const body: Element[] = [text(tt(lang, 'card.closedNotice'), { isSubtle: true })];
  body.push(text(tally.count === 0 ? t(lang, 'card.noVotes') : t(lang, 'card.distribution', { ones: d[1], twos: d[2], threes: d[3] })));
  if (tally.proposed !== null) body.push(text(t(lang, 'card.proposed', { score: tally.proposed, label: SCALE[tally.proposed][lang] })));
  if (tally.bespreekpunt) body.push(text(`⚠️ ${t(lang, 'card.bespreekpunt')}`, { color: 'Warning', weight: 'Bolder' }));
  if (closed.agreed !== null) {
    body.push(text(t(lang, 'card.agreed', { score: closed.agreed, label: SCALE[closed.agreed][lang] }), { color: 'Good', weight: 'Bolder' }));
    if (closed.agreedDiffers && tally.proposed !== null) body.push(note(t(lang, 'card.agreedDiffers', { agreed: closed.agreed, proposed: tally.proposed })));
  }
  if (closed.notes.length > 0) {
    body.push(subheading(t(lang, 'card.notes')), ...closed.notes.slice(0, 20).map((n) => note(`• ${userText(n, 300)}`)));
  }
  const actions: Element[] = [];
  if (tally.proposed !== null) actions.push(execute(t(lang, 'card.button.confirm'), VERB.agree, { roundId, onderdeel: code, score: tally.proposed }));
  for (const score of SCORES) {
    if (score !== tally.proposed) actions.push(execute(scoreLabel(lang, score), VERB.agree, { roundId, onderdeel: code, score }));
  }
  return { body, actions };
}

/**
 * The shared card everyone sees; `ownVote` turns it into the voter's own view. While the round
 * is open, `refreshFor` (Teams user ids of the voters) makes Teams fetch each of them their own
 * view, so the shared card never has to carry anyone's vote.
 */
export function scoreCard(view: ScoreCardView, ownVote: Score | null = null, refreshFor: readonly string[] = []): AdaptiveCard {
  const open = view.status === 'open';
  const part = open ? openPart(view, ownVote) : closedPart(view);
  const data = { roundId: view.roundId, onderdeel: view.onderdeel };
  const refresh = open && refreshFor.length > 0
    ? { refresh: { action: { type: 'Action.Execute', verb: VERB.refresh, data }, userIds: refreshFor.slice(0, MAX_REFRESH_USERS) } }
    : {};
  return adaptiveCard([...intro(view), ...part.body], part.actions, refresh);
}

/** The round as one card that follows it; with all ten agreed, Teams' own bar chart of the scores below the total. */
export function roundResultCard(view: RoundView): AdaptiveCard {
  const chart = view.result ? [barChart(resultBarChartData(view, view.lang), resultChartAlt(view, view.lang))] : [];
  const actions: Element[] = [];
  if (view.status === 'open') actions.push(execute(t(view.lang, 'round.button.close'), VERB.close, { roundId: view.roundId }));
  if (view.status === 'closed' && view.missing.length > 0) actions.push(execute(t(view.lang, 'card.button.agreeAll'), VERB.agreeAll, { roundId: view.roundId }));
  return adaptiveCard(docElementsWith(roundDoc(teamsMarkup([]), view).blocks, CHART_AFTER.result, chart), actions);
}
