import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readFontMetrics } from '@/electron/tools/font-metrics-reader';

// Needs Liberation Sans 2 in /usr/share/fonts/truetype/liberation2 (Debian's fonts-liberation2).
const LIBERATION = '/usr/share/fonts/truetype/liberation2';

/** Big-endian bytes, as font files hold them. */
class Bytes {
  readonly values: number[] = [];
  u16(value: number): this {
    this.values.push((value >> 8) & 0xff, value & 0xff);
    return this;
  }
  u32(value: number): this {
    return this.u16(Math.floor(value / 0x10000)).u16(value & 0xffff);
  }
  zeros(count: number): this {
    for (let index = 0; index < count; index++) this.values.push(0);
    return this;
  }
}

/** A font file of the given tables: the offset table, one record per table, the tables 4-byte aligned. */
function fontFile(tables: Readonly<Record<string, number[]>>): Uint8Array {
  const entries = Object.entries(tables);
  const file = new Bytes().u32(0x00010000).u16(entries.length).u16(0).u16(0).u16(0);
  let offset = 12 + entries.length * 16;
  const body = new Bytes();
  for (const [tag, bytes] of entries) {
    for (let index = 0; index < 4; index++) file.values.push(tag.charCodeAt(index));
    file.u32(0).u32(offset).u32(bytes.length);
    body.values.push(...bytes);
    const padding = (4 - (bytes.length % 4)) % 4;
    body.zeros(padding);
    offset += bytes.length + padding;
  }
  return Uint8Array.from([...file.values, ...body.values]);
}

const head = new Bytes().u32(0x00010000).u32(0).u32(0).u32(0x5f0f3cf5).u16(0).u16(1000).zeros(36).values;
// Ascender 800, descender −200, line gap 90, and three advance widths (numberOfHMetrics at 34).
const hhea = new Bytes()
  .u32(0x00010000)
  .u16(800)
  .u16(-200 & 0xffff)
  .u16(90)
  .zeros(24)
  .u16(3).values;
// Glyphs 0, 1, 2 advance 500, 600, 700; later glyphs take the last advance.
const hmtx = new Bytes().u16(500).u16(0).u16(600).u16(0).u16(700).u16(0).values;

/**
 * cmap format 4 with three segments: A–C by delta (A → glyph 1, B → 2, C → 3), a–b through the
 * glyph array (a → glyph 2, b → none), and the closing 0xFFFF segment.
 */
function cmapFormat4(platform: number, encoding: number): number[] {
  const subtable = new Bytes()
    .u16(4)
    .u16(16 + 3 * 8 + 4)
    .u16(0)
    .u16(6)
    .u16(4)
    .u16(1)
    .u16(2);
  subtable.u16(0x43).u16(0x62).u16(0xffff).u16(0); // ends, reserved pad
  subtable.u16(0x41).u16(0x61).u16(0xffff); // starts
  subtable
    .u16(-64 & 0xffff)
    .u16(0)
    .u16(1); // deltas
  subtable.u16(0).u16(4).u16(0); // range offsets: the second points 4 bytes on, at the glyph array
  subtable.u16(2).u16(0); // glyph array
  return new Bytes().u16(0).u16(1).u16(platform).u16(encoding).u32(12).values.concat(subtable.values);
}

describe('readFontMetrics on a font made by hand', () => {
  const metrics = readFontMetrics(fontFile({ head, hhea, hmtx, cmap: cmapFormat4(3, 1) }));

  it('reads units per em and the hhea line metrics', () => {
    expect({
      unitsPerEm: metrics.unitsPerEm,
      ascender: metrics.ascender,
      descender: metrics.descender,
      lineGap: metrics.lineGap,
    }).toEqual({ unitsPerEm: 1000, ascender: 800, descender: -200, lineGap: 90 });
  });

  it('maps characters to glyphs by delta and through the glyph array', () => {
    expect([0x41, 0x42, 0x61].map((code) => metrics.advanceOf(code))).toEqual([600, 700, 700]);
  });

  it('gives glyphs past the last metric its advance', () => {
    expect(metrics.advanceOf(0x43)).toBe(700); // glyph 3
  });

  it('gives undefined for a character without a glyph, between segments or past them', () => {
    expect(metrics.advanceOf(0x62)).toBeUndefined();
    expect(metrics.advanceOf(0x50)).toBeUndefined();
    expect(metrics.advanceOf(0x20)).toBeUndefined();
    expect(metrics.advanceOf(0x1f600)).toBeUndefined();
  });

  it('reads a file that starts part way into its buffer', () => {
    const file = fontFile({ head, hhea, hmtx, cmap: cmapFormat4(0, 3) });
    const padded = new Uint8Array(file.length + 8);
    padded.set(file, 8);
    expect(readFontMetrics(padded.subarray(8)).advanceOf(0x41)).toBe(600);
  });

  it('refuses a font without a table it needs, or without a Unicode cmap of format 4', () => {
    expect(() => readFontMetrics(fontFile({ head, hhea, cmap: cmapFormat4(3, 1) }))).toThrow(
      "The font has no 'hmtx' table",
    );
    expect(() => readFontMetrics(fontFile({ head, hhea, hmtx, cmap: cmapFormat4(1, 0) }))).toThrow(
      'The font has no Unicode cmap of format 4',
    );
  });
});

describe('readFontMetrics on Liberation Sans', () => {
  const regular = readFontMetrics(readFileSync(`${LIBERATION}/LiberationSans-Regular.ttf`));

  it("has Arial's em and line metrics", () => {
    expect({
      unitsPerEm: regular.unitsPerEm,
      ascender: regular.ascender,
      descender: regular.descender,
      lineGap: regular.lineGap,
    }).toEqual({ unitsPerEm: 2048, ascender: 1854, descender: -434, lineGap: 67 });
  });

  it("has Arial's advances", () => {
    expect(regular.advanceOf(0x61)).toBe(1139); // a
    expect(regular.advanceOf(0x20)).toBe(569); // space
    expect(regular.advanceOf(0x57)).toBe(1933); // W
    expect(regular.advanceOf(0x2013)).toBe(1139); // en dash
    expect(readFontMetrics(readFileSync(`${LIBERATION}/LiberationSans-Bold.ttf`)).advanceOf(0x6e)).toBe(1251); // bold n
  });

  it('gives undefined for a character it has no glyph for', () => {
    expect(regular.advanceOf(0x4e2d)).toBeUndefined(); // 中
    expect(regular.advanceOf(0x1f600)).toBeUndefined(); // 😀, outside the Basic Multilingual Plane
  });
});
