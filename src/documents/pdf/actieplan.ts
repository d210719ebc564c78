// The filled Format actieplan (Bijlage 3): per onderdeel what can be better, the desired
// end situation within three months, and each action with who and when. One row per
// action; the onderdeel's own cells only on its first row, as merged cells in the annex.
import type { ActionPlanView, ActionView, LeerlijnView, PlanItemView } from '../../app/views.js';
import { ELEMENTS, ONDERDEEL_CODES, onderdeel, type Lang } from '../../domain/instrument.js';
import { formatDate } from '../../i18n/format.js';
import { t } from '../../i18n/index.js';
import { cut, finishPdf, paragraph, startPdf, type PdfOptions } from './doc.js';
import { nameOf, type Names } from './names.js';
import { drawTable, type Cell } from './table.js';

export function statusText(action: ActionView, lang: Lang): string {
  const status = t(lang, `action.status.${action.status}`);
  return action.overdue ? `${status} · ${t(lang, 'action.overdue')}` : status;
}

function itemRows(leerlijn: LeerlijnView, plan: ActionPlanView, item: PlanItemView, formerNames: Names): Cell[][] {
  const lang = leerlijn.lang;
  const o = onderdeel(item.onderdeel);
  const week1 = plan.week1Scores[item.onderdeel];
  const label = week1 ? `${o.label[lang]}\n${t(lang, 'documents.pdf.week1Score', { score: week1 })}` : o.label[lang];
  const own: Cell[] = [{ text: ELEMENTS.find((e) => e.code === o.element)!.label[lang], bold: true }, label, cut(item.watKanBeter), cut(item.gewensteEindsituatie)];
  if (item.actions.length === 0) return [[...own, t(lang, 'documents.pdf.noActions'), '', '', '']];
  return item.actions.map((a, i) => [
    ...(i === 0 ? own : ['', '', '', '']),
    cut(a.description, 400),
    nameOf(leerlijn, formerNames, a.ownerUserId),
    formatDate(lang, a.dueDate),
    statusText(a, lang),
  ]);
}

export async function actieplanPdf(leerlijn: LeerlijnView, plan: ActionPlanView, formerNames: Names = new Map(), opts: PdfOptions = {}): Promise<Buffer> {
  const lang = leerlijn.lang;
  const doc = startPdf(leerlijn, t(lang, 'documents.pdf.planHeading'));
  if (plan.items.length === 0) paragraph(doc, t(lang, 'documents.pdf.planEmpty'));
  else {
    const columns = [
      { header: t(lang, 'documents.pdf.col.element'), share: 0.11 },
      { header: t(lang, 'documents.pdf.col.onderdeel'), share: 0.14 },
      { header: t(lang, 'plan.watKanBeter'), share: 0.16 },
      { header: t(lang, 'plan.gewensteEindsituatie'), share: 0.16 },
      { header: t(lang, 'documents.pdf.col.actions'), share: 0.18 },
      { header: t(lang, 'documents.pdf.col.who'), share: 0.08 },
      { header: t(lang, 'documents.pdf.col.when'), share: 0.09 },
      { header: t(lang, 'documents.pdf.col.status'), share: 0.08 },
    ];
    // The annex's order, so the plan reads alongside the filled instrument.
    const items = [...plan.items].sort((a, b) => ONDERDEEL_CODES.indexOf(a.onderdeel) - ONDERDEEL_CODES.indexOf(b.onderdeel));
    drawTable(doc, columns, items.flatMap((item) => itemRows(leerlijn, plan, item, formerNames)));
  }
  return finishPdf(doc, lang, opts);
}
