// A small CSV writer for files a school opens in Excel. Semicolons, because Dutch Excel
// (decimal comma) splits columns on `;` and would put a comma-separated file in one
// column; a UTF-8 byte-order mark, so Excel reads ë and ’ as such; CRLF as RFC 4180 says.
// Text cells that begin like a formula are defused with a leading apostrophe (CSV
// injection): a team member's note must never run as a formula on the coordinator's PC.

export type CsvCell = string | number | null | undefined;

export const CSV_SEPARATOR = ';';
const BOM = '\uFEFF';
const FORMULA_START = /^[=+\-@\t\r]/;

function textCell(value: string): string {
  const defused = FORMULA_START.test(value) ? `'${value}` : value;
  return /[";\r\n]/.test(defused) || defused !== defused.trim() ? `"${defused.replace(/"/g, '""')}"` : defused;
}

export function csvCell(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  // Numbers are ours (scores, counts), never user text: written as they are, signs included.
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  return textCell(value);
}

export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): Buffer {
  const lines = [header, ...rows].map((row) => row.map(csvCell).join(CSV_SEPARATOR));
  return Buffer.from(`${BOM}${lines.join('\r\n')}\r\n`, 'utf8');
}
