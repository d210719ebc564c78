// The filled Signaleringsinstrument (Bijlage 2): per onderdeel the agreed score, the bot's
// proposal when the team chose otherwise, how the votes were spread, and the notes. Only
// counts: never who voted what.
import type { LeerlijnView, RoundView, ScoreCardView } from '../../app/views.js';
import { ELEMENTS, ONDERDELEN, SCALE, practiceQuestion, scoreQuestion, type Lang } from '../../domain/instrument.js';
import { countText } from '../../i18n/counts.js';
import { t } from '../../i18n/index.js';
import { resultChartPng } from '../charts/index.js';
import { contentWidth, cut, finishPdf, heading, MARGIN, paragraph, startPdf, type PdfOptions } from './doc.js';
import { drawTable, type Cell } from './table.js';

function scoreCell(card: ScoreCardView | undefined, lang: Lang): string {
  const closed = card?.closed;
  if (!closed) return t(lang, 'documents.pdf.noScore');
  const lines: string[] = [];
  lines.push(closed.agreed ? t(lang, 'documents.pdf.score', { score: closed.agreed, label: SCALE[closed.agreed][lang] }) : t(lang, 'documents.pdf.noScore'));
  const proposed = closed.tally.proposed;
  if (proposed && closed.agreed && closed.agreed !== proposed) lines.push(t(lang, 'documents.pdf.proposed', { score: proposed, label: SCALE[proposed][lang] }));
  const d = closed.tally.distribution;
  // As the card and the outcome in the channel say it.
  lines.push(closed.tally.count === 0 ? t(lang, 'card.noVotes') : t(lang, 'documents.pdf.distribution', { ones: d[1], twos: d[2], threes: d[3] }));
  if (closed.tally.bespreekpunt) lines.push(t(lang, 'documents.pdf.bespreekpunt'));
  return lines.join('\n');
}

function notesCell(card: ScoreCardView | undefined, lang: Lang): string {
  const notes = card?.closed?.notes ?? [];
  if (notes.length === 0) return t(lang, 'documents.pdf.noNotes');
  return cut(notes.map((n) => `• ${cut(n, 300)}`).join('\n'), 1500).replace(/ • /g, '\n• ');
}

function rows(round: RoundView, lang: Lang): Cell[][] {
  return ONDERDELEN.map((o, i) => {
    const card = round.cards.find((c) => c.onderdeel === o.code);
    const firstOfElement = i === 0 || ONDERDELEN[i - 1]!.element !== o.element;
    const element = ELEMENTS.find((e) => e.code === o.element)!.label[lang];
    return [firstOfElement ? { text: element, bold: true } : '', o.label[lang], scoreCell(card, lang), notesCell(card, lang)];
  });
}

export async function instrumentPdf(leerlijn: LeerlijnView, round: RoundView, opts: PdfOptions = {}): Promise<Buffer> {
  const lang = leerlijn.lang;
  const doc = startPdf(leerlijn, `${t(lang, 'documents.pdf.instrumentHeading')}: ${t(lang, `moment.${round.moment}`)}`);
  const columns = [
    { header: t(lang, 'documents.pdf.col.element'), share: 0.14 },
    { header: t(lang, 'documents.pdf.col.onderdeel'), share: 0.2 },
    { header: scoreQuestion(round.kind, round.moment, lang), share: 0.28 },
    { header: practiceQuestion(round.kind, round.moment, lang), share: 0.38 },
  ];
  drawTable(doc, columns, rows(round, lang));
  const result = round.result;
  if (result) {
    heading(doc, t(lang, 'documents.pdf.total', { total: result.total }));
    paragraph(doc, t(lang, 'documents.pdf.fase', { fase: t(lang, `fase.${result.fase}`), range: t(lang, `fase.range.${result.fase}`) }));
    doc.addPage();
    heading(doc, t(lang, 'documents.pdf.chartPage'));
    const png = await resultChartPng(round, lang);
    doc.image(png, MARGIN, doc.y, { fit: [contentWidth(doc), doc.page.height - doc.y - MARGIN - 10], align: 'center' });
  } else {
    paragraph(doc, t(lang, 'documents.pdf.incomplete', { onderdelen: countText(lang, 'onderdeel', round.missing.length) }), true);
  }
  return finishPdf(doc, lang, opts);
}
