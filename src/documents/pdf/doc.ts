// A pdfkit document with the leerlijn's look: landscape A4 like the annexes, Inter
// embedded (so ë, ’ and – survive any viewer), a header naming school and youth work,
// and page numbers. PDF is not markup, so user text goes in as it is, only cut when long.
import PDFDocument from 'pdfkit';
import type { LeerlijnView } from '../../app/views.js';
import type { Lang } from '../../domain/instrument.js';
import { formatDate } from '../../i18n/format.js';
import { t } from '../../i18n/index.js';
import { documentFonts } from './parsed-fonts.js';

export type Pdf = PDFKit.PDFDocument;

export const MARGIN = 40;
export const REGULAR = 'Inter';
export const BOLD = 'Inter-Bold';

export interface PdfOptions {
  /** When given, the footer says when the document was made. */
  at?: Date;
}

/** Cuts long user text at a word boundary, so a runaway note cannot fill pages. */
export function cut(text: string, max = 600): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const head = clean.slice(0, max);
  const space = head.lastIndexOf(' ');
  return `${(space > max * 0.6 ? head.slice(0, space) : head).trimEnd()}…`;
}

export function contentWidth(doc: Pdf): number {
  return doc.page.width - 2 * MARGIN;
}

export function startPdf(leerlijn: Pick<LeerlijnView, 'schoolName' | 'youthOrgName' | 'kind' | 'lang'>, title: string): Pdf {
  const lang = leerlijn.lang;
  const doc = new PDFDocument({
    size: 'A4',
    layout: 'landscape',
    margin: MARGIN,
    bufferPages: true,
    info: { Title: title, Creator: 'leerlijn-bot' },
    lang: lang === 'nl' ? 'nl-NL' : 'en-GB',
  });
  const fonts = documentFonts();
  doc.registerFont(REGULAR, fonts.regular);
  doc.registerFont(BOLD, fonts.bold);
  doc.font(BOLD).fontSize(18).fillColor('#000').text(title);
  doc.moveDown(0.3);
  doc.font(REGULAR).fontSize(10);
  doc.text(t(lang, 'documents.pdf.school', { school: cut(leerlijn.schoolName, 200) }));
  doc.text(t(lang, 'documents.pdf.youthOrg', { youthOrg: cut(leerlijn.youthOrgName, 200) }));
  doc.text(t(lang, 'documents.pdf.kind', { kind: t(lang, `kind.${leerlijn.kind}`) }));
  doc.moveDown(0.8);
  return doc;
}

export function heading(doc: Pdf, text: string): void {
  if (doc.y > doc.page.height - MARGIN - 60) doc.addPage();
  doc.x = MARGIN;
  doc.font(BOLD).fontSize(13).fillColor('#000').text(text, { width: contentWidth(doc) });
  doc.moveDown(0.3);
  doc.font(REGULAR).fontSize(10);
}

export function paragraph(doc: Pdf, text: string, bold = false): void {
  doc.x = MARGIN;
  doc.font(bold ? BOLD : REGULAR).fontSize(10).fillColor('#000').text(text, { width: contentWidth(doc) });
}

function footers(doc: Pdf, lang: Lang, at?: Date): void {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    // Writing inside the bottom margin must not trigger a new page.
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    const y = doc.page.height - MARGIN + 12;
    const page = t(lang, 'documents.pdf.page', { page: i + 1, pages: range.count });
    const made = at ? `${t(lang, 'documents.pdf.generated', { date: formatDate(lang, at.toISOString().slice(0, 10)) })} · ` : '';
    doc.font(REGULAR).fontSize(8).fillColor('#444').text(`${made}${page}`, MARGIN, y, { width: contentWidth(doc), align: 'right', lineBreak: false });
    doc.page.margins.bottom = bottom;
  }
}

export function finishPdf(doc: Pdf, lang: Lang, opts: PdfOptions = {}): Promise<Buffer> {
  footers(doc, lang, opts.at);
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.end();
  });
}
