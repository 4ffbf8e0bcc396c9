import { describe, expect, it } from 'vitest';
import { mean } from '../../../src/stats/mean';

describe('mean', () => {
  it('mean([1, 2, 3, 10]) is 4', () => {
    expect(mean([1, 2, 3, 10])).toBe(4);
  });
  it('mean skips NaN and ±Infinity', () => {
    expect(mean([NaN, 2, Infinity, 4, -Infinity])).toBe(3);
  });
  it('mean of nothing finite is NaN', () => {
    expect(mean([])).toBeNaN();
    expect(mean([NaN])).toBeNaN();
  });
});
