import { Unzlib } from 'fflate';

/** What a PNG says about its pixels (its header, colour table and transparency chunks). */
export interface PngLayout {
  readonly width: number;
  readonly height: number;
  readonly depth: number;
  readonly colourType: number;
  readonly interlaced: boolean;
  readonly palette: Uint8Array;
  readonly transparency: Uint8Array | null;
  /** The compressed image data, chunk by chunk (IDAT), not joined into one buffer. */
  readonly data: readonly Uint8Array[];
}

const CHANNELS: Record<number, number> = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 };
/** Adam7: each pass's first column and row, and its steps. */
const PASSES = [
  [0, 0, 8, 8],
  [4, 0, 8, 8],
  [0, 4, 4, 8],
  [2, 0, 4, 4],
  [0, 2, 2, 4],
  [1, 0, 2, 2],
  [0, 1, 1, 2],
] as const;
/** Compressed bytes given to the inflater at once: a bomb expands a push at most ~1000-fold (16 MB). */
const FEED_BYTES = 16 * 1024;

/** One unfiltered row of one pass, with where its pixels sit in the image. */
export interface PngRow {
  readonly bytes: Uint8Array;
  readonly y: number;
  readonly firstX: number;
  readonly stepX: number;
  readonly pixels: number;
}

/**
 * Inflates and unfilters a PNG's rows one at a time, in file order (pass by pass when interlaced),
 * calling `onRow` for each: memory is two rows and the inflater's window, whatever the image's
 * size. Throws when the data is damaged, too short, or longer than the header allows.
 */
export function forEachPngRow(layout: PngLayout, onRow: (row: PngRow) => void): void {
  const bitsPerPixel = layout.depth * (CHANNELS[layout.colourType] ?? 1);
  const filterStep = Math.max(1, bitsPerPixel >> 3);
  const cursor = new RowCursor(layout);
  let current = new Uint8Array(0);
  let previous = new Uint8Array(0);
  let filled = -1; // -1: the filter-type byte of the next row is awaited
  let filter = 0;

  const startRow = (): void => {
    const row = cursor.row;
    if (!row) return;
    const length = Math.ceil((row.pixels * bitsPerPixel) / 8);
    if (row.firstOfPass) previous = new Uint8Array(length);
    current = new Uint8Array(length);
  };
  const take = (chunk: Uint8Array): void => {
    for (let at = 0; at < chunk.length;) {
      const row = cursor.row;
      if (!row) throw new Error('more image data than the header allows');
      if (filled === -1) {
        filter = chunk[at++] ?? 0;
        if (filter > 4) throw new Error('bad row filter');
        filled = 0;
        continue;
      }
      const count = Math.min(current.length - filled, chunk.length - at);
      current.set(chunk.subarray(at, at + count), filled);
      filled += count;
      at += count;
      if (filled < current.length) continue;
      unfilter(filter, current, previous, filterStep);
      onRow({ bytes: current, y: row.y, firstX: row.firstX, stepX: row.stepX, pixels: row.pixels });
      previous = current;
      filled = -1;
      cursor.advance();
      startRow();
    }
  };

  startRow();
  const inflater = new Unzlib((chunk) => take(chunk));
  for (const part of layout.data)
    for (let at = 0; at < part.length; at += FEED_BYTES) inflater.push(part.subarray(at, at + FEED_BYTES), false);
  inflater.push(new Uint8Array(0), true);
  if (cursor.row) throw new Error('the image data ends early');
}

interface PassRow {
  readonly y: number;
  readonly firstX: number;
  readonly stepX: number;
  readonly pixels: number;
  readonly firstOfPass: boolean;
}

/** Walks the rows the data holds, in order, one at a time (an image may have 24 million rows). */
class RowCursor {
  private pass = 0;
  private y = 0;
  row: PassRow | null = null;

  constructor(private readonly layout: PngLayout) {
    this.pass = layout.interlaced ? -1 : 0;
    if (layout.interlaced) this.nextPass();
    else this.row = { y: 0, firstX: 0, stepX: 1, pixels: layout.width, firstOfPass: true };
  }

  advance(): void {
    const row = this.row;
    if (!row) return;
    if (!this.layout.interlaced) {
      this.row = row.y + 1 < this.layout.height ? { ...row, y: row.y + 1, firstOfPass: false } : null;
      return;
    }
    const stepY = PASSES[this.pass]?.[3] ?? 1;
    this.y = row.y + stepY;
    if (this.y < this.layout.height) this.row = { ...row, y: this.y, firstOfPass: false };
    else this.nextPass();
  }

  private nextPass(): void {
    for (this.pass++; this.pass < PASSES.length; this.pass++) {
      const [firstX, firstY, stepX] = PASSES[this.pass] ?? [0, 0, 1];
      const pixels = Math.ceil((this.layout.width - firstX) / stepX);
      if (pixels > 0 && firstY < this.layout.height) {
        this.row = { y: firstY, firstX, stepX, pixels, firstOfPass: true };
        return;
      }
    }
    this.row = null;
  }
}

/** Undoes one row's filter in place (PNG specification, section 7.3), one tight loop per filter type. */
function unfilter(filter: number, row: Uint8Array, above: Uint8Array, step: number): void {
  const length = row.length;
  if (filter === 1)
    for (let index = step; index < length; index++) row[index] = ((row[index] ?? 0) + (row[index - step] ?? 0)) & 0xff;
  else if (filter === 2)
    for (let index = 0; index < length; index++) row[index] = ((row[index] ?? 0) + (above[index] ?? 0)) & 0xff;
  else if (filter === 3) {
    for (let index = 0; index < Math.min(step, length); index++)
      row[index] = ((row[index] ?? 0) + ((above[index] ?? 0) >> 1)) & 0xff;
    for (let index = step; index < length; index++)
      row[index] = ((row[index] ?? 0) + (((row[index - step] ?? 0) + (above[index] ?? 0)) >> 1)) & 0xff;
  } else if (filter === 4) {
    for (let index = 0; index < Math.min(step, length); index++)
      row[index] = ((row[index] ?? 0) + (above[index] ?? 0)) & 0xff;
    for (let index = step; index < length; index++)
      row[index] =
        ((row[index] ?? 0) + paeth(row[index - step] ?? 0, above[index] ?? 0, above[index - step] ?? 0)) & 0xff;
  }
}

function paeth(left: number, up: number, upLeft: number): number {
  const toLeft = Math.abs(up - upLeft);
  const toUp = Math.abs(left - upLeft);
  const toUpLeft = Math.abs(left + up - upLeft - upLeft);
  if (toLeft <= toUp && toLeft <= toUpLeft) return left;
  return toUp <= toUpLeft ? up : upLeft;
}
