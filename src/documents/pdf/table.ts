// A table laid out like the annexes: a grey header row in capitals, rows as high as their
// tallest cell, the header repeated on each new page. Cells left empty read as merged,
// which is how the annexes show one werkzaam element over several onderdelen.
import { BOLD, contentWidth, MARGIN, REGULAR, type Pdf } from './doc.js';

export interface Column {
  header: string;
  /** Share of the page width; the shares of a table add up to 1. */
  share: number;
}

export type Cell = string | { text: string; bold?: boolean };

const PAD = 4;
const FONT_SIZE = 9;

function cellText(cell: Cell): { text: string; bold: boolean } {
  return typeof cell === 'string' ? { text: cell, bold: false } : { text: cell.text, bold: cell.bold ?? false };
}

function widths(doc: Pdf, columns: readonly Column[]): number[] {
  return columns.map((c) => c.share * contentWidth(doc));
}

function rowHeight(doc: Pdf, cells: readonly Cell[], ws: readonly number[], bold = false): number {
  let tallest = 0;
  cells.forEach((cell, i) => {
    const { text, bold: b } = cellText(cell);
    doc.font(bold || b ? BOLD : REGULAR).fontSize(FONT_SIZE);
    tallest = Math.max(tallest, doc.heightOfString(text || ' ', { width: ws[i]! - 2 * PAD }));
  });
  return tallest + 2 * PAD;
}

function drawRow(doc: Pdf, cells: readonly Cell[], ws: readonly number[], header: boolean): void {
  const h = rowHeight(doc, cells, ws, header);
  const top = doc.y;
  let x = MARGIN;
  cells.forEach((cell, i) => {
    const w = ws[i]!;
    if (header) doc.rect(x, top, w, h).fillAndStroke('#E6E6E6', '#888');
    else doc.rect(x, top, w, h).lineWidth(0.5).stroke('#888');
    const { text, bold } = cellText(cell);
    doc.font(header || bold ? BOLD : REGULAR).fontSize(FONT_SIZE).fillColor('#000');
    doc.text(text, x + PAD, top + PAD, { width: w - 2 * PAD });
    x += w;
  });
  doc.x = MARGIN;
  doc.y = top + h;
}

export function drawTable(doc: Pdf, columns: readonly Column[], rows: readonly Cell[][]): void {
  const ws = widths(doc, columns);
  const headers = columns.map((c) => c.header.toLocaleUpperCase());
  const bottom = doc.page.height - MARGIN;
  drawRow(doc, headers, ws, true);
  for (const row of rows) {
    if (doc.y + rowHeight(doc, row, ws) > bottom) {
      doc.addPage();
      drawRow(doc, headers, ws, true);
    }
    drawRow(doc, row, ws, false);
  }
  doc.moveDown(0.8);
}
