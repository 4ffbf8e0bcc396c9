import { axisLabel } from '../chart-card';
import { trackSelection } from '../../crossfilter/selection-mask';
import { numericAccessor } from '../../crossfilter/missing-sentinel';
import type { TrendAxisMode } from '../../state/ui-store';
import type { AxisScale } from '../robust-domain';
import { trendSubtitle } from '../trend-axis';
import { createTrendChart } from '../trend-chart';
import type { ChartFileBase, ChartKindModule, ChartSpecBase, ColumnName } from './chart-kind';
import { kindMessages } from './kind-messages';
import { toValueAxis, type AxisDomain, type RobustK, type ValueAxisSpec } from './value-axis';

/**
 * A trending variable against run number, run order or time, drawn as
 * points; brush along x to select a run range (snapped to whole runs, in
 * every axis mode).
 */
export interface TrendFile extends ChartFileBase {
  kind: 'trend';
  /**
   * The horizontal axis the chart opens with (the reader can switch it in the
   * chart's header): `run` — run number; `ordinal` — runs evenly spaced in
   * run order, ticks reading run numbers; `time` — the run's start time
   * (needs `time`; without it the view check reports a problem). Default `run`.
   */
  x?: TrendAxisMode;
  /** The trending variable on the vertical axis (a numeric column). */
  y: ColumnName;
  /** Start time of each run (a numeric column of unix seconds, e.g. `rct.startTime`): offers the `time` axis. */
  time?: ColumnName;
  /** End time of each run (unix seconds, e.g. `rct.endTime`): on the time axis each run is a short segment from start to end. */
  timeEnd?: ColumnName;
  /** A category column (e.g. `rct.period`): its stretches of consecutive runs are drawn as alternating light bands, with boundaries and labels. */
  groupBy?: ColumnName;
  /** Error of `y` per run (a numeric column): drawn as a vertical bar y ± error. */
  yErr?: ColumnName;
  /** Fixed range of the vertical axis `[lo, hi]`; default: the robust range of `y` (see `robustK`). */
  domain?: AxisDomain;
  /** Width of the default vertical range in robust σ (1.4826 · MAD) on each side of the median; at most 1 % of the runs are left beyond each edge. Default 6. */
  robustK?: RobustK;
  /** The vertical axis: `linear` (default) or `log` (values ≤ 0 are not shown, and counted). */
  scale?: AxisScale;
}

/** A trend chart with defaults filled in. */
export interface TrendChartSpec extends ChartSpecBase {
  kind: 'trend';
  x: TrendAxisMode;
  y: string;
  time?: string;
  timeEnd?: string;
  groupBy?: string;
  yErr?: string;
  /** Range and scale of y (normalise fills it; DEFAULT_VALUE_AXIS when a spec is made by hand without it). */
  yAxis?: ValueAxisSpec;
}

const CLAUSE_KINDS = ['range'] as const;

export const trend: ChartKindModule<TrendFile, TrendChartSpec> = {
  kind: 'trend',
  reads: [
    { key: 'y', readAs: 'numeric' },
    { key: 'time', readAs: 'numeric' },
    { key: 'timeEnd', readAs: 'numeric' },
    { key: 'groupBy', readAs: 'categorical' },
    { key: 'yErr', readAs: 'numeric' },
  ],
  clauseKinds: CLAUSE_KINDS,
  normalise: (file) => ({
    id: file.id,
    kind: 'trend',
    // Without a time column there is no time axis to open with.
    x: file.x === 'time' && !file.time ? 'run' : (file.x ?? 'run'),
    y: file.y,
    ...(file.time ? { time: file.time } : {}),
    ...(file.time && file.timeEnd ? { timeEnd: file.timeEnd } : {}),
    ...(file.groupBy ? { groupBy: file.groupBy } : {}),
    ...(file.yErr ? { yErr: file.yErr } : {}),
    yAxis: toValueAxis(file.domain, file.robustK, file.scale),
    title: file.title ?? file.y,
  }),
  checkClause(spec, clause) {
    if (clause.kind !== 'range') return kindMessages.wrongClauseKind(spec.id, clause.kind, CLAUSE_KINDS);
    return clause.column === 'run' ? undefined : kindMessages.wrongColumn(spec.id, clause.column, 'run');
  },
  feed(cf, table) {
    const dimension = cf.dimension(numericAccessor(table.run));
    return { dimension, exceptOwn: trackSelection(dimension, table.size) };
  },
  create: (card, spec, feed, table, context) => createTrendChart(card, spec, feed, table, context),
  subtitle: (spec, columns) => trendSubtitle(axisLabel(spec.y, columns), spec.x),
};
