// The filled Signaleringsinstrument and the comparison of week 17 with week 1.
import type { ComparisonView, RoundView } from '../../../app/views.js';
import { ELEMENTS, ONDERDELEN, SCALE } from '../../../domain/instrument.js';
import { countText, reachedOnderdelenText, sentenceStart } from '../../../i18n/counts.js';
import { t } from '../../../i18n/index.js';
import { safeText } from '../mrkdwn.js';
import { context, divider, header, linesToSections, section, type Block, type Rendered } from './blocks.js';
import { onderdeelTitle } from './cards.js';

export function renderResult(round: RoundView): Rendered {
  const lang = round.lang;
  if (!round.result) return { text: t(lang, 'result.missing', { onderdelen: countText(lang, 'onderdeel', round.missing.length) }), blocks: [] };
  const fase = t(lang, `fase.${round.result.fase}`);
  const text = t(lang, 'result.total', { total: round.result.total, fase });
  return { text, blocks: [header(t(lang, 'result.heading')), section(`*${text}*\n${t(lang, `fase.range.${round.result.fase}`)}`, { blockId: 'result' })] };
}

/** All onderdelen with their agreed score, proposal, distribution and notes. */
export function renderInstrument(round: RoundView, schoolName: string): Rendered {
  const lang = round.lang;
  const title = `${t(lang, 'slack.instrument')} – ${t(lang, `moment.${round.moment}`)}`;
  const blocks: Block[] = [header(title), context(safeText(schoolName, 300))];
  for (const element of ELEMENTS) {
    blocks.push(divider(), section(`*${element.label[lang]}*`));
    for (const card of round.cards.filter((c) => ONDERDELEN.find((o) => o.code === c.onderdeel)?.element === element.code)) {
      const closed = card.closed;
      const agreed = closed?.agreed ?? null;
      const lines = [`*${onderdeelTitle(card.onderdeel, lang)}*: ${agreed === null ? '–' : `${agreed} – ${SCALE[agreed][lang]}`}`];
      if (closed) {
        const d = closed.tally.distribution;
        lines.push(t(lang, 'card.distribution', { ones: d[1], twos: d[2], threes: d[3] }));
        if (closed.agreedDiffers && closed.tally.proposed !== null && agreed !== null) {
          lines.push(t(lang, 'card.agreedDiffers', { agreed, proposed: closed.tally.proposed }));
        }
        if (closed.tally.bespreekpunt) lines.push(t(lang, 'card.bespreekpunt'));
        for (const note of closed.notes) lines.push(`> ${safeText(note, 500)}`);
      }
      blocks.push(...linesToSections([lines.join('\n')]));
    }
  }
  const result = renderResult(round);
  if (round.result) blocks.push(divider(), section(`*${result.text}*`));
  return { text: title, blocks };
}

function change(lang: RoundView['lang'], delta: number): string {
  if (delta > 0) return t(lang, 'compare.up', { delta });
  if (delta < 0) return t(lang, 'compare.down', { delta: -delta });
  return t(lang, 'compare.same');
}

export function renderComparison(view: ComparisonView): Rendered {
  const { lang, comparison: c } = view;
  const heading = t(lang, 'compare.heading');
  const intro = c.kind === 'nieuw' ? t(lang, 'compare.nieuwIntro') : t(lang, 'compare.bestaandIntro');
  const lines = c.onderdelen.map((o) => {
    const mark = c.kind === 'nieuw' ? ` · ${t(lang, o.reached ? 'compare.reachedMark' : 'compare.notReachedMark')}` : '';
    return `*${onderdeelTitle(o.code, lang)}*: ${t(lang, 'compare.fromTo', { before: o.before, after: o.after })} (${change(lang, o.delta)})${mark}`;
  });
  const elements = c.elements.map((e) =>
    t(lang, 'compare.element', { element: ELEMENTS.find((x) => x.code === e.code)?.label[lang] ?? e.code, before: e.before, after: e.after, max: e.max }),
  );
  const fase = c.fase.changed
    ? t(lang, 'compare.fase', { before: t(lang, `fase.${c.fase.before}`), after: t(lang, `fase.${c.fase.after}`) })
    : t(lang, 'compare.faseSame', { fase: t(lang, `fase.${c.fase.after}`) });
  const total = t(lang, 'compare.total', { before: c.total.before, after: c.total.after, change: change(lang, c.total.delta) });
  const summary = [`*${total}*`, `*${fase}*`];
  if (c.desired) summary.push(sentenceStart(reachedOnderdelenText(lang, c.desired.reachedCount, c.onderdelen.length)));
  const blocks: Block[] = [
    header(heading),
    section(intro),
    ...linesToSections(lines),
    divider(),
    ...linesToSections(elements),
    section(summary.join('\n'), { blockId: 'summary' }),
    context(t(lang, 'compare.nextEvaluation')),
  ];
  return { text: `${heading}: ${total}`, blocks };
}
