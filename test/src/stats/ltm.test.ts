import { describe, expect, it } from 'vitest';
import { ltm, ltmOfSorted } from '../../../src/stats/ltm';
import { ltmConsistency } from '../../../src/stats/ltm-consistency';
import { plainLtm } from './reference-stats';

describe('ltm', () => {
  it('keeps the tightest ⌈0.8·n⌉ values: [1, 2, 3, 4, 100] → window [1, 2, 3, 4]', () => {
    const r = ltm([100, 3, 1, 4, 2], 0.8);
    expect(r).toMatchObject({ n: 5, kept: 4, first: 0, mean: 2.5 });
    expect(r.rms).toBeCloseTo(Math.sqrt(5 / 3), 14);
    expect(r.sigma).toBeCloseTo(Math.sqrt(5 / 3) * ltmConsistency(0.8), 14);
  });
  it('takes the window on the other side when the outlier is low', () => {
    const r = ltm([-50, 10, 11, 12, 13], 0.8);
    expect(r).toMatchObject({ kept: 4, first: 1, mean: 11.5 });
  });
  it('picks the lowest window among equal variances (ties)', () => {
    // [1, 2, 3, 4, 5], h = 4: windows [1..4] and [2..5] have the same variance
    expect(ltm([5, 4, 3, 2, 1], 0.8)).toMatchObject({ first: 0, mean: 2.5 });
  });
  it('gives rms 0 and sigma 0 for a window of equal values', () => {
    expect(ltm([7, 7, 7, 7, 30], 0.8)).toMatchObject({ mean: 7, rms: 0, sigma: 0 });
  });
  it('uses at least ⌊n/2⌋ + 1 values, and ⌈f·n⌉ without rounding noise (0.8 × 10 keeps 8, not 9)', () => {
    expect(ltm([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.8).kept).toBe(8);
    expect(ltm([1, 2, 3, 4], 0.5).kept).toBe(3);
    expect(ltm([1, 2, 3], 0.8).kept).toBe(3);
  });
  it('with fraction 1 equals the plain mean and sample RMS', () => {
    const r = ltm([2, 4, 4, 4, 5, 5, 7, 9], 1);
    expect(r.mean).toBe(5);
    expect(r.rms).toBeCloseTo(Math.sqrt(32 / 7), 14);
    expect(r.sigma).toBe(r.rms);
  });
  it('of one value: that value as mean, rms and sigma NaN; of none: all NaN', () => {
    expect(ltm([4], 0.8)).toMatchObject({ n: 1, kept: 1, first: 0, mean: 4 });
    expect(ltm([4], 0.8).rms).toBeNaN();
    const empty = ltm([NaN, Infinity], 0.8);
    expect(empty).toMatchObject({ n: 0, kept: 0, first: -1 });
    expect(empty.mean).toBeNaN();
    expect(empty.sigma).toBeNaN();
  });
  it('agrees with trying every window from scratch, odd and even n, with ties', () => {
    let seed = 3;
    const next = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    for (let n = 2; n <= 70; n++) {
      for (const f of [0.5, 0.8, 0.9]) {
        const values = Array.from({ length: n }, () => (next() < 0.1 ? (next() - 0.5) * 1000 : Math.round(next() * 40) / 4));
        const got = ltm(values, f);
        const want = plainLtm(values, got.kept);
        expect(got.kept).toBe(Math.min(n, Math.max(Math.floor(n / 2) + 1, Math.ceil(f * n - 1e-9))));
        expect(got.mean).toBeCloseTo(want.mean, 9);
        expect(got.rms).toBeCloseTo(want.rms, 9);
      }
    }
  });
  it('is not thrown off by one huge value on either side (window sums never include it)', () => {
    const values = [-1e150, 1e150, ...Array.from({ length: 20 }, (_, i) => 50 + (i % 5) * 0.1)];
    const r = ltm(values, 0.8);
    expect(r.mean).toBeCloseTo(plainLtm(values, r.kept).mean, 12);
    expect(r.mean).toBeGreaterThan(49);
  });
  it('refuses a fraction outside [0.5, 1]', () => {
    expect(() => ltm([1, 2], 0.4)).toThrow(RangeError);
    expect(() => ltmOfSorted(new Float64Array([1]), 1.01)).toThrow(RangeError);
  });
});
