import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { DATA_FILES } from '../../src/contract/data-contract';
import { runBuildCli } from '../pipeline/run-build-cli';
import { readTree } from '../root-reader/read-tree';
import { isRootReadError } from '../root-reader/root-read-error';
import type { FuzzTarget } from './fuzz-targets';
import { applyMutation, type Mutation } from './mutation';

/** What one build of a damaged copy did, as plain data for the classifier. */
export interface CaseFacts {
  exitCode: number;
  /** What the build printed as its error. */
  errorLines: string[];
  /** The RootReadError the reader threw, if it threw one. */
  readError?: { kind: string; file: string; object: string };
  /** Exit 0: runlens.csv and the manifest's columns equal those of the undamaged file's build. */
  sameAsClean: boolean;
  /** Exit 0: the manifest reports unverified-integrity for the source. */
  unverifiedReported: boolean;
  /** The output folder holds after the build exactly what it held before (expected of every failed build). */
  outputsKept: boolean;
  /** Console output and lost promise rejections while the build ran (none expected: jsroot's words go into errors). */
  noise: string[];
}

/** One target set up in a work folder: its undamaged bytes and what their build wrote. */
export interface PreparedTarget {
  target: FuzzTarget;
  source: string;
  input: string;
  sources: string;
  out: string;
  original: Uint8Array;
  clean: { exitCode: number; csv: string; columns: string };
}

const SOURCE = 'fz';
const BUILT_AT = new Date(Date.UTC(2024, 0, 1));

/** Every file of a folder with a hash of its content ('' when the folder does not exist). */
async function folderState(dir: string): Promise<string> {
  const names = await readdir(dir).catch(() => [] as string[]);
  const hash = createHash('sha256');
  for (const name of names.sort()) hash.update(name).update(await readFile(path.join(dir, name)).catch(() => Buffer.from('?')));
  return hash.digest('hex');
}

/** The outputs compared with the clean build: the CSV and the manifest's columns. */
async function comparable(out: string): Promise<{ csv: string; columns: string; manifest: unknown }> {
  const csv = await readFile(path.join(out, DATA_FILES.csv), 'utf8').catch(() => '');
  const manifest = JSON.parse(await readFile(path.join(out, DATA_FILES.manifest), 'utf8').catch(() => 'null')) as { columns?: unknown } | null;
  return { csv, columns: JSON.stringify(manifest?.columns ?? null), manifest };
}

/** True when some object inside `value` is an unverified-integrity report entry of `source`. */
function reports(value: unknown, source: string): boolean {
  if (Array.isArray(value)) return value.some((v) => reports(v, source));
  if (value === null || typeof value !== 'object') return false;
  const o = value as Record<string, unknown>;
  if (o.kind === 'unverified-integrity' && o.source === source) return true;
  return Object.values(o).some((v) => reports(v, source));
}

/** Runs the build CLI in this process on the target's input, with console and lost rejections captured. */
async function build(t: Pick<PreparedTarget, 'sources' | 'out'>): Promise<{ exitCode: number; errorLines: string[]; readError?: CaseFacts['readError']; noise: string[] }> {
  const errorLines: string[] = [];
  const noise: string[] = [];
  let readError: CaseFacts['readError'];
  const levels = ['log', 'info', 'warn', 'error', 'debug'] as const;
  const saved = levels.map((l) => console[l]);
  levels.forEach((l) => { console[l] = (...args: unknown[]) => { noise.push(`console.${l}: ${args.map(String).join(' ')}`); }; });
  const onLost = (reason: unknown) => noise.push(`unhandled rejection: ${String(reason)}`);
  process.on('unhandledRejection', onLost);
  try {
    const exitCode = await runBuildCli(['--sources', t.sources, '--out', t.out], {
      out: () => undefined,
      err: (line) => errorLines.push(line),
      clock: () => BUILT_AT,
      readTree: async (file, tree, options) => {
        try {
          return await readTree(file, tree, options);
        } catch (error) {
          if (isRootReadError(error)) readError = { kind: error.kind, file: error.file, object: error.object };
          throw error;
        }
      },
    });
    return { exitCode, errorLines, noise, ...(readError ? { readError } : {}) };
  } finally {
    levels.forEach((l, i) => { console[l] = saved[i]; });
    process.removeListener('unhandledRejection', onLost);
  }
}

/** Sets a target up in `dir`: its sources file, the undamaged input and the clean build's outputs. */
export async function prepareTarget(target: FuzzTarget, rootFiles: string, dir: string): Promise<PreparedTarget> {
  await mkdir(dir, { recursive: true });
  const original = new Uint8Array(await readFile(path.join(rootFiles, target.file)));
  const input = path.join(dir, path.basename(target.file));
  const sources = path.join(dir, 'sources.json');
  const out = path.join(dir, 'out');
  await writeFile(sources, JSON.stringify({ output: 'out', sources: [{ name: SOURCE, kind: 'root', files: path.basename(target.file), tree: target.tree, key: target.key }] }));
  await writeFile(input, original);
  const { exitCode } = await build({ sources, out });
  const { csv, columns } = await comparable(out);
  return { target, source: SOURCE, input, sources, out, original, clean: { exitCode, csv, columns } };
}

/** Builds the damaged copy of a prepared target and says what happened. */
export async function runCase(t: PreparedTarget, mutation: Mutation): Promise<CaseFacts> {
  await writeFile(t.input, applyMutation(t.original, mutation));
  const before = await folderState(t.out);
  const result = await build(t);
  const after = await folderState(t.out);
  const written = result.exitCode === 0 ? await comparable(t.out) : undefined;
  return {
    ...result,
    sameAsClean: written !== undefined && t.clean.exitCode === 0 && written.csv === t.clean.csv && written.columns === t.clean.columns,
    unverifiedReported: written !== undefined && reports(written.manifest, t.source),
    outputsKept: before === after,
  };
}
