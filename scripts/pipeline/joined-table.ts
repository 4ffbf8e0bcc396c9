import type { Column } from '../table/column';

/** A column of the joined `runs` table: named `source.column`, with its source. */
export interface JoinedColumn extends Column {
  source: string;
}

/** The joined table: one row per run, sorted by run ascending. */
export interface JoinedTable {
  runs: Float64Array;
  columns: JoinedColumn[];
}
