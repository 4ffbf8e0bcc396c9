import { describe, expect, it } from 'vitest';
import { isStrictlyAscending } from '../../../scripts/table/is-strictly-ascending';

describe('isStrictlyAscending', () => {
  it('is true for rising values, empty and single lists', () => {
    expect([isStrictlyAscending([]), isStrictlyAscending([5]), isStrictlyAscending(Float64Array.of(-1, 0, 7))]).toEqual([true, true, true]);
  });
  it('is false for a repeat, a fall or NaN', () => {
    expect([isStrictlyAscending([1, 1]), isStrictlyAscending([2, 1]), isStrictlyAscending([1, NaN])]).toEqual([false, false, false]);
  });
});
