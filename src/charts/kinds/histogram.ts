import { axisLabel } from '../chart-card';
import { binCounts, binKey, binningOf } from '../../crossfilter/histogram-bins';
import { isInfiniteKey, numericAccessor } from '../../crossfilter/missing-sentinel';
import { numericColumn } from '../../data/typed-table';
import { createHistogramChart } from '../histogram-chart';
import type { ChartFileBase, ChartKindModule, ChartSpecBase, ColumnName } from './chart-kind';
import { kindMessages } from './kind-messages';

/** Bins a histogram has when the view does not say. */
export const DEFAULT_BINS = 40;

/**
 * Distribution of a numeric variable in equal bins; brush to select a value
 * range (snapped outward to bin edges). Each bar shows the runs passing the
 * other charts' filters over the rest of the bin.
 */
export interface HistogramFile extends ChartFileBase {
  kind: 'histogram';
  /** The variable binned along the horizontal axis (a numeric column). */
  x: ColumnName;
  /**
   * Number of equal bins over the variable's finite range. Default: 40.
   * @asType integer
   * @minimum 1
   * @maximum 500
   */
  bins?: number;
}

/** A histogram with defaults filled in. */
export interface HistogramChartSpec extends ChartSpecBase {
  kind: 'histogram';
  x: string;
  bins: number;
}

const CLAUSE_KINDS = ['range'] as const;

export const histogram: ChartKindModule<HistogramFile, HistogramChartSpec> = {
  kind: 'histogram',
  reads: [{ key: 'x', readAs: 'numeric' }],
  clauseKinds: CLAUSE_KINDS,
  normalise: (file) => ({ id: file.id, kind: 'histogram', x: file.x, bins: file.bins ?? DEFAULT_BINS, title: file.title ?? file.x }),
  checkClause(spec, clause) {
    if (clause.kind !== 'range') return kindMessages.wrongClauseKind(spec.id, clause.kind, CLAUSE_KINDS);
    return clause.column === spec.x ? undefined : kindMessages.wrongColumn(spec.id, clause.column, spec.x);
  },
  feed(cf, table, spec) {
    const values = numericColumn(table, spec.x)!.values;
    const binning = binningOf(values, spec.bins);
    const dimension = cf.dimension(numericAccessor(values));
    // Group keys must keep the dimension's order: missing < -Infinity < bins < +Infinity.
    const group = dimension.group<number, number>((value) => (isInfiniteKey(value) ? value : binKey(binning, value)));
    return { dimension, binning, group, totals: binCounts(binning, values) };
  },
  create: (card, spec, feed, _table, context) => createHistogramChart(card, spec, feed, context),
  // The x-axis label already names the variable.
  subtitle: () => '',
};
