import type { ReportEntry } from '../../src/contract/data-contract';
import { matchesGlob } from '../root-reader/branch-filter';
import type { ReadTreeOptions, TreeTable } from '../root-reader/read-tree';
import type { Column } from '../table/column';
import { BuildError } from './build-error';
import { messages } from './messages';
import { ENTRY_KEY, type SourceSpec } from './sources-config';
import type { KeyedPart } from './source-table';
import { entryKeys, floatKeyReport, runFromPathKey, wholeKeys } from './source-keys';

export type { TreeTable };

/** The ROOT reader's signature (scripts/root-reader/read-tree.ts), injected so tests can fake it. */
export type ReadTree = (file: string, treePath: string, options?: ReadTreeOptions) => Promise<TreeTable>;

/** A file to read: its path on disk and the name used in reports. */
export interface SourceFileRef {
  path: string;
  label: string;
}

/** A file to read, with its bytes when already read (then handed to the reader, not read twice). */
export interface RootFileRef extends SourceFileRef {
  bytes?: Uint8Array;
}

export interface RootFileResult {
  label: string;
  entries: number;
  rootVersion: string;
  compression: string;
  /** Null for an empty tree (reported and skipped). */
  part: KeyedPart | null;
}

/**
 * Reads every file of a ROOT source with the injected reader, in order.
 * Refused branches, empty trees and data no checksum covers are
 * reported; a missing or non-integer key is fatal, naming the file, the tree
 * and the branches it has. The key is read even when `exclude` matches it.
 */
export async function readRootSource(
  spec: SourceSpec,
  files: readonly RootFileRef[],
  readTree: ReadTree,
  log: (line: string) => void,
  firstEntry = 0,
): Promise<{ files: RootFileResult[]; report: ReportEntry[] }> {
  const results: RootFileResult[] = [];
  const report: ReportEntry[] = [];
  let entryOffset = firstEntry;
  for (const ref of files) {
    log(messages.readingFile(spec.name, ref.label));
    const table = await readTree(ref.path, spec.tree, readOptions(spec, ref.bytes));
    log(messages.readFile(table.entries, table.columns.length, table.refused.length));
    report.push(...fileReport(spec, ref.label, table));
    const meta = { label: ref.label, entries: table.entries, rootVersion: table.rootVersion, compression: table.compression };
    if (table.entries === 0) {
      report.push({ kind: 'empty-tree', source: spec.name, file: ref.label, tree: spec.tree });
      results.push({ ...meta, part: null });
    } else if (spec.key === ENTRY_KEY || spec.runFromPath !== undefined) {
      const keys = spec.runFromPath !== undefined ? runFromPathKey(spec.runFromPath, ref.label, spec.tree, table.entries) : entryKeys(entryOffset, table.entries);
      results.push({ ...meta, part: keyedPart(table, keys, table.columns, ref.label) });
    } else {
      const key = table.columns.find((c) => c.name === spec.key) ?? (await readExcludedKey(spec, ref, readTree));
      const { column, keys } = checkedKey(table, key, spec, ref.label);
      if (column.values.kind === 'real') report.push(floatKeyReport(spec.name, ref.label, column));
      results.push({ ...meta, part: keyedPart(table, keys, table.columns.filter((c) => c !== column), ref.label) });
    }
    entryOffset += table.entries;
  }
  return { files: results, report };
}

function fileReport(spec: SourceSpec, file: string, table: TreeTable): ReportEntry[] {
  const report: ReportEntry[] = table.refused.map((r) => ({ kind: 'refused-branch', source: spec.name, file, branch: r.branch, rootType: r.rootType, reason: r.reason }));
  const unverified = table.unverified;
  if (unverified) report.push({ kind: 'unverified-integrity', source: spec.name, file, ...unverified });
  return report;
}

function readOptions(spec: SourceSpec, bytes: Uint8Array | undefined): ReadTreeOptions {
  const options: ReadTreeOptions = {};
  const keyBranch = spec.key !== ENTRY_KEY && spec.runFromPath === undefined;
  if (spec.include.length > 0 && keyBranch) options.include = spec.include.includes(spec.key) ? spec.include : [...spec.include, spec.key];
  else if (spec.include.length > 0) options.include = spec.include;
  if (spec.exclude.length > 0) options.exclude = spec.exclude;
  if (bytes) options.bytes = bytes;
  return options;
}

/** When `exclude` matches the key branch, reads the key alone (the key is never filtered out). */
async function readExcludedKey(spec: SourceSpec, ref: RootFileRef, readTree: ReadTree): Promise<Column | undefined> {
  if (!spec.exclude.some((pattern) => matchesGlob(spec.key, pattern))) return undefined;
  const keyOnly = await readTree(ref.path, spec.tree, ref.bytes ? { include: [spec.key], bytes: ref.bytes } : { include: [spec.key] });
  return keyOnly.columns.find((c) => c.name === spec.key);
}

/** The key values of a key branch: integers, or floating-point values that are all whole numbers; else fatal. */
function checkedKey(table: TreeTable, key: Column | undefined, spec: SourceSpec, label: string): { column: Column; keys: Float64Array } {
  const refusedKey = key ? undefined : table.refused.find((r) => r.branch === spec.key);
  if (refusedKey) {
    throw new BuildError({ kind: 'key-missing', file: label, object: `${spec.tree}/${spec.key}`, message: messages.keyRefused(label, spec.tree, spec.key, refusedKey.reason), hint: messages.keyRefusedHint() });
  }
  if (!key) {
    const have = [...table.columns.map((c) => c.name), ...table.refused.map((r) => `${r.branch} (refused)`)];
    throw new BuildError({ kind: 'key-missing', file: label, object: `${spec.tree}/${spec.key}`, message: messages.keyMissing(label, spec.tree, spec.key, have), hint: messages.keyMissingHint() });
  }
  if (key.values.kind === 'real') return { column: key, keys: wholeKeys(key.values.data, { file: label, tree: spec.tree, key: spec.key, where: (entry) => `entry ${entry}` }) };
  if (key.values.kind !== 'integer') {
    const message = key.values.kind === 'bigint' ? messages.keyTooWide(label, spec.tree, spec.key) : messages.keyNotInteger(label, spec.tree, spec.key, key.rootType);
    throw new BuildError({ kind: 'key-not-integer', file: label, object: `${spec.tree}/${spec.key}`, message, hint: messages.keyNotIntegerHint() });
  }
  return { column: key, keys: Float64Array.from(key.values.data) };
}

function keyedPart(table: TreeTable, keys: Float64Array, columns: Column[], label: string): KeyedPart {
  return {
    file: label,
    entries: table.entries,
    keys,
    origins: Array.from({ length: table.entries }, (_, entry) => ({ file: label, entry })),
    columns,
  };
}
