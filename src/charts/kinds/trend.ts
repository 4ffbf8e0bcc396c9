import { axisLabel } from '../chart-card';
import { trackSelection } from '../../crossfilter/selection-mask';
import { numericAccessor } from '../../crossfilter/missing-sentinel';
import { createTrendChart } from '../trend-chart';
import type { ChartFileBase, ChartKindModule, ChartSpecBase, ColumnName } from './chart-kind';
import { kindMessages } from './kind-messages';

/** A trending variable against run number, drawn as points; brush along the run axis to select a run range (snapped to whole runs). */
export interface TrendFile extends ChartFileBase {
  kind: 'trend';
  /** The horizontal axis: the run number (the only axis today; may be left out). */
  x?: 'run';
  /** The trending variable on the vertical axis (a numeric column). */
  y: ColumnName;
}

/** A trend chart with defaults filled in. */
export interface TrendChartSpec extends ChartSpecBase {
  kind: 'trend';
  x: 'run';
  y: string;
}

const CLAUSE_KINDS = ['range'] as const;

export const trend: ChartKindModule<TrendFile, TrendChartSpec> = {
  kind: 'trend',
  reads: [{ key: 'y', readAs: 'numeric' }],
  clauseKinds: CLAUSE_KINDS,
  normalise: (file) => ({ id: file.id, kind: 'trend', x: 'run', y: file.y, title: file.title ?? file.y }),
  checkClause(spec, clause) {
    if (clause.kind !== 'range') return kindMessages.wrongClauseKind(spec.id, clause.kind, CLAUSE_KINDS);
    return clause.column === 'run' ? undefined : kindMessages.wrongColumn(spec.id, clause.column, 'run');
  },
  feed(cf, table) {
    const dimension = cf.dimension(numericAccessor(table.run));
    return { dimension, exceptOwn: trackSelection(dimension, table.size) };
  },
  create: (card, spec, feed, table, context) => createTrendChart(card, spec, feed, table, context),
  subtitle: (spec, columns) => `${axisLabel(spec.y, columns)} vs run`,
};
