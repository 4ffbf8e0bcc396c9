import { describe, expect, it } from 'vitest';
import { categoryBars, createCrossfilterModel } from '../../../src/crossfilter/crossfilter-model';
import { histogramBars } from '../../../src/crossfilter/histogram-bars';
import { toCategorical } from '../../../src/data/to-categorical';
import type { NumericColumn, TypedTable } from '../../../src/data/typed-table';
import { chartParticipant, type ChartSpec } from '../../../src/charts/kinds/registry';
import type { FilterClause } from '../../../src/state/filter-store';

// Six runs; meanMIP missing for two of them, period missing for one.
const run = new Float64Array([100, 101, 102, 103, 104, 105]);
const mip = new Float64Array([40, NaN, 45, 50, NaN, 60]);
const period = toCategorical('rct.period', ['A', 'A', 'B', 'B', null, 'A']);
const table: TypedTable = {
  size: 6,
  run,
  numbers: new Map<string, NumericColumn>([
    ['run', { kind: 'numeric', name: 'run', values: run }],
    ['tpc.meanMIP', { kind: 'numeric', name: 'tpc.meanMIP', values: mip }],
  ]),
  categories: new Map([['rct.period', period]]),
};
const charts: ChartSpec[] = [
  { id: 'trend', kind: 'trend', x: 'run', y: 'tpc.meanMIP', title: '' },
  { id: 'mip', kind: 'histogram', x: 'tpc.meanMIP', bins: 2, scale: 'linear', robustK: Infinity, title: '' },
  { id: 'period', kind: 'row', x: 'rct.period', title: '', order: 'label' },
  { id: 'sc', kind: 'scatter', x: 'tpc.meanMIP', y: 'run', title: '' },
];

// Histogram bins of meanMIP: [40, 50) and [50, 60]; `selected` under the other charts' filters, `total` over all runs.
// Bars are keyed by bin index: bins here are listed in order, so the index is counted as they are made.
const bin = (lo: number, hi: number, selected: number, total: number, key = 0) => ({ key, lo, hi, selected, total });
const NONE_OUTSIDE = { below: 0, above: 0, notPositive: 0 };
// Row bars: the category's code, the category (null: missing) and its count.
const row = (key: number, category: string | null, value: number) => ({ key, category, value });
const feeds = (model: ReturnType<typeof createCrossfilterModel>) => ({
  mip: histogramBars(model.feeds.get('mip')!),
  period: categoryBars(model.feeds.get('period')!),
});

