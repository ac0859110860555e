import { describe, expect, it } from 'vitest';
import { scaleFor, tickLabel } from '@/shared/charts/chart-scale';

describe('scaleFor', () => {
  it('starts at zero and ends at a round number past the largest value', () => {
    expect(scaleFor([145, 254, 345])).toEqual({ min: 0, max: 400, ticks: [0, 100, 200, 300, 400] });
    expect(scaleFor([0.2, 0.7])).toEqual({ min: 0, max: 0.8, ticks: [0, 0.2, 0.4, 0.6, 0.8] });
  });

  it('reaches below zero for negative values and keeps zero on the axis', () => {
    const scale = scaleFor([-40, -15, 0]);
    expect(scale.min).toBe(-40);
    expect(scale.max).toBe(0);
    expect(scale.ticks).toContain(0);
    expect(scaleFor([-5, 12]).ticks).toEqual([-5, 0, 5, 10, 15]);
  });

  it('has an axis for nothing but zeros', () => {
    expect(scaleFor([0, 0])).toEqual({ min: 0, max: 1, ticks: [0, 1] });
  });
});

describe('tickLabel', () => {
  it('prints a true minus sign and shortens tens of thousands', () => {
    expect([tickLabel(-10), tickLabel(2500), tickLabel(20000)]).toEqual(['−10', '2500', '20k']);
  });
});
