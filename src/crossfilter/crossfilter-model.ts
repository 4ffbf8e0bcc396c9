import crossfilter from 'crossfilter2';
import { categoricalColumn, numericColumn, type CategoryValue, type TypedTable } from '../data/typed-table';
import type { FilterClause } from '../state/filter-store';
import type { ChartSpec } from '../view/view-spec';
import { binCounts, binKey, binningOf, type Binning } from './histogram-bins';
import { inBox } from './in-box';
import { isInfiniteKey, nextUp, numericAccessor } from './missing-sentinel';
import { trackSelection, type SelectionMask } from './selection-mask';

type Dimension = crossfilter.Dimension<number, number>;
type Group = crossfilter.Group<number, number, number>;

/** A category (`key`: its code, which dc filters by) with the count of runs passing every other chart's filter. */
export interface Bar {
  key: number;
  category: CategoryValue;
  value: number;
}

/** What a chart can ask the model for: its dimension, and bars for its kind. */
export interface ChartFeed {
  chart: ChartSpec;
  dimension?: Dimension;
  group?: Group;
  binning?: Binning;
  /** Runs per histogram bin with no filter at all (computed once). */
  totals?: Uint32Array;
  /** Categories of a categorical dimension's codes (null: missing). */
  dictionary?: CategoryValue[];
  /** Trend and scatter: runs passing every filter except the chart's own (its points are drawn from this). */
  exceptOwn?: SelectionMask;
  /** Scatter: its x and y values, which a box clause tests. */
  points?: { xs: Float64Array; ys: Float64Array };
}

/** Crossfilter over row indexes of a typed table, with one dimension per filtering chart. */
export interface CrossfilterModel {
  size: number;
  feeds: Map<string, ChartFeed>;
  /** Runs passing every filter. */
  selectedCount(): number;
  /** True when row `row` passes every filter. */
  isSelected(row: number): boolean;
  /** Makes the dimensions' filters match `clauses` (only changed ones are touched). */
  apply(clauses: readonly FilterClause[]): void;
}

/** Builds the model: dimensions and groups only for the charts that need them (trend: run; histogram; row; scatter: row index). */
export function createCrossfilterModel(table: TypedTable, charts: readonly ChartSpec[]): CrossfilterModel {
  const rows = Array.from({ length: table.size }, (_, row) => row);
  const cf = crossfilter(rows);
  const feeds = new Map(charts.map((chart) => [chart.id, feedFor(cf, table, chart)]));
  const selection = trackSelection(cf, table.size);
  const applied = new Map<string, FilterClause | undefined>();
  return {
    size: table.size,
    feeds,
    selectedCount: selection.count,
    isSelected: selection.isSelected,
    apply(clauses) {
      for (const [id, feed] of feeds) {
        const clause = clauses.find((c) => c.chart === id);
        if (applied.get(id) === clause || !feed.dimension) continue;
        applyClause(feed, clause);
        applied.set(id, clause);
      }
    },
  };
}

function feedFor(cf: crossfilter.Crossfilter<number>, table: TypedTable, chart: ChartSpec): ChartFeed {
  if (chart.kind === 'trend') {
    const dimension = cf.dimension(numericAccessor(table.run));
    return { chart, dimension, exceptOwn: trackSelection(dimension, table.size) };
  }
  if (chart.kind === 'histogram') {
    const values = numericColumn(table, chart.x)!.values;
    const binning = binningOf(values, chart.bins);
    const dimension = cf.dimension(numericAccessor(values));
    // Group keys must keep the dimension's order: missing < -Infinity < bins < +Infinity.
    const group = dimension.group<number, number>((value) => (isInfiniteKey(value) ? value : binKey(binning, value)));
    return { chart, dimension, binning, group, totals: binCounts(binning, values) };
  }
  if (chart.kind === 'row') {
    const column = categoricalColumn(table, chart.x)!;
    const codes = column.codes;
    const dimension = cf.dimension((row) => codes[row]);
    return { chart, dimension, group: dimension.group(), dictionary: column.dictionary };
  }
  // Scatter: a dimension over row indexes, filtered by a function testing both columns.
  const points = { xs: numericColumn(table, chart.x)!.values, ys: numericColumn(table, chart.y)!.values };
  const dimension = cf.dimension((row) => row);
  return { chart, dimension, points, exceptOwn: trackSelection(dimension, table.size) };
}

function applyClause(feed: ChartFeed, clause: FilterClause | undefined): void {
  const dimension = feed.dimension!;
  if (!clause) dimension.filterAll();
  else if (clause.kind === 'box') {
    if (feed.points) dimension.filterFunction(inBox(feed.points.xs, feed.points.ys, clause));
    else dimension.filterAll();
  } else if (clause.kind === 'range') dimension.filterRange([clause.lo, clause.closed ? nextUp(clause.hi) : clause.hi]);
  else {
    const codes = new Set(codesOf(feed, clause.values));
    if (codes.size === 1) dimension.filterExact([...codes][0]);
    else dimension.filterFunction((code) => codes.has(code as number));
  }
}

/** Row-chart bars: one per category, under the other charts' filters. */
export function categoryBars(feed: ChartFeed): Bar[] {
  const dictionary = feed.dictionary ?? [];
  return (feed.group?.all() ?? []).map(({ key, value }) => ({ key, category: dictionary[key], value }));
}

/** Codes of the categories `values` (by identity: null finds the missing code only); unknown ones are left out. */
export function codesOf(feed: ChartFeed, values: readonly CategoryValue[]): number[] {
  const dictionary = feed.dictionary ?? [];
  return values.map((value) => dictionary.indexOf(value)).filter((code) => code >= 0);
}
