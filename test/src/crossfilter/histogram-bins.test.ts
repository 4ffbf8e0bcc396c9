import { describe, expect, it } from 'vitest';
import { binKey, binningOf } from '../../../src/crossfilter/histogram-bins';

describe('binningOf', () => {
  it('spans the finite values only', () => {
    expect(binningOf(new Float64Array([NaN, 2, 10, -Infinity, 6]), 4)).toEqual({ lo: 2, hi: 10, width: 2, bins: 4 });
  });
  it('widens a single value to ±0.5 and gives [0, 1] when nothing is finite', () => {
    expect(binningOf(new Float64Array([3, 3]), 2)).toEqual({ lo: 2.5, hi: 3.5, width: 0.5, bins: 2 });
    expect(binningOf(new Float64Array([NaN]), 5)).toEqual({ lo: 0, hi: 1, width: 0.2, bins: 5 });
  });
});

describe('binKey', () => {
  const binning = { lo: 2, hi: 10, width: 2, bins: 4 };
  it('returns the left edge of the bin; the top edge falls in the last bin', () => {
    expect([2, 3.99, 4, 9.5, 10].map((v) => binKey(binning, v))).toEqual([2, 2, 4, 8, 8]);
  });
  it('passes the missing sentinel through', () => {
    expect(binKey(binning, -Infinity)).toBe(-Infinity);
  });
});
