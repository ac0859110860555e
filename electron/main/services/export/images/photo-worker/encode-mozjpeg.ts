import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import encode, { init } from '@jsquash/jpeg/encode.js';
import type { Pixels } from '../resize-pixels';

let ready: Promise<void> | undefined;

/**
 * Loads mozjpeg's WebAssembly encoder once per thread, from the package's own .wasm (read the
 * way the chart rasteriser reads resvg's: one file for every platform, packed in app.asar).
 */
function encoderReady(): Promise<void> {
  ready ??= init({
    wasmBinary: readFileSync(createRequire(import.meta.url).resolve('@jsquash/jpeg/codec/enc/mozjpeg_enc.wasm')),
  });
  return ready;
}

/**
 * Pixels saved as a baseline JPEG at `quality` by mozjpeg (Prepare for sending's ladder).
 * Against jpeg-js at the same quality it writes files about half the size, and faster below
 * quality 85 (docs/export-design.md); baseline and not progressive, which is as fast again.
 */
export async function encodeMozjpeg(pixels: Pixels, quality: number): Promise<Uint8Array> {
  await encoderReady();
  const rgba = new Uint8ClampedArray(pixels.data.buffer, pixels.data.byteOffset, pixels.data.byteLength);
  const image = { data: rgba, width: pixels.width, height: pixels.height, colorSpace: 'srgb' };
  // The package types its argument as the DOM's ImageData, which main's TypeScript lib has not;
  // the encoder reads only data, width and height.
  const encoded = await encode(image, { quality, baseline: true, progressive: false, optimize_coding: true });
  return new Uint8Array(encoded);
}
