// The filled documents as PDF, in the leerlijn's language, laid out like the annexes.
// Each document's module (with pdfkit, and vega for the charts in it) is loaded on its first
// use: most starts never make a PDF, and loading them at start cost every start a few hundred
// milliseconds and their memory (bench:footprint).
export type { PdfOptions } from './doc.js';
export type { Names } from './names.js';

export const actieplanPdf: typeof import('./actieplan.js').actieplanPdf = async (...args) => (await import('./actieplan.js')).actieplanPdf(...args);
export const comparisonPdf: typeof import('./comparison.js').comparisonPdf = async (...args) => (await import('./comparison.js')).comparisonPdf(...args);
export const evaluatiePdf: typeof import('./evaluatie.js').evaluatiePdf = async (...args) => (await import('./evaluatie.js')).evaluatiePdf(...args);
export const instrumentPdf: typeof import('./instrument.js').instrumentPdf = async (...args) => (await import('./instrument.js')).instrumentPdf(...args);
