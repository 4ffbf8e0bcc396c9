/**
 * The contract between the build (scripts/) and the browser (src/): what
 * `public/data/` holds. DESIGN.md §4 is the prose version; this file is the
 * typed one. Both sides import these types; neither imports the other's code.
 *
 * public/data/
 *   runlens.sqlite   tables: runs (run only: every run of the set), one data
 *                    table per source and group of at most MAX_TABLE_COLUMNS
 *                    columns (RUNS_TABLE_PREFIX + source + _ + group, from 1:
 *                    `runs_tpc_1`; run INTEGER PRIMARY KEY and that group's
 *                    columns, rows only for the runs that source holds),
 *                    columns (with table_name: where each column lives),
 *                    sources, build_report
 *   runlens.csv      the joined table as CSV (header = run and every column name, empty = missing)
 *   manifest.json    DataManifest below
 *   .runlens-set     the set's id (SET_MARKER): proof that the build wrote the folder
 *   cols/            one file per column of `columns`, in its order (ColumnFileMeta): the
 *                    browser reads a view's columns from these, without sql.js
 *   hist/            per-run QA histograms when the sources file has a `histograms` source
 *                    (index.json, report.json, <run>.json: src/contract/histogram-contract.ts)
 */

import type { HistogramReportEntry, HistogramReportKind } from './histogram-contract';

/** File names inside the output folder. */
export const DATA_FILES = {
  sqlite: 'runlens.sqlite',
  csv: 'runlens.csv',
  manifest: 'manifest.json',
} as const;

/** Subfolders of the output folder. */
export const DATA_FOLDERS = {
  /** One file per column (COLUMN_FILE_ENCODINGS), listed in the manifest's `columnFiles`. */
  columns: 'cols',
  /** The histogram set of the `histograms` source (index.json, report.json, <run>.json). */
  histograms: 'hist',
} as const;

/** Report kinds of the histogram source: `histograms-` and the histogram report's kind (`histograms-refused-file`…). */
export type HistogramFindingKind = `histograms-${HistogramReportKind}`;

/** runlens-data/3: set marker and `setId`; columns in per-source tables (`ColumnMeta.table`); one file per column (`columnFiles`). */
export const MANIFEST_FORMAT = 'runlens-data/3';

/** The table listing every run of the set (its only column is `run`). */
export const RUNS_TABLE = 'runs';

/** Data tables are named `runs_<source>_<group>` (group from 1). */
export const RUNS_TABLE_PREFIX = 'runs_';

/**
 * Most data columns in one table, besides `run` (SQLite allows 2,000 columns
 * per table; half of that keeps rows and statements small).
 */
export const MAX_TABLE_COLUMNS = 1000;

/**
 * Formats of output sets written by earlier versions of the build, which a
 * build still recognises as its own in the output folder (so an upgrade is
 * not refused) and replaces. The browser reads only MANIFEST_FORMAT.
 * runlens-data/1: no set marker, no `setId`. runlens-data/2: no column files.
 */
export const LEGACY_MANIFEST_FORMATS: readonly string[] = ['runlens-data/1', 'runlens-data/2'];

/**
 * File in every output set (and in its staging folder, written first) holding
 * the set's id, a random 32-digit hex string also recorded as
 * `DataManifest.setId`. The build deletes or moves a folder only when this
 * marker proves it wrote it.
 */
export const SET_MARKER = '.runlens-set';

/**
 * The column a long-format (`pivot`) source makes of one name: the value
 * column's name, then the name in square brackets — `counts[CINT7-B-NOPF]`,
 * so `source.counts[CINT7-B-NOPF]` once joined. Inside the brackets a
 * backslash, `[` and `]` are written with a backslash before them (`\\`,
 * `\[`, `\]`) and a control character (U+0000–U+001F, U+007F) as `\xHH`
 * (two lower-case hex digits), so the name can be read back unambiguously
 * and never holds a control character. Everything else is kept as it is.
 * A name of digits only reads like an array element (`counts[3]`); any other
 * is written quoted in an expression (src/expr: `` `trg.counts[CINT7-B]` ``).
 */
export function pivotColumnName(valueColumn: string, name: string): string {
  const escaped = name.replace(/[\\[\]\u0000-\u001f\u007f]/g, (c) => (c === '\\' || c === '[' || c === ']' ? `\\${c}` : `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`));
  return `${valueColumn}[${escaped}]`;
}

/** SQL type of a column of `runs`. */
export type SqlType = 'INTEGER' | 'REAL' | 'TEXT';

