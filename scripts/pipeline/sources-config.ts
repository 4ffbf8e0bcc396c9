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
