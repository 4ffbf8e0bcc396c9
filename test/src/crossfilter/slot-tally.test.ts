import crossfilter from 'crossfilter2';
import { describe, expect, it } from 'vitest';
import { inCategoriesTest } from '../../../src/crossfilter/category-filter';
import { tallySlots } from '../../../src/crossfilter/slot-tally';
import { toCategorical } from '../../../src/data/to-categorical';

// Ten runs: a period per run (one missing) and a number to filter by.
const period = toCategorical('rct.period', ['B', 'A', 'A', null, 'C', 'B', 'A', 'C', 'C', 'A']);
const value = [5, 1, 7, 3, 9, 2, 8, 4, 6, 0];
const rows = value.map((_, row) => row);
const countByHand = (pass: (row: number) => boolean) => {
  const counts = new Array<number>(period.dictionary.length).fill(0);
  for (const row of rows) if (pass(row)) counts[period.codes[row]]++;
  return counts;
};

describe('tallySlots over category codes', () => {
  it('counts runs per category under the other dimensions’ filters, never its own, until disposed', () => {
    const cf = crossfilter(rows);
    const byRow = cf.dimension((row) => row);
    const byValue = cf.dimension((row) => value[row]);
    const tally = tallySlots(byRow, period.codes, period.dictionary.length);
    const { counts } = tally;
    expect(Array.from(counts)).toEqual(countByHand(() => true));
    byValue.filterRange([2, 8]);
    expect(Array.from(counts)).toEqual(countByHand((row) => value[row] >= 2 && value[row] < 8));
    byRow.filterFunction(inCategoriesTest(period.codes, period.dictionary)({ chart: 'p', column: 'rct.period', kind: 'in', values: ['A'] }));
    // Its own filter leaves its counts alone; the crossfilter as a whole sees both.
    expect(Array.from(counts)).toEqual(countByHand((row) => value[row] >= 2 && value[row] < 8));
    expect(cf.allFiltered().sort((a, b) => a - b)).toEqual([2]);
    byValue.filterAll();
    expect(Array.from(counts)).toEqual(countByHand(() => true));
    tally.dispose();
    byValue.filterRange([2, 8]);
    expect(Array.from(counts)).toEqual(countByHand(() => true));
  });
});

