import type { ReportEntry } from '../../src/contract/data-contract';
import type { ReadTreeOptions, TreeTable } from '../root-reader/read-tree';
import { BuildError } from './build-error';
import { messages } from './messages';
import type { SourceSpec } from './sources-config';
import type { KeyedPart } from './source-table';

export type { TreeTable };

/** The ROOT reader's signature (scripts/root-reader/read-tree.ts), injected so tests can fake it. */
export type ReadTree = (file: string, treePath: string, options?: ReadTreeOptions) => Promise<TreeTable>;

/** A file to read: its path on disk and the name used in reports. */
export interface SourceFileRef {
  path: string;
  label: string;
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
 * Refused branches and empty trees are reported; a missing or non-integer
 * key is fatal, naming the file, the tree and the branches it has.
 */
export async function readRootSource(
  spec: SourceSpec,
  files: readonly SourceFileRef[],
  readTree: ReadTree,
  log: (line: string) => void,
): Promise<{ files: RootFileResult[]; report: ReportEntry[] }> {
  const results: RootFileResult[] = [];
  const report: ReportEntry[] = [];
  for (const ref of files) {
    log(messages.readingFile(spec.name, ref.label));
    const table = await readTree(ref.path, spec.tree, readOptions(spec));
    log(messages.readFile(table.entries, table.columns.length, table.refused.length));
    for (const r of table.refused) {
      report.push({ kind: 'refused-branch', source: spec.name, file: ref.label, branch: r.branch, rootType: r.rootType, reason: r.reason });
    }
    const meta = { label: ref.label, entries: table.entries, rootVersion: table.rootVersion, compression: table.compression };
    if (table.entries === 0) {
      report.push({ kind: 'empty-tree', source: spec.name, file: ref.label, tree: spec.tree });
      results.push({ ...meta, part: null });
    } else {
      results.push({ ...meta, part: splitKey(table, spec, ref.label) });
    }
  }
  return { files: results, report };
}

function readOptions(spec: SourceSpec): ReadTreeOptions {
  const options: ReadTreeOptions = {};
  if (spec.include.length > 0) options.include = spec.include.includes(spec.key) ? spec.include : [...spec.include, spec.key];
  if (spec.exclude.length > 0) options.exclude = spec.exclude;
  return options;
}

function splitKey(table: TreeTable, spec: SourceSpec, label: string): KeyedPart {
  const key = table.columns.find((c) => c.name === spec.key);
  if (!key) {
    const have = [...table.columns.map((c) => c.name), ...table.refused.map((r) => `${r.branch} (refused)`)];
    throw new BuildError({ kind: 'key-missing', file: label, object: `${spec.tree}/${spec.key}`, message: messages.keyMissing(label, spec.tree, spec.key, have), hint: messages.keyMissingHint() });
  }
  if (key.values.kind !== 'integer') {
    const message = key.values.kind === 'bigint' ? messages.keyTooWide(label, spec.tree, spec.key) : messages.keyNotInteger(label, spec.tree, spec.key, key.rootType);
    throw new BuildError({ kind: 'key-not-integer', file: label, object: `${spec.tree}/${spec.key}`, message, hint: messages.keyNotIntegerHint() });
  }
  return {
    file: label,
    entries: table.entries,
    keys: Float64Array.from(key.values.data),
    origins: Array.from({ length: table.entries }, (_, entry) => ({ file: label, entry })),
    columns: table.columns.filter((c) => c !== key),
  };
}
