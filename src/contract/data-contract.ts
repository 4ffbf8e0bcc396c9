/**
 * The contract between the build (scripts/) and the browser (src/): what
 * `public/data/` holds. DESIGN.md §4 is the prose version; this file is the
 * typed one. Both sides import these types; neither imports the other's code.
 *
 * public/data/
 *   runlens.sqlite   tables: runs, columns, sources, build_report
 *   runlens.csv      the runs table as CSV (header = column names, empty = missing)
 *   manifest.json    DataManifest below
 */

/** File names inside the output folder. */
export const DATA_FILES = {
  sqlite: 'runlens.sqlite',
  csv: 'runlens.csv',
  manifest: 'manifest.json',
} as const;

export const MANIFEST_FORMAT = 'runlens-data/1';

/** SQL type of a column of `runs`. */
export type SqlType = 'INTEGER' | 'REAL' | 'TEXT';

/** One row of the `columns` table / one entry of `manifest.columns`. */
export interface ColumnMeta {
  /** Column name in `runs`: `run`, or `source.branch`, `source.branch[i]`, `source.branch.leaf`. */
  name: string;
  /** Source name, '' for the key column `run`. */
  source: string;
  sqlType: SqlType;
  /** ROOT leaf type (`Float_t`…), `csv` for CSV sources, `key` for `run`. */
  rootType: string;
  title: string;
  unit: string;
  /** False when some values lie beyond ±2^53: the browser's doubles are rounded. */
  exactInBrowser: boolean;
}

export interface SourceFileMeta {
  path: string;
  bytes: number;
  sha256: string;
  entries: number;
  /** ROOT version that wrote the file (e.g. `6.20/04`), '' for CSV. */
  rootVersion: string;
  /** e.g. `zlib-4`, `lz4-4`, `none`, `csv`. */
  compression: string;
}

/** One row of the `sources` table per file / one entry of `manifest.sources`. */
export interface SourceMeta {
  name: string;
  kind: 'root' | 'csv';
  /** Tree path inside the ROOT file(s), '' for CSV. */
  tree: string;
  /** Key branch or CSV column (default `run`). */
  key: string;
  /** How a key repeated inside this source is resolved. */
  duplicates: DuplicatePolicy;
  files: SourceFileMeta[];
  /** Entries read, over all files. */
  entries: number;
  /** Distinct runs after the duplicate policy. */
  runs: number;
}

export type DuplicatePolicy = 'last' | 'first' | 'fail';

/**
 * One finding of the build (a row of `build_report`). `kind` says which list
 * it belongs to; `detail` carries the structured part.
 */
export type ReportEntry =
  | { kind: 'partial-run'; run: number; presentIn: string[]; missingFrom: string[] }
  | {
      kind: 'repeated-run';
      source: string;
      run: number;
      /** Every occurrence, in read order. */
      occurrences: { file: string; entry: number }[];
      /** Index into occurrences of the one kept. */
      kept: number;
      /** Columns whose values differ between the occurrences. */
      differing: string[];
    }
  | { kind: 'refused-branch'; source: string; file: string; branch: string; rootType: string; reason: string }
  | { kind: 'empty-tree'; source: string; file: string; tree: string }
  | { kind: 'invalid-key'; source: string; file: string; entry: number; value: string; reason: string }
  | { kind: 'non-finite'; source: string; column: string; count: number; detail: string }
  /**
   * A file of which some data read carries no checksum (stored uncompressed, zstd, legacy 'CS', XZ
   * without CRC32): `baskets` of `basketsRead` baskets and `bytes` of `bytesRead` data bytes (as stored)
   * could only be checked for consistency, so a damaged byte there could change a value unnoticed.
   */
  | { kind: 'unverified-integrity'; source: string; file: string; baskets: number; basketsRead: number; bytes: number; bytesRead: number; detail: string }
  /** A CSV column stored as TEXT although most of its cells are numbers, with the cells that made it text. */
  | { kind: 'text-column'; source: string; file: string; column: string; examples: string[] };

export type ReportKind = ReportEntry['kind'];

export interface BuildReport {
  runs: number;
  columns: number;
  /** Runs per source after the duplicate policy. */
  perSource: { source: string; entries: number; runs: number }[];
  entries: ReportEntry[];
}

export interface OutputFileMeta {
  name: string;
  bytes: number;
  sha256: string;
}

/** manifest.json */
export interface DataManifest {
  format: typeof MANIFEST_FORMAT;
  /** ISO time of the build. */
  builtAt: string;
  /** The key column of `runs` (always `run`). */
  key: 'run';
  runs: number;
  files: OutputFileMeta[];
  columns: ColumnMeta[];
  sources: SourceMeta[];
  report: BuildReport;
}
