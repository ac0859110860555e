import { fitText, wrapText, type ChartDrawing, type ChartShape } from './chart-drawing';
import { scaleFor, tickLabel, type ChartScale } from './chart-scale';
import { chartSvg } from './chart-svg';
import { readMeasure, type MeasureReading } from './measure-number';

/** One row of a measures table, as the officer typed it. */
export interface MeasureValues {
  readonly indicator: string;
  readonly unit: string;
  readonly baseline: string;
  readonly current: string;
  readonly target: string;
}

/** The chart's fixed words, in the language of the report (or of the interface, in the form). */
export interface MeasuresChartLabels {
  readonly baseline: string;
  readonly current: string;
  readonly target: string;
  /** Axis title before the unit: "Unit" → "Unit: %". */
  readonly unit: string;
  /** Before the values a chart leaves out: "Not drawn (not a number)". */
  readonly notDrawn: string;
  /** An indicator the officer has not named yet. */
  readonly unnamed: string;
}

export interface MeasuresChartInput {
  /** What the chart is of ("Measures of 1.1.2"), the start of its description. */
  readonly title: string;
  readonly rows: readonly MeasureValues[];
  readonly labels: MeasuresChartLabels;
  /** Width in pixels (96 per inch): the page's text width in a document. */
  readonly width: number;
}

const SERIES = ['baseline', 'current', 'target'] as const;
type Series = (typeof SERIES)[number];

/** Told apart by lightness and outline, not by hue: they survive greyscale printing and colour blindness. */
const LOOK: Record<Series, { fill: string; stroke?: string; dash?: boolean }> = {
  baseline: { fill: '#BFBFBF', stroke: '#595959' },
  current: { fill: '#1F4E79' },
  target: { fill: '#FFFFFF', stroke: '#1F4E79', dash: true },
};
const INK = '#262626';
const AXIS = '#7F7F7F';
const PAD = 8;
const LABEL_SIZE = 11;
const VALUE_SIZE = 10;
const BAR = 8;
const BAR_GAP = 2;
const ROW_GAP = 8;
const VALUE_ROOM = 84;

interface ReadRow {
  readonly name: string;
  readonly unit: string;
  readonly values: Readonly<Record<Series, MeasureReading & { readonly typed: string }>>;
}

/** Whether a table has anything a chart can draw: at least one value that is a number. */
export function hasChartableMeasures(rows: readonly MeasureValues[]): boolean {
  return rows.some((row) => SERIES.some((series) => readMeasure(row[series]).kind === 'number'));
}

/**
 * Bars per indicator for baseline, current and target, one panel per unit (a percentage and a
 * head count never share an axis), values labelled as typed, the change from baseline beside
 * the current value, and every value that is not a number named in a note instead of drawn.
 */
export function measuresChart(input: MeasuresChartInput): ChartDrawing {
  const { labels, width } = input;
  const rows: ReadRow[] = input.rows.map((row) => ({
    name: row.indicator.trim() || labels.unnamed,
    unit: row.unit.trim(),
    values: Object.fromEntries(
      SERIES.map((series) => [series, { ...readMeasure(row[series]), typed: row[series].trim() }]),
    ) as ReadRow['values'],
  }));
  const shapes: ChartShape[] = [];
  let y = PAD;
  y = legend(shapes, labels, y);
  for (const unit of [...new Set(rows.map((row) => row.unit))]) {
    const panel = rows.filter(
      (row) => row.unit === unit && SERIES.some((series) => row.values[series].kind === 'number'),
    );
    if (panel.length > 0) y = drawPanel(shapes, panel, unit, labels, width, y);
  }
  const notes = notesOf(rows, labels);
  for (const note of notes) {
    for (const line of wrapText(note, VALUE_SIZE, width - 2 * PAD)) {
      y += VALUE_SIZE + 3;
      shapes.push({ kind: 'text', x: PAD, y, text: line, size: VALUE_SIZE, anchor: 'start', fill: INK });
    }
  }
  return { width, height: Math.ceil(y + PAD), shapes, alt: altOf(input.title, rows, labels, notes), notes };
}

/** The chart as SVG: `measuresChart` drawn by `chartSvg`. */
export function measuresChartSvg(input: MeasuresChartInput): string {
  return chartSvg(measuresChart(input));
}

function legend(shapes: ChartShape[], labels: MeasuresChartLabels, y: number): number {
  let x = PAD;
  for (const series of SERIES) {
    shapes.push({ kind: 'rect', x, y: y + 1, width: 14, height: BAR, ...LOOK[series] });
    shapes.push({
      kind: 'text',
      x: x + 18,
      y: y + BAR,
      text: labels[series],
      size: VALUE_SIZE,
      anchor: 'start',
      fill: INK,
    });
    x += 18 + labels[series].length * VALUE_SIZE * 0.56 + 16;
  }
  return y + BAR + 10;
}

