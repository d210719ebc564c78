// Compares a rendered PNG with a committed reference, within a tolerance for anti-aliasing.
// UPDATE_REFERENCES=1 writes the references instead (then look at them before committing).
import { existsSync, mkdirSync, writeFileSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';

export const REFERENCE_DIR = join(dirname(fileURLToPath(import.meta.url)), 'reference');

export interface PngComparison {
  width: number;
  height: number;
  refWidth: number;
  refHeight: number;
  /** Share of pixels that differ noticeably (0..1); 1 when the sizes differ. */
  diffShare: number;
}

export function comparePng(actual: Buffer, name: string): PngComparison {
  const path = join(REFERENCE_DIR, name);
  if (process.env.UPDATE_REFERENCES === '1') {
    mkdirSync(REFERENCE_DIR, { recursive: true });
    writeFileSync(path, actual);
  }
  if (!existsSync(path)) throw new Error(`no reference ${name}: run the test once with UPDATE_REFERENCES=1 and look at it`);
  const a = PNG.sync.read(actual);
  const r = PNG.sync.read(readFileSync(path));
  const sizes = { width: a.width, height: a.height, refWidth: r.width, refHeight: r.height };
  if (a.width !== r.width || a.height !== r.height) return { ...sizes, diffShare: 1 };
  const differing = pixelmatch(a.data, r.data, undefined, a.width, a.height, { threshold: 0.1 });
  return { ...sizes, diffShare: differing / (a.width * a.height) };
}

/** True when a frame `inset` pixels wide around the image is all background: nothing runs off an edge. */
export function hasEmptyMargin(png: Buffer, inset: number): boolean {
  const { width, height, data } = PNG.sync.read(png);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      if (x >= inset && x < width - inset && y >= inset && y < height - inset) continue;
      const i = (y * width + x) * 4;
      if (data[i]! < 250 || data[i + 1]! < 250 || data[i + 2]! < 250) return false;
    }
  }
  return true;
}

/** The text of an SVG as a reader would see it: tags out, entities decoded, spaces collapsed. */
export function svgText(svg: string): string {
  return svg
    .replace(/<[^>]+>/g, ' ')
    .replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'")
    .replace(/\s+/g, ' ');
}
