import { describe, expect, it } from 'vitest';
import { finiteSorted } from '../../../src/stats/finite-sorted';

describe('finiteSorted', () => {
  it('drops NaN and ±Infinity and sorts numerically (not as text)', () => {
    expect([...finiteSorted([10, NaN, 9, -Infinity, 100, Infinity, -1])]).toEqual([-1, 9, 10, 100]);
  });
  it('reads only the given rows', () => {
    expect([...finiteSorted(new Float64Array([5, 4, 3, 2, NaN]), [0, 2, 4])]).toEqual([3, 5]);
  });
  it('does not reorder the input', () => {
    const input = new Float64Array([3, 1, 2]);
    finiteSorted(input);
    expect([...input]).toEqual([3, 1, 2]);
  });
  it('returns an empty array for no rows', () => {
    expect(finiteSorted([1, 2], []).length).toBe(0);
  });
});
