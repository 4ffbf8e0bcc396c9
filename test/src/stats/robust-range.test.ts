import { describe, expect, it } from 'vitest';
import { robustRange } from '../../../src/stats/robust-range';

describe('robustRange', () => {
  it('leaves a wrapped counter (4.29e9 among values below 1e7) outside, keeping the ends of the bulk', () => {
    const bulk = Array.from({ length: 64 }, (_, i) => 1e6 + i * 1.3e5);
    const range = robustRange([...bulk, 4294967295], 5)!;
    expect(range).toEqual([Math.min(...bulk), Math.max(...bulk)]);
  });
  it('spans every finite value when the MAD is 0 or the window is unbounded; null for none', () => {
    expect(robustRange([3, 3, 3, 9, NaN], 5)).toEqual([3, 9]);
    expect(robustRange([-1e308, 0, 1e308], 5)).toEqual([-1e308, 1e308]);
    expect(robustRange([0, 5e-324], 5)).toEqual([0, 5e-324]);
    expect(robustRange([NaN, Infinity], 5)).toBeNull();
  });
  it('keeps the values within median ± k·1.4826·MAD, computed here from the definition', () => {
    const values = [1, 2, 3, 4, 5, 6, 7, 8, 9, 50, -40];
    const sorted = [...values].sort((a, b) => a - b);
    const med = sorted[5];
    const dev = values.map((v) => Math.abs(v - med)).sort((a, b) => a - b)[5];
    const k = 3;
    const inside = values.filter((v) => Math.abs(v - med) <= k * 1.4826 * dev);
    expect(robustRange(values, k)).toEqual([Math.min(...inside), Math.max(...inside)]);
  });
});
