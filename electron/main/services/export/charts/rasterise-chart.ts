import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { initWasm, Resvg } from '@resvg/resvg-wasm';
import { reportFont, REPORT_FONT_FAMILY } from '../fonts/report-fonts';

/** Pixels per chart pixel in the picture Word gets: sharp when printed at the chart's size (144 dpi). */
const SCALE = 1.5;
/** Charts rasterised lately, by their SVG: re-exporting a report redraws only the charts that changed. */
const CACHE_LIMIT = 200;

let ready: Promise<void> | undefined;
const cache = new Map<string, Uint8Array>();

/**
 * Loads resvg's WebAssembly build once per thread. WebAssembly rather than resvg-js's native
 * addons: one file for every platform the app ships to (no per-platform binary to pick when
 * an installer is built on another system) and it runs in the export's worker thread.
 */
export function rasteriserReady(): Promise<void> {
  ready ??= initWasm(readFileSync(createRequire(import.meta.url).resolve('@resvg/resvg-wasm/index_bg.wasm')));
  return ready;
}

/** A chart's SVG as a PNG, drawn with the report's font and no other (no system font is read). */
export async function rasteriseChart(svg: string): Promise<Uint8Array> {
  const known = cache.get(svg);
  if (known) return known;
  await rasteriserReady();
  const renderer = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: SCALE },
    font: {
      loadSystemFonts: false,
      fontBuffers: [reportFont('regular'), reportFont('bold')],
      defaultFontFamily: REPORT_FONT_FAMILY,
      sansSerifFamily: REPORT_FONT_FAMILY,
    },
  });
  const rendered = renderer.render();
  const png = rendered.asPng();
  rendered.free();
  renderer.free();
  if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value ?? '');
  cache.set(svg, png);
  return png;
}
