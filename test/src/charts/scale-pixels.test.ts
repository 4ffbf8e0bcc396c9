import { scaleLinear, scaleLog } from 'd3';
import { describe, expect, it } from 'vitest';
import { scalePixels } from '../../../src/charts/scale-pixels';

// Values of every kind: ordinary, on and beyond the domain's ends, huge, tiny, signed zeros, NaN, ±Infinity.
const special = [NaN, Infinity, -Infinity, 0, -0, 5e-324, -5e-324, 1e308, -1e308, 1, -1, 0.1, 0.3, 40, 45.5, 60, 99.999, 100, 1e-9];
const seeded = Array.from({ length: 2000 }, (_, i) => Math.sin(i * 12.9898) * 43758.5453 - Math.floor(Math.sin(i * 12.9898) * 43758.5453) * 200 - 50);
const values = new Float64Array([...special, ...seeded]);

/** The pixels as d3 computes them, one call per value, clamped to [1.5, size − 2] when asked (the reference). */
const byCall = (scale: (v: number) => number | undefined, size?: number, log = false) =>
  Array.from(values, (v) => {
    if (size !== undefined && log && !(v > 0)) return NaN;
    const pixel = scale(v) ?? NaN;
    return size === undefined || Number.isNaN(pixel) ? pixel : Math.min(Math.max(pixel, 1.5), size - 2);
  });

const linears = {
  'ascending domain onto a reversed range (a y axis)': scaleLinear().domain([40, 60]).range([196, 0]).nice(),
  'descending domain': scaleLinear().domain([60, -20]).range([0, 640]),
  'zero-width domain': scaleLinear().domain([3, 3]).range([0, 500]),
  'domain spanning ±1e308': scaleLinear().domain([-1e308, 1e308]).range([0, 800]),
  'subnormal domain': scaleLinear().domain([0, 5e-324]).range([0, 300]),
};

describe('scalePixels', () => {
  for (const [name, scale] of Object.entries(linears)) {
    it(`gives the very doubles d3's linear scale gives, with and without edges: ${name}`, () => {
      expect(Array.from(scalePixels(scale, 'linear', values))).toEqual(byCall(scale));
      expect(Array.from(scalePixels(scale, undefined, values, 640))).toEqual(byCall(scale, 640));
    });
  }

  it('calls a log scale per value; with edges a non-positive value has no pixel', () => {
    const log = scaleLog().domain([1e-3, 1e3]).range([0, 600]);
    expect(Array.from(scalePixels(log, 'log', values))).toEqual(byCall(log));
    expect(Array.from(scalePixels(log, 'log', values, 600))).toEqual(byCall(log, 600, true));
  });

  it('calls a clamped linear scale per value', () => {
    const clamped = scaleLinear().domain([0, 10]).range([0, 100]).clamp(true);
    const pixels = scalePixels(clamped, 'linear', new Float64Array([-5, 5, 50]));
    expect(Array.from(pixels)).toEqual([0, 50, 100]);
  });
});
