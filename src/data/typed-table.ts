/**
 * The browser's columnar table: one typed array per column, one slot per run,
 * rows in `runs` order (run ascending). Missing numbers are NaN; a missing
 * category is null, apart from every text (a value spelled `(missing)` too).
 */

/**
 * A category's identity: its value as text, or null when the value is
 * missing. Plain JSON, so filter clauses holding it fit in a URL; never a
 * display label (charts show missing as a styled marker no text can imitate).
 */
export type CategoryValue = string | null;

/** A numeric column (INTEGER or REAL in SQLite). NaN = missing. */
export interface NumericColumn {
  kind: 'numeric';
  name: string;
  values: Float64Array;
}

/** A categorical column: codes index into `dictionary` (values sorted; null, missing, last when present). */
export interface CategoricalColumn {
  kind: 'categorical';
  name: string;
  codes: Uint32Array;
  dictionary: CategoryValue[];
}

export type TypedColumn = NumericColumn | CategoricalColumn;

/**
 * Columns read for one view, by column name and by how they were read: a
 * column one chart plots as numbers and another counts as categories is in
 * both maps. `run` is always in `numbers`.
 */
export interface TypedTable {
  size: number;
  run: Float64Array;
  numbers: Map<string, NumericColumn>;
  categories: Map<string, CategoricalColumn>;
}

/** How a column should be read: as numbers or as categories. */
export type ReadAs = 'numeric' | 'categorical';

/** One column to read, and how. */
export interface ReadRequest {
  name: string;
  readAs: ReadAs;
}

/** The numeric column `name`, or undefined when it was not read as numbers. */
export function numericColumn(table: TypedTable, name: string): NumericColumn | undefined {
  return table.numbers.get(name);
}

/** The categorical column `name`, or undefined when it was not read as categories. */
export function categoricalColumn(table: TypedTable, name: string): CategoricalColumn | undefined {
  return table.categories.get(name);
}
