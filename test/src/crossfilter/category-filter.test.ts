import { describe, expect, it } from 'vitest';
import { categoryCodes, inCategoriesTest } from '../../../src/crossfilter/category-filter';
import { toCategorical } from '../../../src/data/to-categorical';

// Ten runs, a period per run (one missing).
const period = toCategorical('rct.period', ['B', 'A', 'A', null, 'C', 'B', 'A', 'C', 'C', 'A']);
const rows = Array.from(period.codes, (_, row) => row);

describe('inCategoriesTest', () => {
  const test = inCategoriesTest(period.codes, period.dictionary);
  const passing = (values: (string | null)[]) => rows.filter(test({ chart: 'p', column: 'rct.period', kind: 'in', values }));

  it('passes exactly the runs of the listed categories, the missing one included by null', () => {
    expect(passing(['A'])).toEqual([1, 2, 6, 9]);
    expect(passing(['C', 'B'])).toEqual([0, 4, 5, 7, 8]);
    expect(passing([null])).toEqual([3]);
    expect(passing(['A', null])).toEqual([1, 2, 3, 6, 9]);
  });

  it('passes no run for categories the data does not hold, and every run for a clause of another kind', () => {
    expect(passing(['Z'])).toEqual([]);
    expect(passing([])).toEqual([]);
    expect(rows.filter(test({ chart: 'p', column: 'rct.period', kind: 'range', lo: 0, hi: 1, closed: false }))).toEqual(rows);
  });

  it('finds codes by identity: the text "null" is not the missing category', () => {
    expect(categoryCodes(period.dictionary, ['null'])).toEqual([]);
    expect(categoryCodes(period.dictionary, [null])).toEqual([period.dictionary.indexOf(null)]);
  });
});
