import { forEachPngRow, type PngLayout, type PngRow } from './png-rows';
import { rowToRgba } from './png-samples';
import type { Pixels } from './resize-pixels';

/**
 * Decodes a PNG straight into a smaller picture, row by row: each row becomes 8-bit RGBA, each
 * pixel is flattened onto white (the result becomes a JPEG) and added to the target pixel it
 * falls in (a box filter, as shrinkPixels). Memory is the target's sums and one row, never the
 * whole image: a 24-megapixel image whose data is a few kilobytes of zeros costs what a small
 * photo costs.
 */
export function shrinkPng(layout: PngLayout, width: number, height: number): Pixels {
  const sums = new Float32Array(width * height * 3);
  const counts = new Float32Array(width * height);
  const cellOfColumn = columnCells(layout.width, width);
  let rgba = new Uint8Array(0);
  forEachPngRow(layout, (row: PngRow) => {
    if (rgba.length < row.pixels * 4) rgba = new Uint8Array(row.pixels * 4);
    const opaque = rowToRgba(layout, row.bytes, row.pixels, rgba);
    const targetRow = Math.floor((row.y * height) / layout.height) * width;
    if (opaque && cellOfColumn) {
      for (let index = 0, at = 0, x = row.firstX; index < row.pixels; index++, at += 4, x += row.stepX) {
        const cell = targetRow + (cellOfColumn[x] ?? 0);
        sums[cell * 3] = (sums[cell * 3] ?? 0) + (rgba[at] ?? 0);
        sums[cell * 3 + 1] = (sums[cell * 3 + 1] ?? 0) + (rgba[at + 1] ?? 0);
        sums[cell * 3 + 2] = (sums[cell * 3 + 2] ?? 0) + (rgba[at + 2] ?? 0);
        counts[cell] = (counts[cell] ?? 0) + 1;
      }
      return;
    }
    for (let index = 0, x = row.firstX; index < row.pixels; index++, x += row.stepX) {
      const at = index * 4;
      const alpha = (rgba[at + 3] ?? 255) / 255;
      const background = 255 - 255 * alpha;
      const cell = targetRow + (cellOfColumn ? (cellOfColumn[x] ?? 0) : Math.floor((x * width) / layout.width));
      const sum = cell * 3;
      sums[sum] = (sums[sum] ?? 0) + (rgba[at] ?? 0) * alpha + background;
      sums[sum + 1] = (sums[sum + 1] ?? 0) + (rgba[at + 1] ?? 0) * alpha + background;
      sums[sum + 2] = (sums[sum + 2] ?? 0) + (rgba[at + 2] ?? 0) * alpha + background;
      counts[cell] = (counts[cell] ?? 0) + 1;
    }
  });
  const data = new Uint8Array(width * height * 4);
  for (let cell = 0; cell < counts.length; cell++) {
    const count = counts[cell] || 1;
    data[cell * 4] = (sums[cell * 3] ?? 0) / count;
    data[cell * 4 + 1] = (sums[cell * 3 + 1] ?? 0) / count;
    data[cell * 4 + 2] = (sums[cell * 3 + 2] ?? 0) / count;
    data[cell * 4 + 3] = 255;
  }
  return { width, height, data };
}

/** Target column of each source column, when the table is small enough to be worth keeping. */
function columnCells(sourceWidth: number, targetWidth: number): Uint32Array | null {
  if (sourceWidth > 1 << 16) return null;
  const cells = new Uint32Array(sourceWidth);
  for (let x = 0; x < sourceWidth; x++) cells[x] = Math.floor((x * targetWidth) / sourceWidth);
  return cells;
}