/** One row of the `columns` table / one entry of `manifest.columns`. */
export interface ColumnMeta {
  /** Column name: `run`, or `source.branch`, `source.branch[i]`, `source.branch.leaf`. */
  name: string;
  /** The table holding it (`table_name` in SQLite): RUNS_TABLE for `run`, else a data table such as `runs_tpc_1`. */
  table: string;
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
  /** Key branch or CSV column (default `run`); `$entry` for entry numbers, `$path` for runs taken from the file paths (`runFromPath`). */
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
      /** Columns whose values differ between the occurrences: the first REPORT_LIST_CAP of them. */
      differing: string[];
      /** How many columns differ in all. */
      differingCount: number;
      /** Set only in a report example whose occurrences were cut to REPORT_LIST_CAP: how many there are. */
      occurrenceCount?: number;
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
  | { kind: 'text-column'; source: string; file: string; column: string; examples: string[] }
  /** A run (key) outside the sources file's `runRange` (default [1, 2^31-1]): kept as it is, reported. Not checked for `"key": "$entry"`. */
  | { kind: 'run-out-of-range'; source: string; run: number; file: string; entry: number; range: [number, number] }
  /**
   * A value that looks like a 32-bit counter gone round (within 2^20 above 2^32, or within 2^20 below it, a
   * negative number read as unsigned) in a column whose other values are all below 2^24: kept as it is, reported.
   */
  | { kind: 'wrapped-value'; source: string; column: string; run: number; value: number; detail: string }
  /** Cells holding a value the source declares as missing (`"missing"` in the sources file), stored as NULL: how many, per value. */
  | { kind: 'sentinel'; source: string; column: string; count: number; values: { value: number; count: number }[] }
  /** A key read from a floating-point branch or written as a decimal in a CSV, accepted because every value is a whole number. */
  | { kind: 'float-key'; source: string; file: string; column: string; rootType: string; count: number }
  /** A row of a long-format (`pivot`) source left out: its name or value is missing, or its name is empty. */
  | { kind: 'pivot-skipped-row'; source: string; file: string; entry: number; reason: string }
  /** A (run, name) pair repeated in a long-format source: every occurrence, and the one kept by the source's `duplicates` policy. */
  | { kind: 'pivot-repeated-cell'; source: string; run: number; name: string; occurrences: { file: string; entry: number }[]; kept: number; occurrenceCount?: number }
  /** Columns of a long-format source other than the key, the name and the value: not read (the first REPORT_LIST_CAP, and how many). */
  | { kind: 'pivot-ignored-columns'; source: string; columns: string[]; count: number }
  /**
   * A finding of the `histograms` source (a missing file or histogram, a refused file with its reason…), as
   * hist/report.json holds it; never fatal.
   */
  | { kind: HistogramFindingKind; source: string; finding: HistogramReportEntry };

export type ReportKind = ReportEntry['kind'];

/** Examples kept per kind and source in manifest.json and the console summary; also the longest list inside one example. */
export const REPORT_LIST_CAP = 20;

/** How many findings of one kind one source has ('' for findings of no single source, e.g. partial-run). */
export interface ReportCount {
  kind: ReportKind;
  source: string;
  count: number;
}

/**
 * The report as manifest.json holds it: counts and examples, bounded in size
 * whatever the data. The full list (every finding) is the `build_report`
 * table of runlens.sqlite.
 */
export interface BuildReport {
  runs: number;
  columns: number;
  /** Runs per source after the duplicate policy. */
  perSource: { source: string; entries: number; runs: number }[];
  /** Every (kind, source) with findings, in order of first finding. */
  counts: ReportCount[];
  /** The first REPORT_LIST_CAP findings of each kind and source, long lists inside cut to REPORT_LIST_CAP. */
  examples: ReportEntry[];
}

export interface OutputFileMeta {
  name: string;
  bytes: number;
  sha256: string;
}

/**
 * How a column file holds its column, one value per run of `runs` (run
 * ascending), all numbers little-endian:
 * - `f64` (INTEGER and REAL columns, and `run`): one float64 per run, NaN for
 *   missing (SQLite's NULL; SQLite keeps no NaN). 64-bit integers beyond
 *   ±2^53 hold the nearest double, as sql.js reads them.
 * - `codes` (TEXT columns): a uint32 byte length L, then L bytes of UTF-8
 *   JSON, an array of the distinct texts of the column, then zero bytes up to
 *   a multiple of 4, then one uint32 per run: an index into that array, or
 *   its length for missing.
 */
export const COLUMN_FILE_ENCODINGS = { INTEGER: 'f64', REAL: 'f64', TEXT: 'codes' } as const satisfies Record<SqlType, string>;

export type ColumnFileEncoding = (typeof COLUMN_FILE_ENCODINGS)[SqlType];

/** One column's file: `cols/<i>.<encoding>`, i its index in `columns`. */
export interface ColumnFileMeta extends OutputFileMeta {
  /** The column's name, as in `columns`. */
  column: string;
  encoding: ColumnFileEncoding;
}

/** The path of column i's file inside the set. */
export function columnFileName(index: number, encoding: ColumnFileEncoding): string {
  return `${DATA_FOLDERS.columns}/${index}.${encoding}`;
}

/** A subfolder of the output set (e.g. per-run histogram files), with what it holds. */
export interface OutputFolderMeta {
  name: string;
  /** Files inside, at any depth. */
  files: number;
  /** Their total size. */
  bytes: number;
}

/** manifest.json */
export interface DataManifest {
  format: typeof MANIFEST_FORMAT;
  /** The set's id, as in its SET_MARKER file. */
  setId: string;
  /** ISO time of the build. */
  builtAt: string;
  /** The key column of `runs` (always `run`). */
  key: 'run';
  runs: number;
  /** The files at the top of the set, but manifest.json and the marker. */
  files: OutputFileMeta[];
  /** Subfolders of the set ([] when none). */
  folders: OutputFolderMeta[];
  columns: ColumnMeta[];
  /** One file per column, in the order of `columns`. */
  columnFiles: ColumnFileMeta[];
  sources: SourceMeta[];
  report: BuildReport;
}
