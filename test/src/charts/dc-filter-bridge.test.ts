import { describe, expect, it } from 'vitest';
import { sameMembers, syncQuietly, type FilterHandler } from '../../../src/charts/dc-filter-bridge';
import { createFilterStore, type FilterStore } from '../../../src/state/filter-store';

/** A row chart's kind of handler: clicked codes become an `in` clause of their categories, none clears it. */
function categoryHandler(store: FilterStore, categories: string[]): FilterHandler {
  return (_dimension, filters) => {
    if (filters.length === 0) store.clear('period');
    else store.set({ chart: 'period', column: 'rct.period', kind: 'in', values: filters.map((code) => categories[Number(code)]) });
    return filters;
  };
}

describe('sameMembers', () => {
  it('compares lists as sets of equal size (null a member like any other)', () => {
    expect(sameMembers([null, 'A'], ['A', null])).toBe(true);
    expect(sameMembers([null], ['null'])).toBe(false);
    expect(sameMembers(['LHC18b', 'LHC18c'], ['LHC18c', 'LHC18b'])).toBe(true);
    expect(sameMembers(['LHC18b'], ['LHC18b', 'LHC18c'])).toBe(false);
    expect(sameMembers(['LHC18b', 'LHC18d'], ['LHC18b', 'LHC18c'])).toBe(false);
    expect(sameMembers([], [])).toBe(true);
  });
});

/** The part of a dc chart the bridge touches: a filter handler that replaceFilter/filterAll call. */
function fakeChart(handler: FilterHandler) {
  const chart = {
    handler,
    filterHandler(next: FilterHandler) {
      chart.handler = next;
      return chart;
    },
    replaceFilter: (filter: unknown) => chart.handler(null, [filter]),
    filterAll: () => chart.handler(null, []),
  };
  return chart;
}

describe('syncQuietly', () => {
  it('lets a chart follow the store without writing back into it, then restores the store handler', () => {
    const store = createFilterStore([{ chart: 'period', column: 'rct.period', kind: 'in', values: ['LHC18b'] }]);
    let notified = 0;
    store.subscribe(() => notified++);
    const handler = categoryHandler(store, ['LHC18b', 'LHC18q']);
    const chart = fakeChart(handler);
    syncQuietly(chart, handler, () => {
      chart.replaceFilter(1);
      chart.filterAll();
    });
    expect(notified).toBe(0);
    expect(store.get('period')).toEqual({ chart: 'period', column: 'rct.period', kind: 'in', values: ['LHC18b'] });
    expect(chart.handler).toBe(handler);
    chart.filterAll();
    expect(store.get('period')).toBeUndefined();
  });

  it('restores the handler when apply throws', () => {
    const handler = categoryHandler(createFilterStore(), ['LHC18b']);
    const chart = fakeChart(handler);
    expect(() => syncQuietly(chart, handler, () => { throw new Error('no brush'); })).toThrow('no brush');
    expect(chart.handler).toBe(handler);
  });
});
