import type { SourceFileMeta } from '../../src/contract/data-contract';
import type { Column } from '../table/column';

/** Where one entry of a source table came from. */
export interface EntryOrigin {
  file: string;
  /** Entry index inside that file (ROOT entry, or CSV data row counted from 0). */
  entry: number;
}

/**
 * One source read into memory: the key of every entry, where each entry came
 * from, and the other columns (one value per entry, in read order).
 */
export interface SourceTable {
  source: string;
  /** Key (run) per entry, always an integer within ±2^53. */
  keys: Float64Array;
  /** Where each entry came from (for repeat reports); the build empties it once repeats are resolved. */
  origins: EntryOrigin[];
  /** Every column but the key, named as inside the source. */
  columns: Column[];
  files: SourceFileMeta[];
}

/** A source file as read, before concatenation. */
export interface FilePart {
  file: string;
  entries: number;
  columns: Column[];
}

/** A file read with its key column split off. */
export interface KeyedPart extends FilePart {
  /** Key per kept entry. */
  keys: Float64Array;
  origins: EntryOrigin[];
}
