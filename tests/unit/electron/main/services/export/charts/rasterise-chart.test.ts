import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { rasteriseChart } from '@/electron/main/services/export/charts/rasterise-chart';
import { measuresChartSvg } from '@/shared/charts/measures-chart';

const labels = {
  baseline: 'Baseline',
  current: 'Current',
  target: 'Target',
  unit: 'Unit',
  notDrawn: 'Not drawn (not a number)',
  unnamed: 'Unnamed indicator',
};

function decode(bytes: Uint8Array): PNG {
  return PNG.sync.read(Buffer.from(bytes));
}

function count(png: PNG, rgb: [number, number, number]): number {
  let found = 0;
  for (let index = 0; index < png.data.length; index += 4)
    if (png.data[index] === rgb[0] && png.data[index + 1] === rgb[1] && png.data[index + 2] === rgb[2]) found++;
  return found;
}

describe('rasteriseChart (resvg, WebAssembly, no browser)', () => {
  const svg = measuresChartSvg({
    title: 'Measures of 1.1.1',
    width: 400,
    labels,
    rows: [{ indicator: 'Learners', unit: 'number', baseline: '100', current: '150', target: '200' }],
  });

  it('draws the chart at one and a half times its size, bars in their colours', async () => {
    const png = decode(await rasteriseChart(svg));
    expect(png.width).toBe(600);
    expect(count(png, [0x1f, 0x4e, 0x79])).toBeGreaterThan(1000);
    expect(count(png, [0xbf, 0xbf, 0xbf])).toBeGreaterThan(500);
  });

  it('sets the words in the bundled font (the same chart without its words has fewer dark pixels)', async () => {
    const withWords = decode(await rasteriseChart(svg));
    const withoutWords = decode(await rasteriseChart(svg.replace(/<text[^>]*>[^<]*<\/text>/g, '')));
    expect(countDark(withoutWords)).toBeLessThan(countDark(withWords) - 500);
  });

  it('gives the same picture for the same chart (drawn once, then from its cache)', async () => {
    expect(await rasteriseChart(svg)).toBe(await rasteriseChart(svg));
  });
});

function countDark(png: PNG): number {
  let found = 0;
  for (let index = 0; index < png.data.length; index += 4)
    if ((png.data[index] ?? 255) < 90 && (png.data[index + 1] ?? 255) < 90 && (png.data[index + 2] ?? 255) < 90)
      found++;
  return found;
}
