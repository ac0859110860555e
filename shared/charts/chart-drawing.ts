/** A chart as shapes in pixels (96 per inch): what SVG, the preview and the PDF each draw. */
export interface ChartDrawing {
  readonly width: number;
  readonly height: number;
  readonly shapes: readonly ChartShape[];
  /** What the chart shows, in words and numbers, for screen readers and the picture's description. */
  readonly alt: string;
  /** Indicators or values left out because they are not numbers (shown under the chart too). */
  readonly notes: readonly string[];
}

export type ChartShape =
  | {
      readonly kind: 'rect';
      readonly x: number;
      readonly y: number;
      readonly width: number;
      readonly height: number;
      readonly fill: string;
      readonly stroke?: string;
      readonly dash?: boolean;
    }
  | {
      readonly kind: 'line';
      readonly x1: number;
      readonly y1: number;
      readonly x2: number;
      readonly y2: number;
      readonly stroke: string;
      readonly width: number;
    }
  | {
      readonly kind: 'text';
      readonly x: number;
      readonly y: number;
      readonly text: string;
      readonly size: number;
      readonly anchor: 'start' | 'middle' | 'end';
      readonly bold?: boolean;
      readonly fill: string;
    };

/** The font the chart's words are set in: the report's (Arimo and Liberation Sans have Arial's metrics). */
export const CHART_FONT_FAMILY = "Arimo, 'Liberation Sans', Arial, sans-serif";

/** Average advance of a letter in Arial, as a share of the size: enough to keep labels inside the chart. */
const AVERAGE_ADVANCE = 0.56;

/** Cuts text with an ellipsis so that it fits `width` pixels at `size`, by Arial's average advance. */
export function fitText(text: string, size: number, width: number): string {
  const room = Math.floor(width / (size * AVERAGE_ADVANCE));
  return text.length <= room ? text : `${text.slice(0, Math.max(1, room - 1)).trimEnd()}…`;
}

/** Splits text into lines of at most `width` pixels at `size` (by the average advance), at spaces. */
export function wrapText(text: string, size: number, width: number): string[] {
  const room = Math.max(8, Math.floor(width / (size * AVERAGE_ADVANCE)));
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (next.length > room && line) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines.map((each) => fitText(each, size, width));
}
