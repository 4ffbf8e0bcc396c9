import { axisLabel } from '../chart-card';
import { trackSelection } from '../../crossfilter/selection-mask';
import { numericColumn } from '../../data/typed-table';
import type { AxisScale } from '../robust-domain';
import { createScatterChart } from '../scatter-chart';
import type { ChartFileBase, ChartKindModule, ChartSpecBase, ColumnName } from './chart-kind';
import { kindMessages } from './kind-messages';
import { toValueAxis, type AxisDomain, type RobustK, type ValueAxisSpec } from './value-axis';

/**
 * Two numeric variables against each other, drawn as points; drag a box to
 * keep the runs inside it (edges included; a run missing either value is outside).
 */
export interface ScatterFile extends ChartFileBase {
  kind: 'scatter';
  /** Variable on the horizontal axis (a numeric column). */
  x: ColumnName;
  /** Variable on the vertical axis (a numeric column). */
  y: ColumnName;
  /** Fixed range of the vertical axis; default: the robust range of `y`. */
  domain?: AxisDomain;
  /** Fixed range of the horizontal axis; default: the robust range of `x`. */
  xDomain?: AxisDomain;
  /** Width of both axes' default ranges in robust σ (1.4826 · MAD) on each side of the median. Default 6. */
  robustK?: RobustK;
  /** The vertical axis: `linear` (default) or `log` (values ≤ 0 are not shown, and counted). */
  scale?: AxisScale;
  /** The horizontal axis: `linear` (default) or `log` (values ≤ 0 are not shown, and counted). */
  xScale?: AxisScale;
}

/** A scatter chart with defaults filled in. */
export interface ScatterChartSpec extends ChartSpecBase {
  kind: 'scatter';
  x: string;
  y: string;
  /** Range and scale of x and y (normalise fills them; DEFAULT_VALUE_AXIS when a spec is made by hand without them). */
  xAxis?: ValueAxisSpec;
  yAxis?: ValueAxisSpec;
}

const CLAUSE_KINDS = ['box'] as const;

export const scatter: ChartKindModule<ScatterFile, ScatterChartSpec> = {
  kind: 'scatter',
  reads: [
    { key: 'x', readAs: 'numeric' },
    { key: 'y', readAs: 'numeric' },
  ],
  clauseKinds: CLAUSE_KINDS,
  normalise: (file) => ({
    id: file.id,
    kind: 'scatter',
    x: file.x,
    y: file.y,
    xAxis: toValueAxis(file.xDomain, file.robustK, file.xScale),
    yAxis: toValueAxis(file.domain, file.robustK, file.scale),
    title: file.title ?? `${file.y} vs ${file.x}`,
  }),
  checkClause(spec, clause) {
    if (clause.kind !== 'box') return kindMessages.wrongClauseKind(spec.id, clause.kind, CLAUSE_KINDS);
    if (clause.x !== spec.x) return kindMessages.wrongColumn(spec.id, clause.x, spec.x);
    return clause.y === spec.y ? undefined : kindMessages.wrongColumn(spec.id, clause.y, spec.y);
  },
  // A dimension over row indexes, filtered by a function testing both columns.
  feed(cf, table, spec) {
    const points = { xs: numericColumn(table, spec.x)!.values, ys: numericColumn(table, spec.y)!.values };
    const dimension = cf.dimension((index) => index);
    return { dimension, points, exceptOwn: trackSelection(dimension, table.size) };
  },
  create: (card, spec, feed, table, context) => createScatterChart(card, spec, feed, table, context),
  subtitle: (spec, columns) => `${axisLabel(spec.y, columns)} vs ${axisLabel(spec.x, columns)}`,
};
