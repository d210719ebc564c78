// The filled Evaluatielijst (Bijlage 4), at the terugkombijeenkomst (interim) or the
// eindevaluatie (final): how far the desired end situation was reached, which actions were
// taken, and which are still needed with who and when (one row per open action).
import type { ActionView, EvaluationItemView, EvaluationView, LeerlijnView } from '../../app/views.js';
import { ELEMENTS, ONDERDEEL_CODES, SCALE, onderdeel } from '../../domain/instrument.js';
import { formatDate } from '../../i18n/format.js';
import { t } from '../../i18n/index.js';
import { statusText } from './actieplan.js';
import { cut, finishPdf, startPdf, type PdfOptions } from './doc.js';
import { nameOf, type Names } from './names.js';
import { drawTable, type Cell } from './table.js';

function bereiktCell(item: EvaluationItemView, leerlijn: LeerlijnView): string {
  const lang = leerlijn.lang;
  const lines: string[] = [];
  if (item.gewensteEindsituatie) lines.push(`${t(lang, 'plan.gewensteEindsituatie')}: ${cut(item.gewensteEindsituatie, 300)}`);
  lines.push(item.bereikt ? `${item.bereikt} – ${SCALE[item.bereikt][lang]}` : t(lang, 'documents.pdf.notFilled'));
  if (item.toelichting) lines.push(`${t(lang, 'evaluation.toelichting')}: ${cut(item.toelichting, 400)}`);
  return lines.join('\n');
}

const oneLine = (text: string): string => text.replace(/\s+/g, ' ').trim();

/**
 * Whether the answer as the cell shows it names the action: on a line of its own, as the form
 * starts it ('• …'), and not past where the cell cuts the answer. Inside another line ('Rooster
 * delen' in '• Rooster delen met de conciërge') it is not named.
 */
function shownInAnswer(ondernomen: string, shown: string, action: ActionView): boolean {
  const description = oneLine(action.description);
  const line = ondernomen.split('\n').map(oneLine).find((l) => l.replace(/^•\s*/, '') === description);
  return line !== undefined && shown.includes(line);
}

function ondernomenCell(item: EvaluationItemView, leerlijn: LeerlijnView): string {
  const lang = leerlijn.lang;
  const lines: string[] = [];
  const shown = item.ondernomen ? cut(item.ondernomen, 400) : '';
  if (shown) lines.push(shown);
  // The form starts its answer from the actions marked klaar: those it shows are not listed twice.
  const more = item.doneActions.filter((a) => !item.ondernomen || !shownInAnswer(item.ondernomen, shown, a));
  if (more.length > 0) {
    lines.push(`${t(lang, 'documents.pdf.doneActions')}:`);
    for (const a of more.slice(0, 10)) lines.push(`• ${cut(a.description, 150)}`);
  }
  return lines.join('\n') || t(lang, 'documents.pdf.notFilled');
}

function openActionCells(a: ActionView, leerlijn: LeerlijnView, formerNames: Names): Cell[] {
  const lang = leerlijn.lang;
  return [`${cut(a.description, 300)}\n(${statusText(a, lang)})`, nameOf(leerlijn, formerNames, a.ownerUserId), formatDate(lang, a.dueDate)];
}

function itemRows(item: EvaluationItemView, leerlijn: LeerlijnView, formerNames: Names): Cell[][] {
  const lang = leerlijn.lang;
  const o = onderdeel(item.onderdeel);
  const own: Cell[] = [{ text: ELEMENTS.find((e) => e.code === o.element)!.label[lang], bold: true }, o.label[lang], bereiktCell(item, leerlijn), ondernomenCell(item, leerlijn)];
  if (item.openActions.length === 0) return [[...own, '', '', '']];
  return item.openActions.map((a, i) => [...(i === 0 ? own : ['', '', '', '']), ...openActionCells(a, leerlijn, formerNames)]);
}

export async function evaluatiePdf(leerlijn: LeerlijnView, evaluation: EvaluationView, formerNames: Names = new Map(), opts: PdfOptions = {}): Promise<Buffer> {
  const lang = leerlijn.lang;
  const doc = startPdf(leerlijn, t(lang, 'documents.pdf.evaluationHeading', { moment: t(lang, `evaluation.moment.${evaluation.moment}`) }));
  const columns = [
    { header: t(lang, 'documents.pdf.col.element'), share: 0.11 },
    { header: t(lang, 'documents.pdf.col.onderdeel'), share: 0.14 },
    { header: t(lang, 'documents.pdf.col.bereikt'), share: 0.22 },
    { header: t(lang, 'documents.pdf.col.ondernomen'), share: 0.2 },
    { header: t(lang, 'documents.pdf.col.nogNodig'), share: 0.17 },
    { header: t(lang, 'documents.pdf.col.who'), share: 0.07 },
    { header: t(lang, 'documents.pdf.col.when'), share: 0.09 },
  ];
  const items = [...evaluation.items].sort((a, b) => ONDERDEEL_CODES.indexOf(a.onderdeel) - ONDERDEEL_CODES.indexOf(b.onderdeel));
  drawTable(doc, columns, items.flatMap((item) => itemRows(item, leerlijn, formerNames)));
  return finishPdf(doc, lang, opts);
}
