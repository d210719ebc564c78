// The part of fontkit 2.0.4 (it ships no types) that the PDFs use: pdfkit parses fonts with it,
// and takes a parsed Font as well as bytes (PDFFontFactory.open: anything with layout()).
declare module 'fontkit' {
  export interface Font {
    /** Where each table is in the file, by tag; decoding one is lazy. */
    readonly directory: { tables: Record<string, unknown> };
    /**
     * The tables decoded so far, by tag. Not documented: fontkit's own getVariation() gives a
     * new Font the same object, as we do (see src/documents/pdf/parsed-fonts.ts).
     */
    _tables: Record<string, unknown>;
    /** Each table by tag, decoded on first use. */
    readonly [tag: string]: unknown;
  }
  export function create(buffer: Uint8Array, postscriptName?: string): Font;
}

declare namespace PDFKit.Mixins {
  interface PDFFont {
    registerFont(name: string, src: import('fontkit').Font): this;
  }
}
