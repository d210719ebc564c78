// The text a reader can copy out of a PDF, whitespace collapsed so wrapped lines read whole.
import { extractText, getDocumentProxy } from 'unpdf';

export async function pdfText(bytes: Buffer): Promise<{ text: string; pages: number }> {
  const pdf = await getDocumentProxy(new Uint8Array(bytes));
  const { text, totalPages } = await extractText(pdf, { mergePages: true });
  return { text: text.replace(/\s+/g, ' '), pages: totalPages };
}
