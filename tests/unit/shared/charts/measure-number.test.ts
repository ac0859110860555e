import { describe, expect, it } from 'vitest';
import { readMeasure } from '@/shared/charts/measure-number';

const value = (typed: string): number | string => {
  const reading = readMeasure(typed);
  return reading.kind === 'number' ? reading.value : reading.kind;
};

describe('readMeasure', () => {
  it('reads the numbers officers type, with grouped thousands, decimal points or commas, signs and percent', () => {
    expect(
      ['1250', '1,250', '1 250', '1\u202f250', ' 12.5 ', '12,5', '+40', '-3', '−3', '45%', '0', '.5'].map(value),
    ).toEqual([1250, 1250, 1250, 1250, 12.5, 12.5, 40, -3, -3, 45, 0, 0.5]);
  });

  it('keeps anything with words or signs around it as text, never a guess', () => {
    expect(
      ['approx 5000', '~300', '10-20', 'n/a', '5000+', '1,25,000', '12,345,67', 'Infinity', '1e5'].map(value),
    ).toEqual(Array(9).fill('text'));
  });

  it('tells an empty cell from a non-number', () => {
    expect(readMeasure('   ')).toEqual({ kind: 'empty' });
    expect(readMeasure('about 12')).toEqual({ kind: 'text', text: 'about 12' });
  });
});
