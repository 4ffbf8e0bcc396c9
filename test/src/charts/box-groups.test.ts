import { describe, expect, it } from 'vitest';
import { boxDomain, boxesByCategory } from '../../../src/charts/box-groups';
import { boxStats } from '../../../src/stats/box-stats';

describe('boxesByCategory', () => {
  it('groups the kept rows’ finite values by category code; a category without any is null', () => {
    const codes = new Uint32Array([0, 1, 0, 1, 0, 2]);
    const values = new Float64Array([1, 10, 2, NaN, 3, 7]);
    const all = boxesByCategory(codes, values, 3, () => true);
    expect(all).toEqual([boxStats([1, 2, 3]), boxStats([10]), boxStats([7])]);
    const some = boxesByCategory(codes, values, 3, (row) => row !== 5 && row !== 0);
    expect(some).toEqual([boxStats([2, 3]), boxStats([10]), null]);
  });
});

describe('boxDomain', () => {
  it('spans every whisker and outlier; [0, 1] for no box, ±0.5 around one value', () => {
    expect(boxDomain([boxStats([1, 2, 3, 4, 100]), null, boxStats([-5, -4])])).toEqual([-5, 100]);
    expect(boxDomain([null])).toEqual([0, 1]);
    expect(boxDomain([boxStats([3])])).toEqual([2.5, 3.5]);
  });
});
