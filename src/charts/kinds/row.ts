import { axisLabel } from '../chart-card';
import { inCategoriesTest } from '../../crossfilter/category-filter';
import { slotTotals, tallySlots } from '../../crossfilter/slot-tally';
import { categoricalColumn } from '../../data/typed-table';
import { createRowChart } from '../row-chart';
import type { RowOrder } from '../row-list';
import type { ChartFileBase, ChartKindModule, ChartSpecBase, ColumnName } from './chart-kind';
import { kindMessages } from './kind-messages';

/** Count of runs per category (period, beam type, quality…); click a row, or press Enter on it, to filter by that category. */
export interface RowFile extends ChartFileBase {
  kind: 'row';
  /** The category column (text or integers, e.g. `rct.period`); a missing value counts as `(missing)`. */
  x: ColumnName;
  /**
   * Categories selected when the view opens, e.g. `["Good"]`; each must be a
   * value of the column. "Reset all" clears them.
   * @minItems 1
   * @uniqueItems true
   */
  selected?: string[];
  /**
   * Row order: `label` (natural order, `LHC10b < LHC10h < LHC11a`, missing
   * last; the default) or `count` (most runs first).
   */
  order?: RowOrder;
  /**
   * Show only the `top` categories with the most runs (over all runs), the
   * rest summed in one `others` row; clicking it selects all of them.
   * @asType integer
   * @minimum 1
   */
  top?: number;
  /**
   * Text under the title instead of the column's name, unit and title from
   * the data's `columns` table.
   * @minLength 1
   */
  label?: string;
}

/** A row chart with defaults filled in. */
export interface RowChartSpec extends ChartSpecBase {
  kind: 'row';
  x: string;
  /** Categories selected when the view opens (none when absent). */
  selected?: string[];
  order: RowOrder;
  /** Categories shown apart from `others` (all when absent). */
  top?: number;
  /** Subtitle overriding the column's label. */
  label?: string;
}

const CLAUSE_KINDS = ['in'] as const;

export const row: ChartKindModule<RowFile, RowChartSpec> = {
  kind: 'row',
  reads: [{ key: 'x', readAs: 'categorical' }],
  categoryReads: [{ key: 'selected', column: 'x' }],
  clauseKinds: CLAUSE_KINDS,
  normalise: (file) => ({
    id: file.id,
    kind: 'row',
    x: file.x,
    title: file.title ?? file.x,
    selected: file.selected,
    order: file.order ?? 'label',
    ...(file.top !== undefined ? { top: file.top } : {}),
    ...(file.label ? { label: file.label } : {}),
  }),
  checkClause(spec, clause) {
    if (clause.kind !== 'in') return kindMessages.wrongClauseKind(spec.id, clause.kind, CLAUSE_KINDS);
    return clause.column === spec.x ? undefined : kindMessages.wrongColumn(spec.id, clause.column, spec.x);
  },
  initialClause: (spec) => (spec.selected?.length ? { chart: spec.id, column: spec.x, kind: 'in', values: [...spec.selected] } : undefined),
  feed(cf, table, spec) {
    const column = categoricalColumn(table, spec.x)!;
    const codes = column.codes;
    // On the row index (cheap to sort), filtered through the codes; counts kept per code.
    const dimension = cf.dimension((index) => index);
    const totals = slotTotals(codes, column.dictionary.length);
    const categoryCounts = tallySlots(dimension, codes, column.dictionary.length).counts;
    return { dimension, categoryCounts, dictionary: column.dictionary, totals, clauseTest: inCategoriesTest(codes, column.dictionary) };
  },
  create: (card, spec, feed, _table, context) => createRowChart(card, spec, feed, context),
  subtitle: (spec, columns) => spec.label ?? axisLabel(spec.x, columns),
};
