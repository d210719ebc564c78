// The comparison of week 17 with week 1, as the eindevaluatie asks: per onderdeel, per
// element, the total and the fase; for `nieuw` how far the desired situation was reached.
// The chart follows on its own page.
import type { ComparisonView, LeerlijnView } from '../../app/views.js';
import { ELEMENTS, onderdeel } from '../../domain/instrument.js';
import { elementChangeText, faseChangeText, otherVotersText, totalChangeText } from '../../i18n/compare-text.js';
import { reachedOnderdelenText, sentenceStart } from '../../i18n/counts.js';
import { t } from '../../i18n/index.js';
import { comparisonChartPng } from '../charts/index.js';
import { seriesLabels, signed } from '../charts/data.js';
import { contentWidth, finishPdf, heading, MARGIN, paragraph, startPdf, type PdfOptions } from './doc.js';
import { drawTable, type Cell } from './table.js';

export async function comparisonPdf(leerlijn: Pick<LeerlijnView, 'schoolName' | 'youthOrgName' | 'kind' | 'lang'>, view: ComparisonView, opts: PdfOptions = {}): Promise<Buffer> {
  const lang = leerlijn.lang;
  const c = view.comparison;
  const nieuw = c.kind === 'nieuw';
  const labels = seriesLabels(view, lang);
  const doc = startPdf(leerlijn, t(lang, 'documents.pdf.compareHeading'));
  paragraph(doc, t(lang, nieuw ? 'compare.nieuwIntro' : 'compare.bestaandIntro'));
  doc.moveDown(0.5);
  const columns = [
    { header: t(lang, 'documents.pdf.col.element'), share: 0.16 },
    { header: t(lang, 'documents.pdf.col.onderdeel'), share: 0.5 },
    { header: labels.before, share: 0.12 },
    { header: labels.after, share: 0.12 },
    // Week 1 of a new collaboration is the wish, so a signed difference would read as a fall or a rise.
    nieuw ? { header: t(lang, 'documents.pdf.col.reached'), share: 0.1 } : { header: t(lang, 'documents.pdf.col.change'), share: 0.1 },
  ];
  const rows = c.onderdelen.map((o, i): Cell[] => {
    const od = onderdeel(o.code);
    const first = i === 0 || onderdeel(c.onderdelen[i - 1]!.code).element !== od.element;
    const element = ELEMENTS.find((e) => e.code === od.element)!.label[lang];
    const last = nieuw ? t(lang, o.reached ? 'compare.reachedMark' : 'compare.notReachedMark') : signed(o.delta);
    return [first ? { text: element, bold: true } : '', od.label[lang], String(o.before), String(o.after), last];
  });
  drawTable(doc, columns, rows);
  heading(doc, t(lang, 'documents.pdf.elements'));
  for (const e of c.elements) {
    const label = ELEMENTS.find((x) => x.code === e.code)!.label[lang];
    paragraph(doc, elementChangeText(lang, label, e, c.kind));
  }
  doc.moveDown(0.5);
  paragraph(doc, totalChangeText(lang, c), true);
  paragraph(doc, faseChangeText(lang, c), true);
  // The same line as the post: the share of onderdelen beside their count, not the share of points.
  if (c.desired) paragraph(doc, sentenceStart(reachedOnderdelenText(lang, c.desired.reachedCount, c.onderdelen.length)), true);
  const others = otherVotersText(lang, view.voters);
  if (others) paragraph(doc, others);

  doc.addPage();
  heading(doc, t(lang, 'documents.pdf.chartPage'));
  const png = await comparisonChartPng(view, lang);
  doc.image(png, MARGIN, doc.y, { fit: [contentWidth(doc), doc.page.height - doc.y - MARGIN - 10], align: 'center' });
  return finishPdf(doc, lang, opts);
}
