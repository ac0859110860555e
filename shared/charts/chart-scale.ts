/** A linear axis: its domain (always including zero) and round tick values. */
export interface ChartScale {
  readonly min: number;
  readonly max: number;
  readonly ticks: readonly number[];
}

/**
 * An axis from zero (or below it, for negative values) to just past the largest value, with
 * about four ticks at 1, 2 or 5 times a power of ten, so bars start at zero and are never
 * drawn from an arbitrary baseline that would exaggerate a change.
 */
export function scaleFor(values: readonly number[]): ChartScale {
  const low = Math.min(0, ...values);
  const high = Math.max(0, ...values);
  if (low === high) return { min: 0, max: 1, ticks: [0, 1] };
  const step = niceStep((high - low) / 4);
  const min = Math.floor(low / step) * step;
  const max = Math.ceil(high / step) * step;
  const ticks: number[] = [];
  for (let tick = min; tick <= max + step / 1000; tick += step) ticks.push(roundTo(tick, step));
  return { min, max, ticks };
}

function niceStep(rough: number): number {
  const power = 10 ** Math.floor(Math.log10(rough));
  const fraction = rough / power;
  const nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10;
  return nice * power;
}

/** Removes floating-point dust (0.30000000000000004) at the precision of the step. */
function roundTo(value: number, step: number): number {
  const decimals = Math.max(0, -Math.floor(Math.log10(step)));
  return Number(value.toFixed(decimals));
}

/** A tick value as the axis prints it: grouped thousands, no trailing zeros. */
export function tickLabel(value: number): string {
  const text = Math.abs(value) >= 10_000 ? `${Math.round(value / 1000)}k` : String(value);
  return text.replace(/^-/, '−');
}
