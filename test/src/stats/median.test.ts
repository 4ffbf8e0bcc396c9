import { describe, expect, it } from 'vitest';
import { median, medianOfSorted } from '../../../src/stats/median';
import { plainMedian } from './reference-stats';

describe('median', () => {
  it('median([3, 1, 2]) is the middle value of an odd count', () => {
    expect(median([3, 1, 2])).toBe(2);
  });
  it('median([4, 1, 3, 2]) averages the two middle values of an even count', () => {
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
  it('median with ties keeps the tied value', () => {
    expect(median([5, 5, 5, 1, 9])).toBe(5);
    expect(median([5, 5, 1, 9])).toBe(5);
  });
  it('median skips NaN and ±Infinity', () => {
    expect(median([NaN, 1, Infinity, 3, -Infinity])).toBe(2);
  });
  it('median of nothing finite is NaN', () => {
    expect(median([])).toBeNaN();
    expect(median([NaN, Infinity])).toBeNaN();
  });
  it('median of one value is that value', () => {
    expect(median([-7.5])).toBe(-7.5);
  });
  it('median agrees with a full sort on random samples of every size from 1 to 60', () => {
    let seed = 7;
    const next = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    for (let n = 1; n <= 60; n++) {
      const values = Array.from({ length: n }, () => Math.round(next() * 20) / 2); // many ties
      expect(median(values)).toBe(plainMedian(values));
    }
  });
  it('medianOfSorted reads a sorted Float64Array as is', () => {
    expect(medianOfSorted(new Float64Array([1, 2, 10, 11]))).toBe(6);
    expect(medianOfSorted(new Float64Array(0))).toBeNaN();
  });
});
