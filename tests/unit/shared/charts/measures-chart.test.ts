import { describe, expect, it } from 'vitest';
import {
  hasChartableMeasures,
  measuresChart,
  measuresChartSvg,
  type MeasuresChartInput,
  type MeasureValues,
} from '@/shared/charts/measures-chart';

const labels = {
  baseline: 'Baseline',
  current: 'Current',
  target: 'Target',
  unit: 'Unit',
  notDrawn: 'Not drawn (not a number)',
  unnamed: 'Unnamed indicator',
};
const row = (indicator: string, unit: string, baseline: string, current: string, target: string): MeasureValues => ({
  indicator,
  unit,
  baseline,
  current,
  target,
});
const chart = (rows: MeasureValues[]): MeasuresChartInput => ({ title: 'Measures of 1.1.2', rows, labels, width: 627 });

/** Bars are the shapes filled with the series' colours; their widths are what the eye compares. */
function bars(input: MeasuresChartInput): { fill: string; x: number; width: number }[] {
  return measuresChart(input)
    .shapes.filter((shape) => shape.kind === 'rect' && shape.height === 8 && shape.y > 20)
    .map((shape) =>
      shape.kind === 'rect'
        ? { fill: shape.fill, x: Math.round(shape.x), width: Math.round(shape.width) }
        : { fill: '', x: 0, width: 0 },
    );
}

const REAL = chart([
  row('Adults enrolled in literacy classes', 'number', '1,200', '1,850', '2,500'),
  row('Share of women among learners', '%', '48%', '55', '60'),
]);
const NOT_NUMBERS = chart([
  row('Households reached', 'number', 'approx 5000', '6200', ''),
  row('Centres open', 'number', 'n/a', 'about 12', '20'),
]);
const NEGATIVE = chart([
  row('Learners who dropped out', 'number', '120', '90', '60'),
  row('Net change in enrolment', 'pupils', '-40', '−15', '0'),
]);

describe('measuresChart', () => {
  it('draws real numbers: bars from zero in proportion, values labelled as typed, the change beside the current value', () => {
    const drawn = bars(REAL);
    // Baseline, current and target of the first indicator share one axis: 1200 : 1850 : 2500.
    expect(drawn.slice(0, 3).map((bar) => bar.fill)).toEqual(['#BFBFBF', '#1F4E79', '#FFFFFF']);
    expect(new Set(drawn.slice(0, 3).map((bar) => bar.x)).size).toBe(1);
    expect((drawn[1]?.width ?? 0) / (drawn[0]?.width ?? 1)).toBeCloseTo(1850 / 1200, 1);
    const texts = measuresChart(REAL).shapes.flatMap((shape) => (shape.kind === 'text' ? [shape.text] : []));
    expect(texts).toEqual(
      expect.arrayContaining(['1,200', '1,850 (+650)', '2,500', '48%', '55 (+7)', '60', 'Unit: number', 'Unit: %']),
    );
  });

  it('says the numbers in its description', () => {
    expect(measuresChart(REAL).alt).toBe(
      'Measures of 1.1.2. Adults enrolled in literacy classes (number): Baseline 1,200, Current 1,850, Target 2,500. Share of women among learners (%): Baseline 48%, Current 55, Target 60.',
    );
  });

  it('never draws a value that is not a number: it names it in a note instead', () => {
    const drawing = measuresChart(NOT_NUMBERS);
    expect(bars(NOT_NUMBERS).map((bar) => bar.fill)).toEqual(['#1F4E79', '#FFFFFF']);
    expect(drawing.notes).toEqual([
      'Not drawn (not a number): Households reached – Baseline “approx 5000”',
      'Not drawn (not a number): Centres open – Baseline “n/a”, Current “about 12”',
    ]);
    expect(drawing.alt).toContain('Households reached (number): Current 6200.');
    expect(drawing.alt).toContain('Not drawn (not a number): Centres open – Baseline “n/a”, Current “about 12”.');
  });

  it('draws negative values left of zero and names a fall as a negative change', () => {
    const texts = measuresChart(NEGATIVE).shapes.flatMap((shape) => (shape.kind === 'text' ? [shape.text] : []));
    expect(texts).toEqual(expect.arrayContaining(['90 (−30)', '−15 (+25)']));
    const net = bars(NEGATIVE).slice(3);
    // Both negative bars end at zero, on the right: the −40 one is the longer.
    expect((net[0]?.x ?? 0) + (net[0]?.width ?? 0)).toBe((net[1]?.x ?? 0) + (net[1]?.width ?? 0));
    expect(net[0]?.width).toBeGreaterThan(net[1]?.width ?? 0);
  });

  it('has nothing to draw without a number', () => {
    expect(hasChartableMeasures([row('Households', 'number', 'many', '', 'n/a')])).toBe(false);
    expect(hasChartableMeasures(REAL.rows)).toBe(true);
  });
});

describe('measuresChartSvg (snapshots: open the .svg files to look at them)', () => {
  it('real numbers', async () => {
    await expect(measuresChartSvg(REAL)).toMatchFileSnapshot('__snapshots__/real-numbers.svg');
  });

  it('values that are not numbers', async () => {
    await expect(measuresChartSvg(NOT_NUMBERS)).toMatchFileSnapshot('__snapshots__/not-numbers.svg');
  });

  it('negative changes and values', async () => {
    await expect(measuresChartSvg(NEGATIVE)).toMatchFileSnapshot('__snapshots__/negative-changes.svg');
  });

  it('escapes what the officer typed', () => {
    const svg = measuresChartSvg(chart([row('<script>alert(1)</script> & "quotes"', 'number', '1', '2', '3')]));
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('&#60;script&#62;alert(1)&#60;/script&#62; &#38; &#34;quotes&#34;');
  });
});