function drawPanel(
  shapes: ChartShape[],
  rows: readonly ReadRow[],
  unit: string,
  labels: MeasuresChartLabels,
  width: number,
  top: number,
): number {
  const numbers = rows.flatMap((row) =>
    SERIES.map((series) => row.values[series]).flatMap((value) => (value.kind === 'number' ? [value.value] : [])),
  );
  const scale = scaleFor(numbers);
  const left = PAD + (scale.min < 0 ? VALUE_ROOM / 2 : 0);
  const right = width - PAD - VALUE_ROOM;
  const xOf = (value: number): number => left + ((value - scale.min) / (scale.max - scale.min)) * (right - left);
  let y = top;
  for (const row of rows) {
    y += LABEL_SIZE;
    shapes.push({
      kind: 'text',
      x: PAD,
      y,
      text: fitText(row.name, LABEL_SIZE, width - 2 * PAD),
      size: LABEL_SIZE,
      anchor: 'start',
      bold: true,
      fill: INK,
    });
    y += 4;
    for (const series of SERIES) {
      const value = row.values[series];
      if (value.kind === 'number') drawBar(shapes, series, value.value, barLabel(row, series), xOf, y);
      y += BAR + BAR_GAP;
    }
    y += ROW_GAP - BAR_GAP;
  }
  return drawAxis(shapes, scale, xOf, top, y, unit, labels);
}

function drawBar(
  shapes: ChartShape[],
  series: Series,
  value: number,
  label: string,
  xOf: (value: number) => number,
  y: number,
): void {
  const zero = xOf(0);
  const end = xOf(value);
  shapes.push({
    kind: 'rect',
    x: Math.min(zero, end),
    y,
    width: Math.max(Math.abs(end - zero), 1),
    height: BAR,
    ...LOOK[series],
  });
  const outside = value < 0 ? { x: end - 4, anchor: 'end' as const } : { x: end + 4, anchor: 'start' as const };
  shapes.push({
    kind: 'text',
    x: outside.x,
    y: y + BAR - 0.5,
    text: label,
    size: VALUE_SIZE,
    anchor: outside.anchor,
    fill: INK,
  });
}

/** The value as typed; the current one with its change from the baseline, "180 (+60)" or "90 (−30)". */
function barLabel(row: ReadRow, series: Series): string {
  const value = row.values[series];
  const baseline = row.values.baseline;
  if (series !== 'current' || value.kind !== 'number' || baseline.kind !== 'number') return value.typed;
  const change = Number((value.value - baseline.value).toPrecision(12));
  const sign = change > 0 ? '+' : change < 0 ? '−' : '±';
  return `${value.typed} (${sign}${Math.abs(change)})`;
}

function drawAxis(
  shapes: ChartShape[],
  scale: ChartScale,
  xOf: (value: number) => number,
  top: number,
  bottom: number,
  unit: string,
  labels: MeasuresChartLabels,
): number {
  shapes.push({ kind: 'line', x1: xOf(scale.min), y1: bottom, x2: xOf(scale.max), y2: bottom, stroke: AXIS, width: 1 });
  shapes.push({ kind: 'line', x1: xOf(0), y1: top, x2: xOf(0), y2: bottom, stroke: AXIS, width: 1 });
  for (const tick of scale.ticks) {
    shapes.push({ kind: 'line', x1: xOf(tick), y1: bottom, x2: xOf(tick), y2: bottom + 3, stroke: AXIS, width: 1 });
    shapes.push({
      kind: 'text',
      x: xOf(tick),
      y: bottom + 3 + VALUE_SIZE,
      text: tickLabel(tick),
      size: VALUE_SIZE - 1,
      anchor: 'middle',
      fill: INK,
    });
  }
  const title = unit ? `${labels.unit}: ${unit}` : labels.unit;
  shapes.push({
    kind: 'text',
    x: xOf(scale.max),
    y: bottom + 5 + 2 * VALUE_SIZE,
    text: title,
    size: VALUE_SIZE,
    anchor: 'end',
    fill: INK,
  });
  return bottom + 12 + 2 * VALUE_SIZE;
}

function notesOf(rows: readonly ReadRow[], labels: MeasuresChartLabels): string[] {
  return rows.flatMap((row) => {
    const texts = SERIES.filter((series) => row.values[series].kind === 'text').map(
      (series) => `${labels[series]} “${row.values[series].typed}”`,
    );
    return texts.length > 0 ? [`${labels.notDrawn}: ${row.name} – ${texts.join(', ')}`] : [];
  });
}

function altOf(title: string, rows: readonly ReadRow[], labels: MeasuresChartLabels, notes: readonly string[]): string {
  const described = rows.map((row) => {
    const values = SERIES.filter((series) => row.values[series].kind === 'number').map(
      (series) => `${labels[series]} ${row.values[series].typed}`,
    );
    const unit = row.unit && !row.name.endsWith(`(${row.unit})`) ? ` (${row.unit})` : '';
    return values.length > 0 ? `${row.name}${unit}: ${values.join(', ')}.` : '';
  });
  return [`${title}.`, ...described, ...notes.map((note) => `${note}.`)].filter(Boolean).join(' ');
}
