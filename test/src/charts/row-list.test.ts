import { describe, expect, it } from 'vitest';
import { firstVisibleRow, listRows, OTHERS_KEY, othersTitle, topCodes } from '../../../src/charts/row-list';

const bars = [
  { key: 0, category: 'LHC11a', value: 5 },
  { key: 1, category: 'LHC10h', value: 9 },
  { key: 2, category: 'LHC10b', value: 1 },
  { key: 3, category: null, value: 2 },
];

describe('row list', () => {
  it('orders by label naturally with missing last, or by count', () => {
    const all = topCodes(bars, undefined);
    expect(listRows(bars, all, 'label', '').map((row) => row.category)).toEqual(['LHC10b', 'LHC10h', 'LHC11a', null]);
    expect(listRows(bars, all, 'count', '').map((row) => row.key)).toEqual([1, 0, 3, 2]);
    expect(listRows(bars, all, 'label', '').map((row) => row.rank)).toEqual([0, 1, 2, 3]);
  });
  it('top-N keeps the largest categories and sums the rest in one others row', () => {
    const top = topCodes(bars, 2);
    expect([...top].sort()).toEqual([0, 1]);
    const rows = listRows(bars, top, 'label', '');
    expect(rows.map((row) => [row.key, row.value, row.others])).toEqual([[1, 9, 0], [0, 5, 0], [OTHERS_KEY, 3, 2]]);
    expect(othersTitle(rows[2])).toBe('others (2 categories): 3');
  });
  it('the filter box keeps the categories containing its text, case-insensitively; `missing` finds the missing row', () => {
    const all = topCodes(bars, undefined);
    expect(listRows(bars, all, 'label', 'lhc10').map((row) => row.category)).toEqual(['LHC10b', 'LHC10h']);
    expect(listRows(bars, all, 'label', 'MISS').map((row) => row.key)).toEqual([3]);
  });
  it('firstVisibleRow follows the scroll, clamped so the last rows fill the view', () => {
    expect([0, 21, 22, 44, 20_000].map((top) => firstVisibleRow(top, 22, 500, 14))).toEqual([0, 0, 1, 2, 486]);
    expect(firstVisibleRow(100, 22, 5, 14)).toBe(0);
  });
});
