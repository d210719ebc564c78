// Generates the Teams app icons (manifests/teams/color.png and outline.png).
// Run with `npx tsx scripts/make-icons.ts`; the PNGs are committed, so this only
// needs to run again when the design changes. Node's zlib is the only dependency
// so that nobody needs an image tool to reproduce the icons.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

type Rgba = readonly [number, number, number, number];

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = (CRC_TABLE[(c ^ byte) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const typeAndData = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const out = Buffer.alloc(8 + data.length + 4);
  out.writeUInt32BE(data.length, 0);
  typeAndData.copy(out, 4);
  out.writeUInt32BE(crc32(typeAndData), 8 + data.length);
  return out;
}

/** Encodes an RGBA image (colour type 6, 8 bits per channel, no interlace). */
export function encodePng(width: number, height: number, pixel: (x: number, y: number) => Rgba): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 6, 0, 0, 0], 8);
  const stride = 1 + width * 4;
  const raw = Buffer.alloc(stride * height);
  for (let y = 0; y < height; y++) {
    raw[y * stride] = 0; // filter "None": the images are tiny, compression hardly matters
    for (let x = 0; x < width; x++) raw.set(pixel(x, y), y * stride + 1 + x * 4);
  }
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([
    signature,
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', new Uint8Array(0)),
  ]);
}

/** True inside a block-letter "L" drawn in a square of `size` with the given margin. */
function inL(x: number, y: number, size: number, margin: number, stroke: number): boolean {
  const lo = margin;
  const hi = size - margin;
  const inStem = x >= lo && x < lo + stroke && y >= lo && y < hi;
  const inFoot = y >= hi - stroke && y < hi && x >= lo && x < hi;
  return inStem || inFoot;
}

const WHITE: Rgba = [255, 255, 255, 255];
const CLEAR: Rgba = [0, 0, 0, 0];
// Same teal as accentColor in manifest.json and background_color in the Slack manifest.
const TEAL: Rgba = [0x1d, 0x6f, 0x5f, 255];
const ORANGE: Rgba = [0xf2, 0x9e, 0x38, 255];

export function colorIcon(): Buffer {
  const size = 192;
  return encodePng(size, size, (x, y) => {
    if (inL(x, y, size, 44, 30)) return WHITE;
    // A dot beside the foot: four meetings lead somewhere, the "lijn" ends in a point.
    const dx = x - 136;
    const dy = y - 70;
    if (dx * dx + dy * dy <= 15 * 15) return ORANGE;
    return TEAL;
  });
}

/** Teams wants the outline icon white on a fully transparent background. */
export function outlineIcon(): Buffer {
  const size = 32;
  return encodePng(size, size, (x, y) => (inL(x, y, size, 6, 5) ? WHITE : CLEAR));
}

function main(): void {
  const dir = new URL('../manifests/teams/', import.meta.url);
  writeFileSync(new URL('color.png', dir), colorIcon());
  writeFileSync(new URL('outline.png', dir), outlineIcon());
  console.log(`icons written to ${fileURLToPath(dir)}`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main();
