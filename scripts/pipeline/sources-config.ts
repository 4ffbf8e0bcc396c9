import type { DuplicatePolicy } from '../../src/contract/data-contract';

/** One entry of `sources` in the sources file, defaults filled in. */
export interface SourceSpec {
  name: string;
  kind: 'root' | 'csv';
  /** Paths or globs, relative to the sources file's folder. */
  files: string[];
  /** Tree path inside the ROOT file(s); '' for CSV. */
  tree: string;
  key: string;
  duplicates: DuplicatePolicy;
  include: string[];
  exclude: string[];
  /**
   * Sentinel values stored as missing, per column glob (`*` for every column
   * of the source): `"missing": [-999]` is `[{ columns: '*', values: [-999] }]`.
   */
  missing: MissingRule[];
  /** Long format: rows (run, name, value) become columns `value[name]`; undefined for a wide source. */
  pivot?: PivotSpec;
  /** Most distinct pivot names (columns) one source may make. */
  maxPivotColumns: number;
  /** ROOT, one entry per file: the run is the one capture group of this regex over the file's path (relative, `/`). */
  runFromPath?: string;
  /** CSV only: the column names of a CSV without header line (every line is data). */
  columns?: string[];
}

/** Values of the columns matching a glob that mean "no value" (e.g. -999). */
export interface MissingRule {
  columns: string;
  values: number[];
}

/** Which column of a long-format source holds the name of the column to make, and which its value. */
export interface PivotSpec {
  name: string;
  value: string;
}

/**
 * A source of kind `histograms`: per-run QA files (one ROOT file per run)
 * whose histograms the build writes as jsroot JSON into the set's `hist/`
 * folder (scripts/histograms). At most one per sources file.
 */
export interface HistogramSourceSpec {
  name: string;
  kind: 'histograms';
  /** Paths or globs of the per-run files, relative to the sources file's folder. */
  files: string[];
  /** Regular expression with one capture group giving the run number from a file's path (relative to the sources file's folder). */
  runFromPath: string;
  /** Histogram paths or patterns inside a run's file (`TPC/*`, `ITS/**`, `TPC/DCA/dcaR`). */
  histograms: string[];
}

/** The sources file, validated and normalised. */
export interface SourcesConfig {
  /** Absolute path of the sources file itself. */
  file: string;
  /** Folder that relative paths are resolved against. */
  baseDir: string;
  /** Absolute output folder. */
  output: string;
  /** Largest input file read, in bytes (a bigger one is refused by name). */
  maxFileBytes: number;
  /** Plausible run numbers, both ends included: a key outside is reported ('run-out-of-range'), never changed. */
  runRange: [number, number];
  sources: SourceSpec[];
  /** The per-run histogram source, when the file has one. */
  histograms?: HistogramSourceSpec;
}

export const DEFAULT_OUTPUT = '../public/data';
export const DEFAULT_KEY = 'run';
/** 1 GiB: far above any trending file, far below what would exhaust memory. */
export const DEFAULT_MAX_FILE_BYTES = 2 ** 30;
export const DUPLICATE_POLICIES: readonly DuplicatePolicy[] = ['last', 'first', 'fail'];
export const SOURCE_KINDS: readonly SourceSpec['kind'][] = ['root', 'csv'];
export const SOURCE_NAME_PATTERN = /^[A-Za-z][A-Za-z0-9_]*$/;
/** Key meaning "the entry number, counted from 0 across the files of the source". */
export const ENTRY_KEY = '$entry';
/** SourceMeta.key of a source whose run comes from its file paths (runFromPath). */
export const PATH_KEY = '$path';
/** Positive and within a signed 32-bit Int_t: every ALICE run number, and no wrapped counter. */
export const DEFAULT_RUN_RANGE: readonly [number, number] = [1, 2 ** 31 - 1];
export const DEFAULT_MAX_PIVOT_COLUMNS = 1000;
