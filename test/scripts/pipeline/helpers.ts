/** Small builders for the pipeline tests: columns, tree tables, a fake reader, temp folders. */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Column } from '../../../scripts/table/column';
import type { ReadTree, TreeTable } from '../../../scripts/pipeline/read-root-source';
import type { SourceTable } from '../../../scripts/pipeline/source-table';
import type { SourceSpec, SourcesConfig } from '../../../scripts/pipeline/sources-config';
import { DATA_FILES } from '../../../src/contract/data-contract';
import { buildData, type BuildDeps, type BuildOutputs } from '../../../scripts/pipeline/build-data';
import { withOutputSet } from '../../../scripts/pipeline/open-output-set';

export const real = (name: string, values: number[], rootType = 'Double_t'): Column => ({
  name, rootType, title: '', unit: '', values: { kind: 'real', data: Float64Array.from(values) },
});

export const int = (name: string, values: number[], rootType = 'Int_t'): Column => ({
  name, rootType, title: '', unit: '', values: { kind: 'integer', data: Float64Array.from(values) },
});

export const text = (name: string, values: (string | null)[]): Column => ({
  name, rootType: 'char*', title: '', unit: '', values: { kind: 'text', data: values },
});

export const big = (name: string, values: (bigint | null)[]): Column => ({
  name, rootType: 'Long64_t', title: '', unit: '', values: { kind: 'bigint', data: values },
});

export function tree(file: string, columns: Column[], extra: Partial<TreeTable> = {}): TreeTable {
  const entries = columns[0]?.values.data.length ?? 0;
  const integrity = { baskets: 0, basketsUnverified: 0, bytes: 0, bytesUnverified: 0, byCause: {}, recordsUnverified: [] };
  return { file, tree: 'T', entries, columns, refused: [], rootVersion: '6.30/02', compression: 'zlib-1', integrity, ...extra };
}

/** A readTree that serves tables by file path and records its calls. */
export function fakeReadTree(tables: Record<string, TreeTable>): ReadTree & { calls: { file: string; tree: string; options: unknown }[] } {
  const calls: { file: string; tree: string; options: unknown }[] = [];
  const readTree = async (file: string, treePath: string, options?: unknown) => {
    calls.push({ file, tree: treePath, options });
    const table = tables[file];
    if (!table) throw new Error(`fake reader has no ${file}`);
    return table;
  };
  return Object.assign(readTree, { calls });
}

export function rootSpec(name: string, files: string[], extra: Partial<SourceSpec> = {}): SourceSpec {
  return { name, kind: 'root', files, tree: 'T', key: 'run', duplicates: 'last', include: [], exclude: [], missing: [], maxPivotColumns: 1000, ...extra };
}

export function csvSpec(name: string, files: string[], extra: Partial<SourceSpec> = {}): SourceSpec {
  return { name, kind: 'csv', files, tree: '', key: 'run', duplicates: 'last', include: [], exclude: [], missing: [], maxPivotColumns: 1000, ...extra };
}

/** Runs fn with a fresh temp folder, removed afterwards. */
export async function withTempDir<T>(fn: (dir: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'runlens-pipeline-'));
  try {
    return await fn(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Captures a thrown error (sync or async) for field-by-field assertions. */
export async function caught(fn: () => unknown): Promise<unknown> {
  try {
    await fn();
  } catch (error) {
    return error;
  }
  throw new Error('expected a throw');
}

/**
 * Runs buildData into a real output set in a temp folder and reads the set
 * back: the outputs plus `files` (runlens.sqlite, runlens.csv, manifest.json
 * as written), in that order.
 */
export async function buildToDisk(config: SourcesConfig, deps: BuildDeps): Promise<BuildOutputs & { files: { name: string; bytes: Uint8Array }[] }> {
  return withTempDir(async (dir) => {
    const out = path.join(dir, 'out');
    let outputs: BuildOutputs | undefined;
    await withOutputSet(out, {}, async (set) => {
      outputs = await buildData(config, deps, set);
      return outputs.manifestBytes;
    });
    const names = [DATA_FILES.sqlite, DATA_FILES.csv, DATA_FILES.manifest];
    const files = await Promise.all(names.map(async (name) => ({ name, bytes: new Uint8Array(await readFile(path.join(out, name))) })));
    return { ...outputs!, files };
  });
}

/** A source table with one entry per key (keys ascending for joinOnRun), entries numbered from 0 in `${name}.root`. */
export function sourceTable(name: string, keys: number[], columns: Column[]): SourceTable {
  return { source: name, keys: Float64Array.from(keys), origins: keys.map((_, entry) => ({ file: `${name}.root`, entry })), columns, files: [] };
}
