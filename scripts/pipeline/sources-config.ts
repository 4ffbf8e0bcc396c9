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
}

export const DEFAULT_OUTPUT = '../public/data';
export const DEFAULT_KEY = 'run';
/** 1 GiB: far above any trending file, far below what would exhaust memory. */
export const DEFAULT_MAX_FILE_BYTES = 2 ** 30;
export const DUPLICATE_POLICIES: readonly DuplicatePolicy[] = ['last', 'first', 'fail'];
export const SOURCE_KINDS: readonly SourceSpec['kind'][] = ['root', 'csv'];
export const SOURCE_NAME_PATTERN = /^[A-Za-z][A-Za-z0-9_]*$/;
