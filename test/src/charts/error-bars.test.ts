import { scaleLinear, scaleLog } from 'd3';
import { describe, expect, it } from 'vitest';
import { errorBars } from '../../../src/charts/error-bars';
import { placeValues } from '../../../src/charts/robust-domain';

describe('errorBars', () => {
  it('one bar per row drawn inside the range with a finite error, y ± |err| clamped to the plot', () => {
    const y = scaleLinear().domain([0, 10]).range([100, 0]);
    const ys = Float64Array.of(5, 5, 5, 20, 5, 9);
    const errs = Float64Array.of(1, NaN, -2, 1, 1, 3);
    const px = Float64Array.of(0, 1, 2, 3, NaN, 5);
    const { places } = placeValues(ys, [0, 10], 'linear');
    const bars = errorBars(px, ys, errs, places, y, 100);
    expect([...bars.x]).toEqual([0, 2, 5]);
    expect([...bars.top].map((v) => Math.round(v * 1e9) / 1e9)).toEqual([40, 30, 0]);
    expect([...bars.bottom].map((v) => Math.round(v * 1e9) / 1e9)).toEqual([60, 70, 40]);
  });

  it('log scale: a lower end at or below zero is drawn to the bottom edge', () => {
    const y = scaleLog().domain([1, 100]).range([100, 0]);
    const ys = Float64Array.of(10);
    const bars = errorBars(Float64Array.of(4), ys, Float64Array.of(20), placeValues(ys, [1, 100], 'log').places, y, 100);
    expect(bars.bottom[0]).toBe(100);
    expect(bars.top[0]).toBeCloseTo(100 - 100 * Math.log10(30) / 2, 10);
  });
});
