// The one typeface of every chart and PDF: Inter (SIL Open Font License 1.1), shipped as TTF
// inside the @expo-google-fonts/inter npm package. Loaded by path, never from the system,
// because a school's server may have no fonts installed at all.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

export const FONT_FAMILY = 'Inter';

export const FONT_FILES = {
  regular: require.resolve('@expo-google-fonts/inter/400Regular/Inter_400Regular.ttf'),
  bold: require.resolve('@expo-google-fonts/inter/700Bold/Inter_700Bold.ttf'),
} as const;

/**
 * The TTF bytes; pdfkit embeds them so ë, ’ and – look the same everywhere. Read where they are
 * decoded (pdf/parsed-fonts.ts), which keeps them with the decoded tables, once per process.
 */
export function fontBytes(): { regular: Buffer; bold: Buffer } {
  return { regular: readFileSync(FONT_FILES.regular), bold: readFileSync(FONT_FILES.bold) };
}
