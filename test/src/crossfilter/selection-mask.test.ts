import crossfilter from 'crossfilter2';
import { describe, expect, it } from 'vitest';
import { trackSelection } from '../../../src/crossfilter/selection-mask';

// Rows 0–7 with two attributes; a filter on each.
const a = [1, 2, 3, 4, 5, 6, 7, 8];
const b = [0, 1, 0, 1, 0, 1, 0, 1];

const setUp = () => {
  const cf = crossfilter([0, 1, 2, 3, 4, 5, 6, 7]);
  const byA = cf.dimension((row) => a[row]);
  const byB = cf.dimension((row) => b[row]);
  return { cf, byA, byB, selection: trackSelection(cf, 8) };
};
const selectedRows = (isSelected: (row: number) => boolean) => [0, 1, 2, 3, 4, 5, 6, 7].filter(isSelected);

describe('trackSelection', () => {
  it('starts with every row selected', () => {
    const { selection } = setUp();
    expect(selection.count()).toBe(8);
    expect(selectedRows(selection.isSelected)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
  });

  it('follows filters being set, moved, combined and cleared', () => {
    const { cf, byA, byB, selection } = setUp();
    byA.filterRange([3, 7]);
    expect(selectedRows(selection.isSelected)).toEqual([2, 3, 4, 5]);
    byB.filterExact(1);
    expect(selectedRows(selection.isSelected)).toEqual([3, 5]);
    byA.filterRange([6, 9]);
    expect(selectedRows(selection.isSelected)).toEqual([5, 7]);
    expect(selection.count()).toBe(2);
    byB.filterAll();
    expect(selectedRows(selection.isSelected)).toEqual([5, 6, 7]);
    // Same answer as crossfilter's own per-row check.
    expect(selectedRows((row) => cf.isElementFiltered(row))).toEqual([5, 6, 7]);
    byA.filterAll();
    expect(selection.count()).toBe(8);
    expect(selectedRows(selection.isSelected)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
  });

  it('reflects filters set before tracking started', () => {
    const cf = crossfilter([0, 1, 2, 3]);
    cf.dimension((row) => row).filterRange([1, 3]);
    const selection = trackSelection(cf, 4);
    expect(selection.count()).toBe(2);
    expect(selectedRows(selection.isSelected).filter((row) => row < 4)).toEqual([1, 2]);
  });

  it('tracked from a dimension, ignores that dimension’s own filter but follows the others', () => {
    const cf = crossfilter([0, 1, 2, 3, 4, 5, 6, 7]);
    const byA = cf.dimension((row) => a[row]);
    const byB = cf.dimension((row) => b[row]);
    const exceptA = trackSelection(byA, 8);
    byA.filterRange([3, 7]);
    expect(selectedRows(exceptA.isSelected)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    byB.filterExact(1);
    expect(selectedRows(exceptA.isSelected)).toEqual([1, 3, 5, 7]);
    expect(exceptA.count()).toBe(4);
    byB.filterAll();
    expect(exceptA.count()).toBe(8);
  });

  it('gives the same answer as an array, kept current by crossfilter', () => {
    const { byA, byB, selection } = setUp();
    const asArray = () => Array.from(selection.flags);
    expect(asArray()).toEqual([1, 1, 1, 1, 1, 1, 1, 1]);
    byA.filterRange([3, 7]);
    byB.filterExact(0);
    expect(asArray()).toEqual([0, 0, 1, 0, 1, 0, 0, 0]);
    expect(selectedRows((row) => selection.flags[row] === 1)).toEqual(selectedRows(selection.isSelected));
  });

  it('changes its version exactly when some row enters or leaves', () => {
    const { byA, byB, selection } = setUp();
    const seen = [selection.version()];
    const step = (change: () => void) => {
      change();
      seen.push(selection.version());
      return seen[seen.length - 1] !== seen[seen.length - 2];
    };
    expect(step(() => byA.filterRange([3, 7]))).toBe(true);
    // Same rows pass (values are whole numbers): nothing entered or left.
    expect(step(() => byA.filterRange([2.5, 6.5]))).toBe(false);
    expect(step(() => byB.filterExact(1))).toBe(true);
    expect(step(() => byB.filterExact(1))).toBe(false);
    expect(step(() => byB.filterAll())).toBe(true);
    expect(step(() => byA.filterAll())).toBe(true);
  });

  it('tracked from a dimension, keeps its version while only that dimension’s own filter moves', () => {
    const cf = crossfilter([0, 1, 2, 3, 4, 5, 6, 7]);
    const byA = cf.dimension((row) => a[row]);
    const byB = cf.dimension((row) => b[row]);
    const exceptA = trackSelection(byA, 8);
    const before = exceptA.version();
    byA.filterRange([3, 7]);
    byA.filterRange([1, 4]);
    expect(exceptA.version()).toBe(before);
    byB.filterExact(1);
    expect(exceptA.version()).not.toBe(before);
    expect(Array.from(exceptA.flags)).toEqual(b);
  });
});
