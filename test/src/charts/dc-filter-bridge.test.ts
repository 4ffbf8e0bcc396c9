import { describe, expect, it } from 'vitest';
import { sameMembers, snapBrushInPixels, storeCategoryHandler, storeFilterHandler, syncQuietly, type FilterHandler } from '../../../src/charts/dc-filter-bridge';
import { createFilterStore } from '../../../src/state/filter-store';

describe('storeFilterHandler', () => {
  it('turns a dc brush into a range clause and an empty filter list into no clause', () => {
    const store = createFilterStore();
    const handler = storeFilterHandler(store, 'ncl', 'tpc.meanTPCncl', 'range');
    const brush = Object.assign([100.5, 120], { filterType: 'RangedFilter' });
    expect(handler(null, [brush])).toEqual([brush]);
    expect(store.clauses()).toEqual([{ chart: 'ncl', column: 'tpc.meanTPCncl', kind: 'range', lo: 100.5, hi: 120, closed: true }]);
    expect(handler(null, [])).toEqual([]);
    expect(store.clauses()).toEqual([]);
  });

  it('closes a range only where isClosedAt says so (a histogram: at its top edge)', () => {
    const store = createFilterStore();
    const handler = storeFilterHandler(store, 'ncl', 'tpc.meanTPCncl', 'range', (hi) => hi === 140);
    handler(null, [Object.assign([100, 120], { filterType: 'RangedFilter' })]);
    expect(store.get('ncl')).toEqual({ chart: 'ncl', column: 'tpc.meanTPCncl', kind: 'range', lo: 100, hi: 120, closed: false });
    handler(null, [Object.assign([100, 140], { filterType: 'RangedFilter' })]);
    expect(store.get('ncl')).toEqual({ chart: 'ncl', column: 'tpc.meanTPCncl', kind: 'range', lo: 100, hi: 140, closed: true });
  });

});

describe('storeCategoryHandler', () => {
  const dictionary = ['(missing)', 'LHC18b', 'LHC18q', null];
  it('turns clicked rows (category codes) into an in clause of their categories, missing as null', () => {
    const store = createFilterStore();
    const handler = storeCategoryHandler(store, 'period', 'rct.period', (code) => dictionary[code] ?? null);
    handler(null, [1, 2]);
    expect(store.get('period')).toEqual({ chart: 'period', column: 'rct.period', kind: 'in', values: ['LHC18b', 'LHC18q'] });
    handler(null, [3, 0]);
    expect(store.get('period')).toEqual({ chart: 'period', column: 'rct.period', kind: 'in', values: [null, '(missing)'] });
    expect(handler(null, [])).toEqual([]);
    expect(store.get('period')).toBeUndefined();
  });
});

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
    const handler = storeCategoryHandler(store, 'period', 'rct.period', (code) => ['LHC18b', 'LHC18q'][code]);
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
    const handler = storeFilterHandler(createFilterStore(), 'ncl', 'x', 'range');
    const chart = fakeChart(handler);
    expect(() => syncQuietly(chart, handler, () => { throw new Error('no brush'); })).toThrow('no brush');
    expect(chart.handler).toBe(handler);
  });
});

/** The brush members of a dc chart that snapBrushInPixels drives, recording what it is asked. */
function fakeBrushChart() {
  const calls: { drawn: ([number, number] | null)[]; filters: unknown[] } = { drawn: [], filters: [] };
  const chart = {
    _ignoreBrushEvents: false,
    _brushing: (_event: unknown) => calls.filters.push('dc handled it'),
    redrawBrush: (span: [number, number] | null) => calls.drawn.push(span),
    applyBrushSelection: (filter: unknown) => calls.filters.push(filter),
  };
  return { chart, calls };
}

describe('snapBrushInPixels', () => {
  it('hands the brush pixels to snap, draws the snapped span and sets it as a ranged filter', () => {
    const { chart, calls } = fakeBrushChart();
    const seen: [number, number][] = [];
    snapBrushInPixels(chart, (start, end) => (seen.push([start, end]), [10, 20]));
    chart._brushing({ selection: [33.5, 71] });
    expect(seen).toEqual([[33.5, 71]]);
    expect(calls.drawn).toEqual([[10, 20]]);
    expect(calls.filters).toHaveLength(1);
    expect([...(calls.filters[0] as number[])]).toEqual([10, 20]);
    expect((calls.filters[0] as { filterType: string }).filterType).toBe('RangedFilter');
  });

  it('clears the brush and the filter when the selection is empty or snaps to nothing', () => {
    const { chart, calls } = fakeBrushChart();
    snapBrushInPixels(chart, () => null);
    chart._brushing({ selection: [40, 40] });
    chart._brushing({ selection: null });
    expect(calls.drawn).toEqual([null, null]);
    expect(calls.filters).toEqual([null, null]);
  });

  it('ignores the brush events dc raises itself while it moves the brush', () => {
    const { chart, calls } = fakeBrushChart();
    snapBrushInPixels(chart, () => [1, 2]);
    chart._ignoreBrushEvents = true;
    chart._brushing({ selection: [1, 5] });
    expect(calls).toEqual({ drawn: [], filters: [] });
  });
});
