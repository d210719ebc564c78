// Inter for pdfkit, decoded once per process. Given the TTF bytes, pdfkit has fontkit decode
// the font anew for every document: about 100 ms of a 150–450 ms PDF went to decoding
// Inter's tables (kerning, substitutions, glyph names) again.
// The decoded tables are shared; a fontkit Font is not. A Font keeps each glyph it has met
// with the characters it first met it for, and pdfkit writes those into the PDF's ToUnicode
// map, the text a reader copies or searches. One Font for every PDF let one document change the
// next: after a filled instrument, whose bold ':' holds a '.' that the subset adds without
// characters, the next PDF's bold '.' mapped to nothing ("score." copied as "score3"). So each
// document gets a Font of its own over the shared tables, as fontkit's own getVariation()
// makes one: the same bytes as a Font decoded for that document alone.
import { create, type Font } from 'fontkit';
import { fontBytes } from '../fonts.js';

interface Decoded {
  bytes: Buffer;
  tables: Record<string, unknown>;
}

let decoded: { regular: Decoded; bold: Decoded } | null = null;

/**
 * Every table in the file, decoded by a Font that no document uses: a table first read through
 * a document's Font would keep that Font (and its glyphs) alive as its parent.
 */
function decodeAll(bytes: Buffer): Decoded {
  const font = create(bytes);
  for (const tag of Object.keys(font.directory.tables)) void font[tag];
  return { bytes, tables: font._tables };
}

/** A fresh Font over the decoded tables: reading the table directory only. */
function fontOver(d: Decoded): Font {
  const font = create(d.bytes);
  font._tables = d.tables;
  return font;
}

/** Inter regular and bold for one document, decoded on the first PDF rather than at start. */
export function documentFonts(): { regular: Font; bold: Font } {
  if (!decoded) {
    const bytes = fontBytes();
    decoded = { regular: decodeAll(bytes.regular), bold: decodeAll(bytes.bold) };
  }
  return { regular: fontOver(decoded.regular), bold: fontOver(decoded.bold) };
}

/** Forgets the decoded tables, as a restart would: tests compare against a first PDF. */
export function forgetDecodedFonts(): void {
  decoded = null;
}
