/** Decoded pixels, four bytes (RGBA) per pixel, row by row. */
export interface Pixels {
  readonly width: number;
  readonly height: number;
  readonly data: Uint8Array;
}

/**
 * Shrinks pixels by averaging every source pixel that falls in each target pixel (a box
 * filter): no aliasing on photos of crowds and text, and one pass over the source, which
 * matters for a 40 MB photo. Transparent pixels are flattened onto white because the result
 * is saved as JPEG.
 */
export function shrinkPixels(source: Pixels, width: number, height: number): Pixels {
  const target = new Uint8Array(width * height * 4);
  const sums = new Float64Array(width * 3);
  const counts = new Float64Array(width);
  const xScale = source.width / width;
  const yScale = source.height / height;
  const columnOf = new Uint32Array(source.width);
  for (let x = 0; x < source.width; x++) columnOf[x] = Math.min(width - 1, Math.floor(x / xScale));
  let sourceRow = 0;
  for (let y = 0; y < height; y++) {
    sums.fill(0);
    counts.fill(0);
    const rowEnd = Math.min(source.height, Math.round((y + 1) * yScale));
    for (; sourceRow < rowEnd; sourceRow++) {
      let index = sourceRow * source.width * 4;
      for (let x = 0; x < source.width; x++, index += 4) {
        const column = columnOf[x] ?? 0;
        const alpha = (source.data[index + 3] ?? 255) / 255;
        const background = 255 * (1 - alpha);
        sums[column * 3] = (sums[column * 3] ?? 0) + (source.data[index] ?? 0) * alpha + background;
        sums[column * 3 + 1] = (sums[column * 3 + 1] ?? 0) + (source.data[index + 1] ?? 0) * alpha + background;
        sums[column * 3 + 2] = (sums[column * 3 + 2] ?? 0) + (source.data[index + 2] ?? 0) * alpha + background;
        counts[column] = (counts[column] ?? 0) + 1;
      }
    }
    for (let x = 0; x < width; x++) {
      const count = counts[x] || 1;
      const out = (y * width + x) * 4;
      target[out] = (sums[x * 3] ?? 0) / count;
      target[out + 1] = (sums[x * 3 + 1] ?? 0) / count;
      target[out + 2] = (sums[x * 3 + 2] ?? 0) / count;
      target[out + 3] = 255;
    }
  }
  return { width, height, data: target };
}

/** The largest size with the same proportions whose longer edge is at most `maxEdge`. */
export function fitWithin(width: number, height: number, maxEdge: number): { width: number; height: number } {
  const scale = Math.min(1, maxEdge / Math.max(width, height));
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}
