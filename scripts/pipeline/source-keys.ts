import type { ReportEntry } from '../../src/contract/data-contract';
import type { Column } from '../table/column';
import { EXACT_DOUBLE_LIMIT } from '../table/safe-integer';
import { BuildError } from './build-error';
import { clip } from './clip-text';
import { messages } from './messages';

/** `"key": "$entry"`: the entry numbers of one file, continuing from `offset` (the entries of the source's earlier files). */
export function entryKeys(offset: number, entries: number): Float64Array {
  return Float64Array.from({ length: entries }, (_, i) => offset + i);
}

/** Where a key value sits, for the error naming a non-whole one. */
export interface KeyPlace {
  file: string;
  tree: string;
  key: string;
  /** `entry 3` (ROOT) or `line 4` (CSV). */
  where: (index: number) => string;
}

/** True when `v` can be a run number: a whole number within ±2^53. */
export function isWholeKey(v: number): boolean {
  return Number.isInteger(v) && Math.abs(v) <= Number(EXACT_DOUBLE_LIMIT);
}

/**
 * Floating-point key values accepted as runs when every one is a whole
 * number within ±2^53; the first that is not (NaN included) is fatal,
 * naming the file, the entry and the value.
 */
export function wholeKeys(values: Float64Array, place: KeyPlace): Float64Array {
  const bad = values.findIndex((v) => !isWholeKey(v));
  if (bad >= 0) throw notWhole(place, bad, String(values[bad]));
  return values.slice();
}

export function notWhole(place: KeyPlace, index: number, value: string): BuildError {
  return new BuildError({
    kind: 'key-not-integer',
    file: place.file,
    object: `${place.tree ? `${place.tree}/` : ''}${place.key} ${place.where(index)}`,
    message: messages.keyNotWhole(place.file, place.tree, place.key, place.where(index), clip(value)),
    hint: messages.keyNotWholeHint(),
  });
}

/** The 'float-key' finding of a floating-point key branch whose values were all whole. */
export function floatKeyReport(source: string, file: string, key: Column): ReportEntry {
  return { kind: 'float-key', source, file, column: key.name, rootType: key.rootType, count: key.values.data.length };
}

/**
 * `runFromPath`: the run of a per-run file, the regex's capture group over
 * its path (relative to the sources file, `/` separated). A path that does
 * not match, a capture that is not a whole number, or a tree with other than
 * one entry is fatal.
 */
export function runFromPathKey(regex: string, label: string, tree: string, entries: number): Float64Array {
  const captured = new RegExp(regex, 'u').exec(label)?.[1];
  const run = captured !== undefined && /^[+-]?\d+$/.test(captured) ? Number(captured) : NaN;
  if (!isWholeKey(run)) {
    throw new BuildError({ kind: 'run-from-path', file: label, object: 'runFromPath', message: messages.runFromPathNoMatch(label, regex), hint: messages.runFromPathHint() });
  }
  if (entries !== 1) {
    throw new BuildError({ kind: 'run-from-path', file: label, object: tree, message: messages.runFromPathEntries(label, tree, entries), hint: messages.runFromPathEntriesHint() });
  }
  return Float64Array.of(run);
}
