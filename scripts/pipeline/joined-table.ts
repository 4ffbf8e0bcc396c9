import type { Column } from '../table/column';

/** A column of the joined table: named `source.column`, with its source. */
export interface JoinedColumn extends Column {
  source: string;
}

/**
 * One source inside the joined table, kept at its own rows: `runs` are the
 * runs it holds (ascending), each column has one value per such run, and
 * `rowOf[i]` is the row of joined run i in this source (-1 when absent).
 * Nothing is copied out to the joined runs: the CSV writer looks values up
 * through rowOf, the SQLite writer writes the source's rows as they are.
 */
export interface JoinedSource {
  source: string;
  runs: Float64Array;
  rowOf: Int32Array;
  columns: JoinedColumn[];
}

/** The joined table: every run of any source (ascending) and the sources in order. */
export interface JoinedTable {
  runs: Float64Array;
  sources: JoinedSource[];
}

/** Every column of the joined table, in source order. */
export function joinedColumns(table: JoinedTable): JoinedColumn[] {
  return table.sources.flatMap((s) => s.columns);
}
