import { axisLabel } from '../chart-card';
import { trackSelection } from '../../crossfilter/selection-mask';
import { numericColumn } from '../../data/typed-table';
import { createScatterChart } from '../scatter-chart';
import type { ChartFileBase, ChartKindModule, ChartSpecBase, ColumnName } from './chart-kind';
import { kindMessages } from './kind-messages';

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
}

/** A scatter chart with defaults filled in. */
export interface ScatterChartSpec extends ChartSpecBase {
  kind: 'scatter';
  x: string;
  y: string;
}

const CLAUSE_KINDS = ['box'] as const;

export const scatter: ChartKindModule<ScatterFile, ScatterChartSpec> = {
  kind: 'scatter',
  reads: [
    { key: 'x', readAs: 'numeric' },
    { key: 'y', readAs: 'numeric' },
  ],
  clauseKinds: CLAUSE_KINDS,
  normalise: (file) => ({ id: file.id, kind: 'scatter', x: file.x, y: file.y, title: file.title ?? `${file.y} vs ${file.x}` }),
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
