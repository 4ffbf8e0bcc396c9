import { describe, expect, it } from 'vitest';
import { median } from '../../../scripts/bench/median';

describe('median', () => {
  it('takes the middle of an odd list regardless of order', () => expect(median([5, 1, 3])).toBe(3));
  it('averages the two middle values of an even list', () => expect(median([4, 1, 3, 2])).toBe(2.5));
  it('is NaN for an empty list', () => expect(median([])).toBeNaN());
  it('does not reorder the caller’s array', () => {
    const xs = [3, 1, 2];
    median(xs);
    expect(xs).toEqual([3, 1, 2]);
  });
});
