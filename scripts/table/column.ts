/**
 * The build's in-memory column: one value per entry (a source table) or per run
 * (the joined table). Missing is NaN for the numeric kinds and null otherwise,
 * so zero and missing stay distinct all the way to SQLite (NULL) and CSV (empty).
 */
export type ColumnValues =
  /** Floating point (Float_t, Double_t, CSV decimals). NaN = missing. */
  | { kind: 'real'; data: Float64Array }
  /** Integers exactly representable as doubles (|v| ≤ 2^53). NaN = missing. */
  | { kind: 'integer'; data: Float64Array }
  /** 64-bit integers of which some lie beyond ±2^53. null = missing. */
  | { kind: 'bigint'; data: (bigint | null)[] }
  /** Text (char* leaves, CSV text). null = missing. */
  | { kind: 'text'; data: (string | null)[] };

export type ColumnKind = ColumnValues['kind'];

/** One named column with what the data contract needs to describe it. */
export interface Column {
  /** Name inside its source: `branch`, `branch[i]`, `branch[i][j]`, `branch.leaf`, or a CSV header. */
  name: string;
  /** ROOT type of the leaf (`Float_t`, `Long64_t`, `char*`…), or `csv` for CSV sources. */
  rootType: string;
  /** Title of the branch or leaf (ROOT's fTitle), '' when none. */
  title: string;
  /** Unit when known, '' otherwise. */
  unit: string;
  values: ColumnValues;
}

/** A branch (or CSV column) the reader would not read, with why. */
export interface Refusal {
  branch: string;
  rootType: string;
  reason: string;
}
