import { axisLabel } from '../chart-card';
import { inCategoriesTest } from '../../crossfilter/category-filter';
import { trackSelection } from '../../crossfilter/selection-mask';
import { categoricalColumn, numericColumn } from '../../data/typed-table';
import { createBoxChart } from '../box-chart';
import type { ChartFileBase, ChartKindModule, ChartSpecBase, ColumnName } from './chart-kind';
import { kindMessages } from './kind-messages';

/**
 * A numeric variable per category, as box plots: the box spans the quartiles
 * (linear interpolation between order statistics), the line in it is the
 * median, whiskers reach the most extreme runs within 1.5 IQR of the box
 * (Tukey), runs beyond are drawn as points. Each box shows the runs passing
 * the other charts' filters; click a box (or Enter on it) to filter by its
 * category.
 */
export interface BoxFile extends ChartFileBase {
  kind: 'box';
  /** The category column along the horizontal axis (text or integers, e.g. `rct.period`). */
  x: ColumnName;
  /** The numeric variable on the vertical axis. */
  y: ColumnName;
  /**
   * Text of the vertical axis instead of the column's name, unit and title
   * from the data's `columns` table.
   * @minLength 1
   */
  label?: string;
}

/** A box chart with defaults filled in. */
export interface BoxChartSpec extends ChartSpecBase {
  kind: 'box';
  x: string;
  y: string;
  /** Vertical-axis text overriding the column's label. */
  label?: string;
}

const CLAUSE_KINDS = ['in'] as const;

export const box: ChartKindModule<BoxFile, BoxChartSpec> = {
  kind: 'box',
  reads: [
    { key: 'x', readAs: 'categorical' },
    { key: 'y', readAs: 'numeric' },
  ],
  clauseKinds: CLAUSE_KINDS,
  normalise: (file) => ({ id: file.id, kind: 'box', x: file.x, y: file.y, title: file.title ?? `${file.y} by ${file.x}`, ...(file.label ? { label: file.label } : {}) }),
  checkClause(spec, clause) {
    if (clause.kind !== 'in') return kindMessages.wrongClauseKind(spec.id, clause.kind, CLAUSE_KINDS);
    return clause.column === spec.x ? undefined : kindMessages.wrongColumn(spec.id, clause.column, spec.x);
  },
  // Filtered by category, like a row chart (a dimension on the row index, tested through the codes); drawn from the runs passing every other filter.
  feed(cf, table, spec) {
    const column = categoricalColumn(table, spec.x)!;
    const codes = column.codes;
    const dimension = cf.dimension((index) => index);
    const groups = { codes, values: numericColumn(table, spec.y)!.values };
    return { dimension, dictionary: column.dictionary, groups, exceptOwn: trackSelection(dimension, table.size), clauseTest: inCategoriesTest(codes, column.dictionary) };
  },
  create: (card, spec, feed, _table, context) => createBoxChart(card, spec, feed, context),
  subtitle: (spec, columns) => `${spec.label ?? axisLabel(spec.y, columns)} by ${axisLabel(spec.x, columns)}`,
};
