// Spec → SVG (vega, headless) → PNG (resvg, a prebuilt binary from the npm registry).
// Everything happens in this process: no chart service, the school's data stays here.
import { Resvg } from '@resvg/resvg-js';
import { Error as ErrorLevel, logger, parse, View } from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';
import { FONT_FAMILY, FONT_FILES } from '../fonts.js';
import { opaquePng } from './opaque-png.js';

/** Sharp on high-density screens and still small enough to post. */
const ZOOM = 2;

export async function svgOf(spec: TopLevelSpec): Promise<string> {
  // Only errors: vega-lite warns about facets with independent scales, which ours are on purpose.
  const quiet = logger(ErrorLevel);
  const view = new View(parse(compile(spec, { logger: quiet }).spec), { renderer: 'none', logger: quiet });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}

/** The chart drawn at its posted size, as resvg's raw pixels. */
export function drawn(svg: string): ReturnType<Resvg['render']> {
  const resvg = new Resvg(svg, {
    background: 'white',
    fitTo: { mode: 'zoom', value: ZOOM },
    font: { fontFiles: [FONT_FILES.regular, FONT_FILES.bold], loadSystemFonts: false, defaultFontFamily: FONT_FAMILY },
  });
  return resvg.render();
}

export function pngOf(svg: string): Buffer {
  const image = drawn(svg);
  // Read once: each read of `pixels` copies the whole image.
  return opaquePng(image.width, image.height, image.pixels) ?? image.asPng();
}
