import type crossfilter from 'crossfilter2';
import type { ColumnMeta } from '../../contract/data-contract';
import type { ChartFeed } from '../../crossfilter/crossfilter-model';
import type { ReadAs, TypedTable } from '../../data/typed-table';
import type { FilterClause } from '../../state/filter-store';
import type { ChartCard } from '../chart-card';
import type { ChartContext, ChartView } from '../chart-view';

/**
 * A chart's id: unique in its view, used in the page (`data-chart`), in
 * filter clauses and in links.
 * @pattern ^[A-Za-z][A-Za-z0-9_-]*$
 */
export type ChartId = string;

/**
 * A column of the data, by its name in the manifest: `run`, or
 * `source.branch` such as `tpc.meanMIP`, `tpc.dcar[0]`, `rct.period`.
 * @minLength 1
 */
export type ColumnName = string;

/** What every chart in a view file has. */
export interface ChartFileBase {
  /** Unique id of the chart in this view (letters, digits, `-`, `_`, starting with a letter). */
  id: ChartId;
  /** Chart kind; the other keys depend on it. */
  kind: string;
  /**
   * Heading of the chart. Default: the variable's name.
   * @minLength 1
   */
  title?: string;
}

/** What every normalised chart has (defaults filled in). */
export interface ChartSpecBase {
  id: string;
  kind: string;
  title: string;
}

/** The kind of a filter clause (`range`, `in`, `box`). */
export type ClauseKind = FilterClause['kind'];

/** A key of a chart that names a column, and how that column is read. */
export interface ColumnRead<F> {
  key: Extract<keyof F, string>;
  readAs: ReadAs;
}

/** Why a clause does not fit a chart, or undefined when it fits. */
export type ClauseCheck = (clause: FilterClause) => string | undefined;

/**
 * Everything the app, the crossfilter model and the view checks need to know
 * about one chart kind: `F` is the chart as written in a view file, `S` the
 * chart with defaults filled in. One module per kind (src/charts/kinds/<kind>.ts),
 * listed once in registry.ts.
 */
export interface ChartKindModule<F extends ChartFileBase, S extends ChartSpecBase> {
  /** The value of `kind` in a view file. */
  kind: S['kind'];
  /** Keys naming a column, in the order they are checked and read. */
  reads: readonly ColumnRead<F & S>[];
  /** Keys whose strings are values of the column another key names (a row chart's `selected` of its `x`). */
  categoryReads?: readonly { key: Extract<keyof F, string>; column: Extract<keyof F, string> }[];
  /** Keys holding an expression of the expression language (parsed, and compiled against the data, by every view check). */
  expressionReads?: readonly Extract<keyof F, string>[];
  /** Clause kinds this chart sets; a clause of another kind is never applied to it. */
  clauseKinds: readonly ClauseKind[];
  /** The chart with its defaults filled in (`file` already passed the schema). */
  normalise(file: F): S;
  /** Why `clause` cannot be this chart's filter (wrong kind or column), undefined when it can. */
  checkClause(spec: S, clause: FilterClause): string | undefined;
  /** The filter the chart starts with when the view opens (a row chart's `selected`), if any. */
  initialClause?(spec: S): FilterClause | undefined;
  /** Builds the chart's crossfilter dimension and what it draws from. */
  feed(cf: crossfilter.Crossfilter<number>, table: TypedTable, spec: S): ChartFeed;
  /** Draws the chart into its card; it reads the store and the model on each redraw. */
  create(card: ChartCard, spec: S, feed: ChartFeed, table: TypedTable, context: ChartContext): ChartView;
  /** Line under the title (axis variables and units), '' for none. */
  subtitle(spec: S, columns: ReadonlyMap<string, ColumnMeta>): string;
}
