import { describe, expect, it } from 'vitest';
import { binIndex, binningFor, binPosition, type Binning } from '../../../src/crossfilter/histogram-bins';
import { histogramSlots } from '../../../src/crossfilter/histogram-tally';
import { slotTotals } from '../../../src/crossfilter/slot-tally';

/** Runs per bin as a histogram counts them: each value's slot, totalled. */
const binCounts = (binning: Binning, values: Float64Array) => slotTotals(histogramSlots(binning, values), binning.bins);

const f = (values: number[]) => new Float64Array(values);
const strictlyIncreasing = (edges: Float64Array) => edges.every((e, i) => Number.isFinite(e) && (i === 0 || e > edges[i - 1]));

describe('binningFor', () => {
  it('bins values spanning ±1e308 with finite increasing edges, every value in a bin', () => {
    const values = f([-1e308, -5, 0, 7, 1e308]);
    // By default ±1e308 lie outside the bulk [-5, 7]; with an unbounded robustK the bins span them.
    const robust = binningFor(values, { bins: 40, scale: 'linear', robustK: 5 });
    expect([robust.lo <= -5, robust.hi >= 7, binIndex(robust, -1e308), binIndex(robust, 1e308)]).toEqual([true, true, -1, -1]);
    const binning = binningFor(values, { bins: 40, scale: 'linear', robustK: Infinity });
    expect(strictlyIncreasing(binning.edges)).toBe(true);
    expect(binning.lo).toBeLessThanOrEqual(-1e308);
    expect(binning.hi).toBeGreaterThanOrEqual(1e308);
    expect([...binCounts(binning, values)].reduce((a, b) => a + b)).toBe(5);
    expect(Number.isFinite(binning.width)).toBe(true);
  });
  it('bins 0 and 5e-324 into the bins doubles allow (one here), both counted', () => {
    const binning = binningFor(f([0, 5e-324, 0]), { bins: 40, scale: 'linear', robustK: 5 });
    expect([...binning.edges]).toEqual([0, 5e-324]);
    expect([...binCounts(binning, f([0, 5e-324, 0]))]).toEqual([3]);
  });
  it('uses a fixed domain as given: values outside it have no bin', () => {
    const binning = binningFor(f([-3, 0.5, 2, 9.99, 10, 12]), { bins: 10, scale: 'linear', robustK: 5, domain: [10, 0] });
    expect([...binning.edges]).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect([-3, 0.5, 2, 9.99, 10, 12].map((v) => binIndex(binning, v))).toEqual([-1, 0, 2, 9, 9, -1]);
  });
  it('by default spans the bulk and leaves a wrapped counter above the range', () => {
    const bulk = Array.from({ length: 64 }, (_, i) => 2e6 + i * 1e5);
    const binning = binningFor(f([...bulk, 4294967295]), { bins: 20, scale: 'linear', robustK: 5 });
    expect(binning.lo).toBeLessThanOrEqual(2e6);
    expect(binning.hi).toBeGreaterThanOrEqual(Math.max(...bulk));
    expect(binning.hi).toBeLessThan(1e7);
    expect(binIndex(binning, 4294967295)).toBe(-1);
  });
  it('log bins are equal in log10 with short edges covering the positive values; ≤ 0 has no bin', () => {
    const values = f([0, -2, 1, 10, 100, 1000]);
    const binning = binningFor(values, { bins: 3, scale: 'log', robustK: Infinity });
    expect([...binning.edges]).toEqual([1, 10, 100, 1000]);
    expect(binning.scale).toBe('log');
    expect([0, -2, 1, 10, 999, 1000].map((v) => binIndex(binning, v))).toEqual([-1, -1, 0, 1, 2, 2]);
    const wide = binningFor(f([1e-300, 1, 1e300]), { bins: 6, scale: 'log', robustK: Infinity });
    expect(strictlyIncreasing(wide.edges)).toBe(true);
    expect([...binCounts(wide, f([1e-300, 1, 1e300]))].reduce((a, b) => a + b)).toBe(3);
  });
  it('a log domain that is not positive falls back to the robust range', () => {
    const binning = binningFor(f([1, 10, 100]), { bins: 2, scale: 'log', robustK: Infinity, domain: [0, 100] });
    expect([...binning.edges]).toEqual([1, 10, 100]);
  });
});

describe('binPosition', () => {
  it('is the edge index at each edge, linear inside a bin (in log10 for log bins), clamped outside', () => {
    const linear = binningFor(f([0, 10]), { bins: 10, scale: 'linear', robustK: Infinity, domain: [0, 10] });
    expect([-1, 0, 2.5, 10, 11].map((v) => binPosition(linear, v))).toEqual([0, 0, 2.5, 10, 10]);
    const log = binningFor(f([1, 100]), { bins: 2, scale: 'log', robustK: Infinity });
    expect(binPosition(log, 10)).toBe(1);
    expect(binPosition(log, Math.sqrt(10))).toBeCloseTo(0.5, 12);
    const huge = binningFor(f([-1e308, 1e308]), { bins: 4, scale: 'linear', robustK: Infinity });
    expect(binPosition(huge, 0)).toBeCloseTo(2, 9);
  });
});
