import { describe, expect, it } from 'vitest';
import { binIndex, binningOf, binningOver } from '../../../src/crossfilter/histogram-bins';
import { histogramSlots } from '../../../src/crossfilter/histogram-tally';
import { slotTotals } from '../../../src/crossfilter/slot-tally';

const edgesOf = (values: number[], bins: number) => [...binningOf(new Float64Array(values), bins).edges];

describe('binningOf', () => {
  it('spans the finite values only', () => {
    const binning = binningOf(new Float64Array([NaN, 2, 10, -Infinity, 6]), 4);
    expect(binning).toEqual({ scale: 'linear', lo: 2, hi: 10, width: 2, bins: 4, edges: new Float64Array([2, 4, 6, 8, 10]), digits: 1 });
  });
  it('widens a single value to ±0.5 and gives [0, 1] when nothing is finite', () => {
    expect(edgesOf([3, 3], 2)).toEqual([2.5, 3, 3.5]);
    expect(edgesOf([NaN], 5)).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
  });
  it('rounds edges one digit below the bin width, the outer ones outwards so every value is inside', () => {
    // span 0.088 / 4 = 0.022 per bin → edges in steps of 0.001
    const binning = binningOf(new Float64Array([0.0123, 0.1003, 0.05]), 4);
    expect([...binning.edges]).toEqual([0.012, 0.034, 0.056, 0.078, 0.101]);
    expect(binning.digits).toBe(3);
  });
  it('rounds to whole thousands or hundreds for wide bins (one digit below a width of 10000 or 1111)', () => {
    expect(edgesOf([1000, 51000], 5)).toEqual([1000, 11000, 21000, 31000, 41000, 51000]);
    expect(binningOver(1234, 5678, 4).edges).toEqual(new Float64Array([1200, 2300, 3500, 4600, 5700]));
    expect(binningOver(1234, 5678, 4).digits).toBe(0);
  });
});

describe('binIndex', () => {
  const binning = binningOf(new Float64Array([2, 10]), 4);
  it('bin i holds edges[i] ≤ v < edges[i+1]; the top edge falls in the last bin', () => {
    expect([2, 3.99, 4, 9.5, 10].map((v) => binIndex(binning, v))).toEqual([0, 0, 1, 3, 3]);
  });
  it('decides by the rounded edges, not by the mean width', () => {
    const rounded = binningOf(new Float64Array([0.0123, 0.1003]), 4);
    expect([0.0339999, 0.034, 0.0559999, 0.056, 0.101].map((v) => binIndex(rounded, v))).toEqual([0, 1, 1, 2, 3]);
  });
  it('values outside the edges, NaN and ±Infinity have no bin', () => {
    expect([1, 11].map((v) => binIndex(binning, v))).toEqual([-1, -1]);
    expect([NaN, Infinity, -Infinity].map((v) => binIndex(binning, v))).toEqual([-1, -1, -1]);
  });
});

describe('bin totals (slotTotals of histogramSlots)', () => {
  it('counts finite values per bin, top edge in the last bin', () => {
    const binning = binningOf(new Float64Array([2, 10]), 4);
    const values = new Float64Array([NaN, 2, 3, 4, 10, Infinity, 9.99, -Infinity]);
    expect([...slotTotals(histogramSlots(binning, values), binning.bins)]).toEqual([2, 1, 0, 2]);
  });
});

