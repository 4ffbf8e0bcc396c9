import type crossfilter from 'crossfilter2';
import { binningFor, type BinScale } from '../../crossfilter/histogram-bins';
import { histogramSlots, OUTSIDE } from '../../crossfilter/histogram-tally';
import { numericAccessor } from '../../crossfilter/missing-sentinel';
import { slotTotals, tallySlots } from '../../crossfilter/slot-tally';
import { numericColumn } from '../../data/typed-table';
import { DEFAULT_ROBUST_K } from '../../stats/robust-range';
import { createHistogramChart } from '../histogram-chart';
import type { ChartFileBase, ChartKindModule, ChartSpecBase, ColumnName } from './chart-kind';
import { kindMessages } from './kind-messages';

/** Bins a histogram has when the view does not say. */
export const DEFAULT_BINS = 40;

/**
 * Distribution of a numeric variable in bins; brush to select a value range
 * (snapped outward to bin edges). Each bar shows the runs passing the other
 * charts' filters over the rest of the bin. By default the bins span the bulk
 * of the runs (a robust range, see `robustK`); runs outside it are counted
 * under the chart (`1 run above the range`).
 */
export interface HistogramFile extends ChartFileBase {
  kind: 'histogram';
  /** The variable binned along the horizontal axis (a numeric column). */
  x: ColumnName;
  /**
   * Number of equal bins (equal in log10 for `"scale": "log"`) over the range. Default: 40.
   * @asType integer
   * @minimum 1
   * @maximum 500
   */
  bins?: number;
  /**
   * Fixed range of the bins, `[lo, hi]`, instead of the robust range (values
   * outside are counted under the chart). For `"scale": "log"` both must be
   * positive, else the robust range is used.
   * @minItems 2
   * @maxItems 2
   */
  domain?: [number, number];
  /** Spacing of the bins: `linear` (equal widths, the default) or `log` (equal in log10; runs ≤ 0 are counted as not shown). */
  scale?: BinScale;
  /**
   * Width of the default range in robust σ: the bins span the runs within
   * median ± robustK · 1.4826 · MAD (of log10 of the values for `log`). Default: 5.
   * A larger value spans more of the tails; use `domain` to span given values. Ignored with `domain`.
   * @exclusiveMinimum 0
   */
  robustK?: number;
  /**
   * Text of the horizontal axis instead of the column's name, unit and title
   * from the data's `columns` table.
   * @minLength 1
   */
  label?: string;
}

/** A histogram with defaults filled in. */
export interface HistogramChartSpec extends ChartSpecBase {
  kind: 'histogram';
  x: string;
  bins: number;
  scale: BinScale;
  robustK: number;
  domain?: [number, number];
  /** Axis text overriding the column's label (none: from the data's `columns` table). */
  label?: string;
}

const CLAUSE_KINDS = ['range'] as const;

export const histogram: ChartKindModule<HistogramFile, HistogramChartSpec> = {
  kind: 'histogram',
  reads: [{ key: 'x', readAs: 'numeric' }],
  clauseKinds: CLAUSE_KINDS,
  normalise: (file) => ({
    id: file.id,
    kind: 'histogram',
    x: file.x,
    bins: file.bins ?? DEFAULT_BINS,
    scale: file.scale ?? 'linear',
    robustK: file.robustK ?? DEFAULT_ROBUST_K,
    ...(file.domain ? { domain: file.domain } : {}),
    ...(file.label ? { label: file.label } : {}),
    title: file.title ?? file.x,
  }),
  checkClause(spec, clause) {
    if (clause.kind !== 'range') return kindMessages.wrongClauseKind(spec.id, clause.kind, CLAUSE_KINDS);
    return clause.column === spec.x ? undefined : kindMessages.wrongColumn(spec.id, clause.column, spec.x);
  },
  feed(cf, table, spec) {
    const values = numericColumn(table, spec.x)!.values;
    const binning = binningFor(values, spec);
    const slots = histogramSlots(binning, values);
    const size = binning.bins + OUTSIDE.length;
    // Until the histogram filters it has no filter of its own: its counts follow every filter.
    let tally = tallySlots(cf, slots, size);
    let dimension: crossfilter.Dimension<number, number> | undefined;
    const build = () => {
      if (dimension) return dimension;
      dimension = cf.dimension(numericAccessor(values));
      tally.dispose();
      tally = tallySlots(dimension, slots, size);
      return dimension;
    };
    return { binning, binTally: () => tally.counts, deferred: { built: () => dimension !== undefined, build }, totals: slotTotals(slots, binning.bins) };
  },
  create: (card, spec, feed, _table, context) => createHistogramChart(card, spec, feed, context),
  // The x-axis label already names the variable.
  subtitle: () => '',
};
