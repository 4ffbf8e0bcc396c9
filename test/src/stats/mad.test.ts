import { describe, expect, it } from 'vitest';
import { MAD_TO_SIGMA, mad, madOfSorted } from '../../../src/stats/mad';
import { plainMad } from './reference-stats';

describe('mad', () => {
  it('mad([1, 2, 3, 4, 100]) is the median of |x − 3| = [2, 1, 0, 1, 97], i.e. 1', () => {
    expect(mad([1, 2, 3, 4, 100])).toBe(1);
  });
  it('mad of an even count averages the two middle deviations', () => {
    // median 2.5; deviations 1.5, 0.5, 0.5, 7.5 → sorted 0.5, 0.5, 1.5, 7.5 → 1
    expect(mad([1, 2, 3, 10])).toBe(1);
  });
  it('mad is 0 when more than half of the values are equal', () => {
    expect(mad([4, 4, 4, 1, 9])).toBe(0);
  });
  it('mad of one value is 0, of nothing finite NaN', () => {
    expect(mad([3])).toBe(0);
    expect(mad([])).toBeNaN();
    expect(mad([NaN, -Infinity])).toBeNaN();
  });
  it('mad skips NaN and ±Infinity', () => {
    expect(mad([NaN, 1, 2, 3, 4, 100, Infinity])).toBe(1);
  });
  it('agrees with sorting the deviations, for every size 1..80 with many ties and negatives', () => {
    let seed = 11;
    const next = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    for (let n = 1; n <= 80; n++) {
      const values = Array.from({ length: n }, () => Math.round((next() - 0.4) * 16) / 4);
      expect(mad(values)).toBe(plainMad(values));
    }
  });
  it('madOfSorted takes the centre it is given', () => {
    expect(madOfSorted(new Float64Array([0, 1, 2]), 1)).toBe(1);
  });
  it('MAD_TO_SIGMA is 1 / Φ⁻¹(3/4) to four decimals', () => {
    expect(MAD_TO_SIGMA).toBeCloseTo(1 / 0.6744897501960817, 4);
  });
});
