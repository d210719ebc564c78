// Overviews: help, welcome, status, a person's own home, the team and the comparison.
import { ELEMENTS, onderdeel, type Lang } from '../../../domain/instrument.js';
import { reachedOnderdelenText, sentenceStart } from '../../../i18n/counts.js';
import { t } from '../../../i18n/index.js';
import { onderdeelTitle } from '../../../i18n/phrases.js';
import type { ComparisonView, HomeView, LeerlijnView, StatusView } from '../../../app/views.js';
import { comparisonBarChartData, comparisonChartAlt } from '../../../documents/charts/index.js';
import { homeDoc } from '../../../views/home.js';
import { docElements, teamsMarkup, toAdaptiveCard } from './doc.js';
import { startedDoc, statusDoc, teamBlocks, teamWarningBlocks, welcomeDoc } from '../../../views/leerlijn.js';
import { adaptiveCard, container, facts, heading, note, subheading, text, userText, type AdaptiveCard, type Element } from './common.js';
import { barChart } from './charts.js';

export const welcomeCard = (lang: Lang): AdaptiveCard => toAdaptiveCard(welcomeDoc(teamsMarkup([]), lang));

export const teamBlock = (lang: Lang, l: LeerlijnView): Element[] => docElements(teamBlocks(teamsMarkup(l.members), { ...l, lang }));

/** What needs care in the team (a side without anyone, people without a side): with the team, and above the coordinator's form. */
export const teamWarningLines = (lang: Lang, l: Pick<LeerlijnView, 'teamWarnings'>): Element[] => docElements(teamWarningBlocks(teamsMarkup([]), lang, l));

/** The confirmation after a start: who started it, the first meeting, and what still needs care. */
export const startedCard = (l: LeerlijnView, starterName: string, firstMeeting: string): AdaptiveCard =>
  toAdaptiveCard(startedDoc(teamsMarkup(l.members), l, userText(starterName, 100), firstMeeting));

export const statusCard = (view: StatusView): AdaptiveCard => toAdaptiveCard(statusDoc(teamsMarkup(view.leerlijn.members), view));

export const homeCard = (view: HomeView): AdaptiveCard => toAdaptiveCard(homeDoc(teamsMarkup([]), view));

function change(lang: Lang, delta: number): string {
  if (delta > 0) return t(lang, 'compare.up', { delta });
  if (delta < 0) return t(lang, 'compare.down', { delta: -delta });
  return t(lang, 'compare.same');
}

export function comparisonCard(view: ComparisonView): AdaptiveCard {
  const { lang, comparison: c } = view;
  const body: Element[] = [heading(t(lang, 'compare.heading')), text(t(lang, c.kind === 'nieuw' ? 'compare.nieuwIntro' : 'compare.bestaandIntro'))];
  body.push(text(t(lang, 'compare.total', { before: c.total.before, after: c.total.after, change: change(lang, c.total.delta) }), { weight: 'Bolder' }));
  body.push(
    text(
      c.fase.changed
        ? t(lang, 'compare.fase', { before: t(lang, `fase.${c.fase.before}`), after: t(lang, `fase.${c.fase.after}`) })
        : t(lang, 'compare.faseSame', { fase: t(lang, `fase.${c.fase.after}`) }),
    ),
  );
  if (c.desired) body.push(text(sentenceStart(reachedOnderdelenText(lang, c.desired.reachedCount, c.onderdelen.length))));
  for (const e of c.elements) {
    const label = ELEMENTS.find((x) => x.code === e.code)?.label[lang] ?? e.code;
    const rows = c.onderdelen
      .filter((o) => onderdeel(o.code).element === e.code)
      .map((o) => {
        const mark = c.desired ? ` · ${t(lang, o.reached ? 'compare.reachedMark' : 'compare.notReachedMark')}` : '';
        return [onderdeelTitle(lang, o.code), `${t(lang, 'compare.fromTo', { before: o.before, after: o.after })} (${change(lang, o.delta)})${mark}`] as const;
      });
    body.push(container([subheading(t(lang, 'compare.element', { element: label, before: e.before, after: e.after, max: e.max })), facts(rows)], { separator: true }));
  }
  body.push(comparisonChart(view), note(t(lang, 'compare.nextEvaluation')));
  return adaptiveCard(body);
}

/** Week 1 beside week 17, in Teams' own grouped bar chart. */
function comparisonChart(view: ComparisonView): Element {
  return barChart(comparisonBarChartData(view, view.lang), comparisonChartAlt(view, view.lang));
}
