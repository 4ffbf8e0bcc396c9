import { describe, expect, it } from 'vitest';
import { createCrossfilterModel } from '../../../src/crossfilter/crossfilter-model';
import { histogramBars } from '../../../src/crossfilter/histogram-bars';
import type { NumericColumn, TypedTable } from '../../../src/data/typed-table';
import { chartParticipant, type ChartSpec } from '../../../src/charts/kinds/registry';

// Runs 1–6; v spans [1, 6] → 5 bins with edges 1, 2, 3, 4, 5, 6; the middle three bins are empty.
const run = new Float64Array([1, 2, 3, 4, 5, 6]);
const v = new Float64Array([1, 1.5, 5, 6, NaN, Infinity]);
const table: TypedTable = {
  size: 6,
  run,
  numbers: new Map<string, NumericColumn>([
    ['run', { kind: 'numeric', name: 'run', values: run }],
    ['v', { kind: 'numeric', name: 'v', values: v }],
  ]),
  categories: new Map(),
};
const charts: ChartSpec[] = [
  { id: 'trend', kind: 'trend', x: 'run', y: 'v', title: '' },
  { id: 'h', kind: 'histogram', x: 'v', bins: 5, scale: 'linear', robustK: Infinity, title: '' },
];
// Edges 1…6: the bin from lo is bin number lo − 1.
const bin = (lo: number, selected: number, total: number) => ({ key: lo - 1, lo, hi: lo + 1, selected, total });
const runs = { chart: 'trend', column: 'run', kind: 'range', lo: 2, hi: 5, closed: true } as const;

describe('histogramBars', () => {
  it('gives one bar per bin, empty bins included, with missing and ±inf counted apart', () => {
    const model = createCrossfilterModel(table, charts.map(chartParticipant));
    expect(histogramBars(model.feeds.get('h')!)).toEqual({
      bars: [bin(1, 2, 2), bin(2, 0, 0), bin(3, 0, 0), bin(4, 0, 0), bin(5, 2, 2)],
      missing: 1,
      nonFinite: 1,
      below: 0,
      above: 0,
      notPositive: 0,
    });
  });

  it('selected follows the other charts’ filters while total keeps every run', () => {
    const model = createCrossfilterModel(table, charts.map(chartParticipant));
    model.apply([runs]);
    expect(histogramBars(model.feeds.get('h')!)).toEqual({
      bars: [bin(1, 1, 2), bin(2, 0, 0), bin(3, 0, 0), bin(4, 0, 0), bin(5, 2, 2)],
      missing: 1,
      nonFinite: 0,
      below: 0,
      above: 0,
      notPositive: 0,
    });
  });

  it('the histogram’s own range never changes its bars', () => {
    const model = createCrossfilterModel(table, charts.map(chartParticipant));
    model.apply([runs]);
    const before = histogramBars(model.feeds.get('h')!);
    model.apply([runs, { chart: 'h', column: 'v', kind: 'range', lo: 1, hi: 1.2, closed: false }]);
    expect(model.selectedCount()).toBe(0);
    expect(histogramBars(model.feeds.get('h')!)).toEqual(before);
  });
});
