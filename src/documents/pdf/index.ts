// The filled documents as PDF, in the leerlijn's language, laid out like the annexes.
export { actieplanPdf } from './actieplan.js';
export { comparisonPdf } from './comparison.js';
export type { PdfOptions } from './doc.js';
export { evaluatiePdf } from './evaluatie.js';
export { instrumentPdf } from './instrument.js';
export type { Names } from './names.js';
