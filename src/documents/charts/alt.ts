// Alt texts: the chart's numbers in words, for screen readers and for whoever cannot see
// the image (Slack's alt_text, Teams' altText).
import type { ComparisonView, RoundView } from '../../app/views.js';
import type { Lang } from '../../domain/instrument.js';
import { countText } from '../../i18n/counts.js';
import { t } from '../../i18n/index.js';
import { faseChangeText, scoreChangeText, totalChangeText } from '../../i18n/compare-text.js';
import { comparisonChartData, resultChartData } from './data.js';

export function resultChartAlt(view: RoundView, lang: Lang): string {
  const data = resultChartData(view, lang);
  const scores = data.bars
    .map((b) => (b.score === null ? t(lang, 'documents.alt.noScore', { label: b.label }) : t(lang, 'documents.alt.score', { label: b.label, score: b.score })))
    .join(', ');
  const moment = t(lang, `moment.${view.moment}`);
  if (!data.result) {
    const missing = data.bars.filter((b) => b.score === null).length;
    return t(lang, 'documents.alt.resultIncomplete', { moment, scores, onderdelen: countText(lang, 'onderdeel', missing) });
  }
  return t(lang, 'documents.alt.result', { moment, scores, total: data.subtitle });
}

export function comparisonChartAlt(view: ComparisonView, lang: Lang): string {
  const c = view.comparison;
  const data = comparisonChartData(view, lang);
  const items = c.onderdelen
    .map((o) => {
      const label = data.bars.find((b) => b.code === o.code)!.label;
      return t(lang, 'documents.alt.compareItem', { label, change: scoreChangeText(lang, o.before, o.after, c.kind) });
    })
    .join('; ');
  const totals = t(lang, 'documents.alt.compareTotals', { total: totalChangeText(lang, c), fase: faseChangeText(lang, c) });
  if (c.desired) return t(lang, 'documents.alt.compareNieuw', { items, totals, count: c.desired.reachedCount });
  return t(lang, 'documents.alt.compare', { items, totals });
}
