import { quantile } from 'd3';
import { describe, expect, it } from 'vitest';
import { boxStats, quantileOfSorted } from '../../../src/stats/box-stats';

// Independent reference: d3-array's quantile, and the fences applied by filtering.
function reference(values: number[]) {
  const finite = values.filter(Number.isFinite).sort((a, b) => a - b);
  const [q1, median, q3] = [0.25, 0.5, 0.75].map((p) => quantile(finite, p)!);
  const iqr = q3 - q1;
  const inside = finite.filter((v) => v >= q1 - 1.5 * iqr && v <= q3 + 1.5 * iqr);
  return { n: finite.length, q1, median, q3, whiskerLo: inside[0], whiskerHi: inside[inside.length - 1], outliers: finite.filter((v) => !inside.includes(v)) };
}

describe('boxStats', () => {
  it('matches d3.quantile and Tukey fences on seeded data sets of every size from 1 to 60', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    for (let n = 1; n <= 60; n++) {
      const values = Array.from({ length: n }, () => (random() < 0.1 ? 100 * random() - 50 : random()));
      const got = boxStats(values)!;
      const want = reference(values);
      expect(got.n).toBe(want.n);
      for (const key of ['q1', 'median', 'q3'] as const) expect(got[key]).toBeCloseTo(want[key], 12);
      expect([got.whiskerLo, got.whiskerHi, got.outliers]).toEqual([want.whiskerLo, want.whiskerHi, want.outliers]);
    }
  });
  it('skips NaN and ±Infinity; null when nothing is finite', () => {
    expect(boxStats([NaN, 1, 2, 3, 4, 100, Infinity])).toEqual({ n: 5, q1: 2, median: 3, q3: 4, whiskerLo: 1, whiskerHi: 4, outliers: [100] });
    expect(boxStats([NaN, -Infinity])).toBeNull();
  });
  it('does not overflow on values spanning ±1e308', () => {
    expect(quantileOfSorted([-1e308, 1e308], 0.5)).toBe(0);
    expect(boxStats([-1e308, 1e308])!.median).toBe(0);
  });
});
