import { describe, expect, it } from 'vitest';
import { DEFAULT_ROBUST_K, placeValues, robustDomain } from '../../../src/charts/robust-domain';

const linear = { k: DEFAULT_ROBUST_K, scale: 'linear' as const };

describe('robustDomain', () => {
  it('a fixed domain is used as given', () => {
    expect(robustDomain([1, 2, 3], { ...linear, domain: [-5, 5] })).toEqual([-5, 5]);
  });

  it('values all inside median ± k·σ: their own extent widened by 2 %', () => {
    expect(robustDomain([10, 11, 12, 13, 14], linear)).toEqual([10 - 0.08, 14 + 0.08]);
  });

  it('one absurd value (4.29e9 among values below 1e7) is left outside: the range ends at median + k·1.4826·MAD', () => {
    const values = [1e6, 2e6, 3e6, 4e6, 5e6, 6e6, 4.29e9, NaN];
    // median 4e6, |x − median| = 3e6,2e6,1e6,0,1e6,2e6,4.286e9 → MAD 2e6
    const hi = 4e6 + 6 * 1.4826 * 2e6;
    const lo = 1e6;
    const pad = (hi - lo) * 0.02;
    const [a, b] = robustDomain(values, linear);
    expect(a).toBeCloseTo(lo - pad, 6);
    expect(b).toBeCloseTo(hi + pad, 6);
    expect(placeValues(values, [a, b], 'linear').counts).toEqual({ inside: 6, above: 1, below: 0, notShown: 0, missing: 1 });
  });

  it('a second population (a fifth of the values) is kept inside: at most 1 % of the values lie beyond each edge', () => {
    const values = Array.from({ length: 500 }, (_, i) => (i < 400 ? 10 + (i % 20) / 100 : 50 + (i % 20) / 100));
    // Sorted ascending, the value at rank ⌊0.99·499⌋ = 494 must be inside: a value of the second population.
    const sorted = [...values].sort((a, b) => a - b);
    const [, hi] = robustDomain(values, linear);
    expect(hi).toBeGreaterThanOrEqual(sorted[494]);
    expect(placeValues(values, robustDomain(values, linear), 'linear').counts.above).toBeLessThanOrEqual(5);
  });

  it('MAD 0 (over half the values equal): the full extent; one value: ± 2 % of it; none: [0, 1]', () => {
    expect(robustDomain([5, 5, 5, 9], linear)).toEqual([5 - 0.08, 9 + 0.08]);
    expect(robustDomain([50], linear)).toEqual([49, 51]);
    expect(robustDomain([0], linear)).toEqual([-0.5, 0.5]);
    expect(robustDomain([NaN, Infinity], linear)).toEqual([0, 1]);
  });

  it('log scale: the robust range of log10 of the positive values, back in values', () => {
    const [lo, hi] = robustDomain([0, -3, 1, 10, 100, 1000], { k: 6, scale: 'log' });
    // log10: 0,1,2,3 → extent [0, 3] inside median ± 6σ; pad 0.06 decades
    expect(lo).toBeCloseTo(10 ** -0.06, 10);
    expect(hi).toBeCloseTo(10 ** 3.06, 10);
    expect(robustDomain([-1, 0], { k: 6, scale: 'log' })).toEqual([1, 10]);
  });
});

describe('placeValues', () => {
  it('ends are inside; ±Infinity above and below; NaN missing', () => {
    const { places, counts } = placeValues([0, 1, -0.1, 1.1, Infinity, -Infinity, NaN], [0, 1], 'linear');
    expect([...places]).toEqual([0, 0, 2, 1, 1, 2, 4]);
    expect(counts).toEqual({ inside: 2, above: 2, below: 2, notShown: 0, missing: 1 });
  });

  it('log scale: zero, negatives and -Infinity are not shown', () => {
    expect(placeValues([0, -2, -Infinity, 5, 500], [1, 100], 'log').counts).toEqual({ inside: 1, above: 1, below: 0, notShown: 3, missing: 0 });
  });
});