describe('createCrossfilterModel', () => {
  it('counts all runs, bins finite values only and counts the missing ones apart', () => {
    const model = createCrossfilterModel(table, charts.map(chartParticipant));
    expect(model.selectedCount()).toBe(6);
    expect(feeds(model)).toEqual({
      mip: { bars: [bin(40, 50, 2, 2), bin(50, 60, 2, 2, 1)], missing: 2, nonFinite: 0, ...NONE_OUTSIDE },
      period: [row(0, 'A', 3), row(1, 'B', 2), row(2, null, 1)],
    });
    expect(model.feeds.get('sc')!.exceptOwn!.count()).toBe(6);
  });

  it('a histogram range excludes missing values and filters the other charts, not its own bars', () => {
    const model = createCrossfilterModel(table, charts.map(chartParticipant));
    model.apply([{ chart: 'mip', column: 'tpc.meanMIP', kind: 'range', lo: -1000, hi: 1000, closed: true }]);
    expect(model.selectedCount()).toBe(4);
    expect([0, 1, 2, 3, 4, 5].map(model.isSelected)).toEqual([true, false, true, true, false, true]);
    expect(feeds(model)).toEqual({
      mip: { bars: [bin(40, 50, 2, 2), bin(50, 60, 2, 2, 1)], missing: 2, nonFinite: 0, ...NONE_OUTSIDE },
      period: [row(0, 'A', 2), row(1, 'B', 2), row(2, null, 0)],
    });
  });

  it('a period clause filters the histogram (bars and missing count) but not the period rows', () => {
    const model = createCrossfilterModel(table, charts.map(chartParticipant));
    model.apply([{ chart: 'period', column: 'rct.period', kind: 'in', values: ['A'] }]);
    expect(model.selectedCount()).toBe(3);
    expect(feeds(model)).toEqual({
      mip: { bars: [bin(40, 50, 1, 2), bin(50, 60, 1, 2, 1)], missing: 1, nonFinite: 0, ...NONE_OUTSIDE },
      period: [row(0, 'A', 3), row(1, 'B', 2), row(2, null, 1)],
    });
    model.apply([{ chart: 'period', column: 'rct.period', kind: 'in', values: ['B', null] }]);
    expect(model.selectedCount()).toBe(3);
    expect([0, 1, 2, 3, 4, 5].map(model.isSelected)).toEqual([false, false, true, true, true, false]);
  });

  it('a run range is closed at both ends and combines with other clauses; clearing restores', () => {
    const model = createCrossfilterModel(table, charts.map(chartParticipant));
    const trend = { chart: 'trend', column: 'run', kind: 'range', lo: 101, hi: 103, closed: true } as const;
    model.apply([trend]);
    expect(model.selectedCount()).toBe(3);
    model.apply([trend, { chart: 'period', column: 'rct.period', kind: 'in', values: ['B'] }]);
    expect(model.selectedCount()).toBe(2);
    expect(feeds(model).period).toEqual([row(0, 'A', 1), row(1, 'B', 2), row(2, null, 0)]);
    model.apply([]);
    expect(model.selectedCount()).toBe(6);
  });

  it('a half-open histogram range [lo, hi) leaves out a value on its upper edge; a closed one keeps it', () => {
    const model = createCrossfilterModel(table, charts.map(chartParticipant));
    // 50 is exactly the inner edge between the bins [40, 50) and [50, 60].
    model.apply([{ chart: 'mip', column: 'tpc.meanMIP', kind: 'range', lo: 40, hi: 50, closed: false }]);
    expect([0, 1, 2, 3, 4, 5].map(model.isSelected)).toEqual([true, false, true, false, false, false]);
    expect(feeds(model).period).toEqual([row(0, 'A', 1), row(1, 'B', 1), row(2, null, 0)]);
    model.apply([{ chart: 'mip', column: 'tpc.meanMIP', kind: 'range', lo: 50, hi: 60, closed: true }]);
    expect([0, 1, 2, 3, 4, 5].map(model.isSelected)).toEqual([false, false, false, true, false, true]);
  });

  it('a column both plotted as numbers and counted as categories feeds a histogram and a row chart', () => {
    const fill = new Float64Array([7, 7, 8, 9, 9, NaN]);
    const both: TypedTable = {
      size: 6,
      run,
      numbers: new Map<string, NumericColumn>([['rct.fill', { kind: 'numeric', name: 'rct.fill', values: fill }]]),
      categories: new Map([['rct.fill', toCategorical('rct.fill', [7, 7, 8, 9, 9, null])]]),
    };
    const bothCharts: ChartSpec[] = [
      { id: 'h', kind: 'histogram', x: 'rct.fill', bins: 2, scale: 'linear', robustK: Infinity, title: '' },
      { id: 'rows', kind: 'row', x: 'rct.fill', title: '', order: 'label' },
    ];
    const model = createCrossfilterModel(both, bothCharts.map(chartParticipant));
    model.apply([{ chart: 'rows', column: 'rct.fill', kind: 'in', values: ['9'] }]);
    expect(model.selectedCount()).toBe(2);
    expect(histogramBars(model.feeds.get('h')!)).toEqual({ bars: [bin(7, 8, 0, 2), bin(8, 9, 2, 3, 1)], missing: 0, nonFinite: 0, ...NONE_OUTSIDE });
    expect(categoryBars(model.feeds.get('rows')!)).toEqual([row(0, '7', 2), row(1, '8', 1), row(2, '9', 2), row(3, null, 1)]);
  });

  it('filters a value spelled (missing) and missing values as two categories', () => {
    const spelled: TypedTable = {
      size: 6,
      run,
      numbers: new Map(),
      categories: new Map([['rct.period', toCategorical('rct.period', ['(missing)', null, 'A', '(missing)', null, null])]]),
    };
    const model = createCrossfilterModel(spelled, [chartParticipant({ id: 'period', kind: 'row', x: 'rct.period', title: '', order: 'label' })]);
    expect(categoryBars(model.feeds.get('period')!)).toEqual([row(0, '(missing)', 2), row(1, 'A', 1), row(2, null, 3)]);
    model.apply([{ chart: 'period', column: 'rct.period', kind: 'in', values: ['(missing)'] }]);
    expect([0, 1, 2, 3, 4, 5].map(model.isSelected)).toEqual([true, false, false, true, false, false]);
    model.apply([{ chart: 'period', column: 'rct.period', kind: 'in', values: [null] }]);
    expect([0, 1, 2, 3, 4, 5].map(model.isSelected)).toEqual([false, true, false, false, true, true]);
    model.apply([{ chart: 'period', column: 'rct.period', kind: 'in', values: ['no such period'] }]);
    expect(model.selectedCount()).toBe(0);
  });

  it('the trend’s own mask ignores its run range but follows every other filter', () => {
    const model = createCrossfilterModel(table, charts.map(chartParticipant));
    const own = model.feeds.get('trend')!.exceptOwn!;
    const rows = [0, 1, 2, 3, 4, 5];
    model.apply([{ chart: 'trend', column: 'run', kind: 'range', lo: 101, hi: 102, closed: true }]);
    expect(rows.map(own.isSelected)).toEqual([true, true, true, true, true, true]);
    expect(rows.map(model.isSelected)).toEqual([false, true, true, false, false, false]);
    model.apply([
      { chart: 'trend', column: 'run', kind: 'range', lo: 101, hi: 102, closed: true },
      { chart: 'period', column: 'rct.period', kind: 'in', values: ['A'] },
    ]);
    expect(rows.map(own.isSelected)).toEqual([true, true, false, false, false, true]);
    expect(own.count()).toBe(3);
  });

  // The scatter plots meanMIP (x: 40, NaN, 45, 50, NaN, 60) against run (y: 100…105).
  const box = { chart: 'sc', kind: 'box', x: 'tpc.meanMIP', y: 'run', x0: 45, x1: 60, y0: 102, y1: 105 } as const;

  it('a scatter box is closed on every edge and filters the other charts', () => {
    const model = createCrossfilterModel(table, charts.map(chartParticipant));
    model.apply([box]);
    expect([0, 1, 2, 3, 4, 5].map(model.isSelected)).toEqual([false, false, true, true, false, true]);
    expect(model.selectedCount()).toBe(3);
    expect(feeds(model)).toEqual({
      mip: { bars: [bin(40, 50, 1, 2), bin(50, 60, 2, 2, 1)], missing: 0, nonFinite: 0, ...NONE_OUTSIDE },
      period: [row(0, 'A', 1), row(1, 'B', 2), row(2, null, 0)],
    });
    model.apply([{ ...box, y0: 102.5 }]);
    expect([0, 1, 2, 3, 4, 5].map(model.isSelected)).toEqual([false, false, false, true, false, true]);
    model.apply([]);
    expect(model.selectedCount()).toBe(6);
  });

  it('a scatter box leaves out runs missing x or y, however wide it is', () => {
    const model = createCrossfilterModel(table, charts.map(chartParticipant));
    model.apply([{ ...box, x0: -1e300, x1: 1e300, y0: -1e300, y1: 1e300 }]);
    expect([0, 1, 2, 3, 4, 5].map(model.isSelected)).toEqual([true, false, true, true, false, true]);
  });

  it('the scatter’s own mask ignores its box but follows every other filter', () => {
    const model = createCrossfilterModel(table, charts.map(chartParticipant));
    const own = model.feeds.get('sc')!.exceptOwn!;
    const rows = [0, 1, 2, 3, 4, 5];
    model.apply([box]);
    expect(rows.map(own.isSelected)).toEqual([true, true, true, true, true, true]);
    model.apply([box, { chart: 'period', column: 'rct.period', kind: 'in', values: ['A'] }]);
    expect(rows.map(own.isSelected)).toEqual([true, true, false, false, false, true]);
    expect(rows.map(model.isSelected)).toEqual([false, false, false, false, false, true]);
    // The trend's own mask follows the box.
    expect(rows.map(model.feeds.get('trend')!.exceptOwn!.isSelected)).toEqual([false, false, false, false, false, true]);
  });

  it('keeps ±Infinity apart from missing: out of the bins and out of finite ranges', () => {
    const values = new Float64Array([1, Infinity, NaN, -Infinity, 3]);
    const runs = new Float64Array([1, 2, 3, 4, 5]);
    const infTable: TypedTable = {
      size: 5,
      run: runs,
      numbers: new Map<string, NumericColumn>([['v', { kind: 'numeric', name: 'v', values }]]),
      categories: new Map(),
    };
    const model = createCrossfilterModel(infTable, [chartParticipant({ id: 'h', kind: 'histogram', x: 'v', bins: 2, scale: 'linear', robustK: Infinity, title: '' })]);
    expect(histogramBars(model.feeds.get('h')!)).toEqual({ bars: [bin(1, 2, 1, 1), bin(2, 3, 1, 1, 1)], missing: 1, nonFinite: 2, ...NONE_OUTSIDE });
    model.apply([{ chart: 'h', column: 'v', kind: 'range', lo: -1e300, hi: 1e300, closed: true }]);
    expect([0, 1, 2, 3, 4].map(model.isSelected)).toEqual([true, false, false, false, true]);
  });

  it('builds a histogram’s dimension only when a clause needs it or buildDeferred asks, one at a time, with the same counts either way', () => {
    const twoHistograms: ChartSpec[] = [...charts, { id: 'runs', kind: 'histogram', x: 'run', bins: 3, scale: 'linear', robustK: Infinity, title: '' }];
    const model = createCrossfilterModel(table, twoHistograms.map(chartParticipant));
    const built = () => ['mip', 'runs'].filter((id) => model.feeds.get(id)!.deferred!.built());
    const period: FilterClause = { chart: 'period', column: 'rct.period', kind: 'in', values: ['A'] };
    expect(built()).toEqual([]);
    model.apply([period]);
    const before = feeds(model);
    expect(before.mip).toEqual({ bars: [bin(40, 50, 1, 2), bin(50, 60, 1, 2, 1)], missing: 1, nonFinite: 0, ...NONE_OUTSIDE });
    // A clause on the other histogram builds its dimension only.
    model.apply([period, { chart: 'runs', column: 'run', kind: 'range', lo: 100, hi: 103, closed: true }]);
    expect(built()).toEqual(['runs']);
    expect(model.selectedCount()).toBe(2);
    expect(feeds(model).mip).toEqual({ bars: [bin(40, 50, 1, 2), bin(50, 60, 0, 2, 1)], missing: 1, nonFinite: 0, ...NONE_OUTSIDE });
    model.apply([period]);
    expect(feeds(model)).toEqual(before);
    // Built while other filters hold: its bars still follow them, never its own filter.
    expect(model.buildDeferred()).toBe(true);
    expect(built()).toEqual(['mip', 'runs']);
    expect(model.buildDeferred()).toBe(false);
    expect(feeds(model)).toEqual(before);
    model.apply([period, { chart: 'mip', column: 'tpc.meanMIP', kind: 'range', lo: 50, hi: 60, closed: true }]);
    expect([0, 1, 2, 3, 4, 5].map(model.isSelected)).toEqual([false, false, false, false, false, true]);
    expect(feeds(model)).toEqual({ ...before, period: [row(0, 'A', 1), row(1, 'B', 1), row(2, null, 0)] });
  });
});
