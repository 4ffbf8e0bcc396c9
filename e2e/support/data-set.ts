/**
 * Alternative data sets for browser tests, built by the project's own
 * pipeline (the `npm run build:data` code path) in a temporary folder.
 *
 *   const set = await buildDataSet({
 *     tpc: { kind: 'root', tree: { name: 'tpcQA', entries: 3, branches: [{ name: 'run', type: 'Int_t', values: [1, 2, 3] }, …] } },
 *     rct: { kind: 'csv', text: 'run,period\n1,LHC18b\n2,\n3,(missing)\n' },
 *   });
 *   set.files   // runlens.sqlite, runlens.csv, manifest.json and cols/<i>.<encoding> as built
 *   set.rows    // runlens.csv parsed (empty cell = missing), for expected counts
 *   await serveDataSet(page, set.files);  // see serve-data-set.ts
 *
 * Source names become column prefixes (`tpc.meanMIP`, `rct.period`), so a
 * set reusing the demo's names is shown by the bundled views. For tampered
 * sets, withFile() swaps one file and relisted() makes the manifest list the
 * files' new sizes and hashes (so a check past the byte check is reached).
 */
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DATA_FILES, type DataManifest } from '../../src/contract/data-contract';
import type { ReadTree } from '../../scripts/pipeline/read-root-source';
import { runBuildCli } from '../../scripts/pipeline/run-build-cli';
import { writeRootFile, type TreeSpec } from '../../scripts/root-writer/write-root-file';
import { parseRunsCsv, type CsvRow } from './expected-counts';

/** One source of a test data set: CSV text (header with `run`), or one ROOT tree keyed by its `run` branch. */
export type SourceInput = { kind: 'csv'; text: string } | { kind: 'root'; tree: TreeSpec };

/** The files the app fetches from data/, by name. */
export type DataFiles = ReadonlyMap<string, Uint8Array>;

/** A built data set: its files and its runlens.csv rows. */
export interface DataSet {
  files: DataFiles;
  rows: CsvRow[];
}

/** Builds `sources` (source name → input) with the pipeline; throws with the build's own messages when it refuses. */
export async function buildDataSet(sources: Record<string, SourceInput>): Promise<DataSet> {
  const dir = await mkdtemp(path.join(tmpdir(), 'runlens-e2e-'));
  try {
    const entries = [];
    for (const [name, input] of Object.entries(sources)) {
      const file = `${name}.${input.kind}`;
      await writeFile(path.join(dir, file), input.kind === 'csv' ? input.text : writeRootFile([input.tree]));
      entries.push(input.kind === 'csv' ? { name, kind: 'csv', files: file } : { name, kind: 'root', files: file, tree: input.tree.name });
    }
    const sourcesFile = path.join(dir, 'sources.json');
    await writeFile(sourcesFile, JSON.stringify({ output: 'out', sources: entries }));
    const errors: string[] = [];
    const io = { out: () => undefined, err: (line: string) => errors.push(line), readTree, clock: () => new Date('2026-01-01T00:00:00Z') };
    const code = await runBuildCli(['--sources', sourcesFile], io);
    if (code !== 0) throw new Error(`build:data refused the test data set (exit ${code}):\n${errors.join('\n')}`);
    const files = new Map<string, Uint8Array>();
    for (const name of Object.values(DATA_FILES)) files.set(name, new Uint8Array(await readFile(path.join(dir, 'out', name))));
    for (const { name } of manifestOf(files).columnFiles) files.set(name, new Uint8Array(await readFile(path.join(dir, 'out', name))));
    return { files, rows: parseRunsCsv(new TextDecoder().decode(files.get(DATA_FILES.csv)), `test data set ${DATA_FILES.csv}`) };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** The ROOT reader, loaded on first use as build-data.ts does. */
const readTree: ReadTree = async (file, tree, options) => (await import('../../scripts/root-reader/read-tree')).readTree(file, tree, options);

/** A copy of `files` with `name` holding `bytes` (the manifest untouched: it still lists the old size and hash). */
export function withFile(files: DataFiles, name: string, bytes: Uint8Array): DataFiles {
  return new Map(files).set(name, bytes);
}

/** The parsed manifest.json of `files`. */
export function manifestOf(files: DataFiles): DataManifest {
  return JSON.parse(new TextDecoder().decode(files.get(DATA_FILES.manifest))) as DataManifest;
}

/**
 * A copy of `files` whose manifest lists each file's present size and
 * sha256, after `edit` changed the manifest (e.g. to list a column the
 * database lacks); a tampered file then passes the byte checks.
 */
export function relisted(files: DataFiles, edit: (manifest: DataManifest) => void = () => undefined): DataFiles {
  const manifest = manifestOf(files);
  edit(manifest);
  const present = <T extends { name: string; bytes: number; sha256: string }>(entry: T): T => {
    const bytes = files.get(entry.name);
    return bytes ? { ...entry, bytes: bytes.length, sha256: sha256(bytes) } : entry;
  };
  manifest.files = manifest.files.map(present);
  manifest.columnFiles = manifest.columnFiles.map(present);
  return withFile(files, DATA_FILES.manifest, new TextEncoder().encode(JSON.stringify(manifest)));
}

/** SHA-256 of `bytes`, lower-case hex (as the manifest lists it). */
export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}
