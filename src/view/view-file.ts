import type { ColumnName } from '../charts/kinds/chart-kind';
import type { ChartFile } from '../charts/kinds/registry';
import type { LayoutFile } from './layout-file';

/*
 * The view file as a contributor writes it: the single source of
 * views/view.schema.json (`npm run schema` regenerates it from these types and
 * their doc comments; a test fails when the committed schema differs).
 * Add a field here with a doc comment, regenerate, and the schema, the
 * validators in the app and in `npm run check:views` all know it.
 */

/**
 * A RunLens view: what the dashboard shows, as one JSON file in `views/`,
 * opened with `?view=<file name without .json>`. Its charts are linked: a
 * filter set in one chart filters every other chart, never itself.
 */
export interface ViewFile {
  /** This schema, so editors complete and check the file: always `"./view.schema.json"`. */
  $schema: './view.schema.json';
  /**
   * Title shown in the header and in the view selector. Default: "Untitled view".
   * @minLength 1
   */
  title?: string;
  /** A sentence or two under the title: what the view is for, what to brush or click. */
  description?: string;
  /**
   * The charts, drawn in this order (at most 40; split a larger dashboard into several views).
   * @minItems 1
   * @maxItems 40
   */
  charts: ChartFile[];
  /**
   * Derived variables: name → expression of the expression language (src/expr).
   * An alias is usable wherever a column is (charts, the table, rules, other
   * aliases, in any order of definition); a cycle is an error.
   */
  aliases?: { [name: string]: AliasExpression };
  /**
   * Flag rules: each fires for a run where its condition is true. A run's
   * status is the most severe level fired; Good when none fired and
   * `statisticOK` holds; Null when inputs are missing.
   * @maxItems 200
   */
  rules?: RuleFile[];
  /** A condition a run must meet to be judged Good ("enough entries to judge"), e.g. `evs.nEventsSelected >= 200000`. */
  statisticOK?: Expression;
  /** Which runs the bands of `nsigma`, `median`, `mean`, `rms` are computed over. Default: all runs. */
  reference?: ReferenceFile;
  /** The outlier table under the charts. */
  table?: TableFile;
  /**
   * Histogram layouts for one run (the Histograms panel's tabs, in this order): grids of pads drawing
   * the run's QA histograms from the build's `hist/` folder, with the reference run's overlaid.
   * @maxItems 20
   */
  layouts?: LayoutFile[];
  /**
   * The reference run whose histograms are overlaid on every pad by default (the panel can choose
   * another). Default: none, the overlay is off until a reference run is chosen.
   * @asType integer
   * @minimum 0
   */
  referenceRun?: number;
}

/**
 * An expression of the expression language (src/expr/README.md).
 * @minLength 1
 * @maxLength 10000
 */
export type Expression = string;

/**
 * A numeric expression or a condition, e.g. `tpc.meanMIPele / tpc.meanMIP`.
 * @minLength 1
 * @maxLength 10000
 */
export type AliasExpression = string;

/** A flag rule, e.g. `{ "name": "meanMIP_Outlier", "level": "Outlier", "expression": "abs(nsigma(tpc.meanMIP)) > 6" }`. */
export interface RuleFile {
  /**
   * Unique name of the rule (shown in the table's "rules fired").
   * @minLength 1
   */
  name: string;
  /** Warning (outside ±3σ), Outlier (±6σ), PhysAcc (outside an absolute band) or Bad. */
  level: 'Warning' | 'Outlier' | 'PhysAcc' | 'Bad';
  /** The condition; the rule fires where it is true. */
  expression: Expression;
  /** What the rule checks, in a sentence. */
  description?: string;
  /** How `nsigma` estimates centre and σ: median and 1.4826·MAD (default) or the least-trimmed mean and RMS. */
  method?: 'median-mad' | 'ltm';
  /**
   * Kept fraction of runs for `ltm`. Default 0.8.
   * @minimum 0.5
   * @maximum 1
   */
  fraction?: number;
}

/**
 * The reference set for bands: all runs, the runs passing the current
 * filters, a named list of runs, or the runs with one value of a text column
 * (one period). `groupBy` (a text column such as `rct.period`) compares each
 * run with the reference runs of its own group.
 * @discriminator kind
 */
export type ReferenceFile = AllRunsReference | SelectionReference | RunListReference | CategoryReference;

/** Every run. */
export interface AllRunsReference {
  /** Every run. */
  kind: 'all';
  /** Bands per value of this text column (e.g. `rct.period`). */
  groupBy?: ColumnName;
}

/** The runs passing the current filters (every filter but the status chips'); statuses follow the selection. */
export interface SelectionReference {
  /** The runs passing the current filters. */
  kind: 'selection';
  /** Bands per value of this text column (e.g. `rct.period`). */
  groupBy?: ColumnName;
}

/** A named list of runs. */
export interface RunListReference {
  /** A named list of runs. */
  kind: 'runs';
  /**
   * Name of the list, shown in messages.
   * @minLength 1
   */
  name: string;
  /**
   * The run numbers.
   * @minItems 1
   */
  runs: number[];
  /** Bands per value of this text column (e.g. `rct.period`). */
  groupBy?: ColumnName;
}

/** The runs with one value of a text column, e.g. `{ "kind": "category", "column": "rct.period", "value": "LHC18b" }`. */
export interface CategoryReference {
  /** The runs with one value of a text column. */
  kind: 'category';
  /** A text column. */
  column: ColumnName;
  /** One of its values. */
  value: string;
  /** Bands per value of this text column (e.g. `rct.period`). */
  groupBy?: ColumnName;
}

/** Which columns the outlier table shows. */
export interface TableFile {
  /**
   * Columns or aliases, in order, after run and status. Default: the view's
   * text columns, then its variables and aliases.
   * @maxItems 100
   */
  columns?: ColumnName[];
}
