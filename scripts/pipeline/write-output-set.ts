import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { BuildError } from './build-error';
import { checkOutputTarget, type OutputProbeFs } from './check-output-target';
import { messages } from './messages';

/** The file operations the output writer needs (injectable, to test faults). */
export interface OutputFs extends OutputProbeFs {
  mkdir(dir: string): Promise<void>;
  writeFile(file: string, bytes: Uint8Array): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  remove(target: string): Promise<void>;
  exists(target: string): Promise<boolean>;
}

export const nodeOutputFs: OutputFs = {
  mkdir: async (dir) => void (await mkdir(dir, { recursive: true })),
  writeFile: (file, bytes) => writeFile(file, bytes),
  rename: (from, to) => rename(from, to),
  remove: (target) => rm(target, { recursive: true, force: true }),
  exists: (target) => stat(target).then(() => true, () => false),
  kind: (target) => stat(target).then((s) => (s.isDirectory() ? 'folder' : 'file'), () => 'missing' as const),
  list: (dir) => readdir(dir),
  readText: (file) => readFile(file, 'utf8'),
};

/** The staging and previous folders next to an output folder (`public/.data-staging`, `public/.data-previous`). */
export function sidePaths(outDir: string): { staging: string; previous: string } {
  const parent = path.dirname(outDir);
  const base = path.basename(outDir);
  return { staging: path.join(parent, `.${base}-staging`), previous: path.join(parent, `.${base}-previous`) };
}

/**
 * Finishes or undoes a swap interrupted by a crash: a lone previous folder
 * becomes the output again; a previous folder beside a complete output is
 * removed; a staging folder is removed.
 */
export async function recoverOutputSet(outDir: string, fs: OutputFs = nodeOutputFs): Promise<void> {
  const { staging, previous } = sidePaths(outDir);
  if (await fs.exists(previous)) {
    if (await fs.exists(outDir)) await fs.remove(previous);
    else await fs.rename(previous, outDir);
  }
  await fs.remove(staging);
}

/**
 * Writes a set of files as one: into a staging folder next to `outDir`, then
 * swapped in by renames. Refuses first (BuildError 'output-unsafe', nothing
 * touched) an output path that is not a new, empty or previous RunLens output
 * folder, or that contains one of `protect` (the sources file, the working
 * directory). On any write failure the previous set stays as it was, the
 * staging folder is removed and a BuildError ('output-not-writable') is thrown.
 */
export async function writeOutputSet(
  outDir: string,
  files: { name: string; bytes: Uint8Array }[],
  fs: OutputFs = nodeOutputFs,
  protect: readonly string[] = [],
): Promise<void> {
  const { staging, previous } = sidePaths(outDir);
  await recoverOutputSet(outDir, fs).catch((cause: unknown) => {
    throw notWritable(outDir, cause);
  });
  await checkOutputTarget(outDir, protect, fs);
  try {
    await fs.mkdir(staging);
    for (const f of files) await fs.writeFile(path.join(staging, f.name), f.bytes);
  } catch (cause) {
    await fs.remove(staging).catch(() => undefined);
    throw notWritable(outDir, cause);
  }
  await swapIn(outDir, staging, previous, fs);
}

async function swapIn(outDir: string, staging: string, previous: string, fs: OutputFs): Promise<void> {
  const hadOutput = await fs.exists(outDir);
  try {
    if (hadOutput) await fs.rename(outDir, previous);
    await fs.rename(staging, outDir);
  } catch (cause) {
    await recoverOutputSet(outDir, fs).catch(() => undefined);
    throw notWritable(outDir, cause);
  }
  await fs.remove(previous);
}

function notWritable(outDir: string, cause: unknown): BuildError {
  const detail = cause instanceof Error ? cause.message : String(cause);
  return new BuildError({ kind: 'output-not-writable', file: outDir, message: messages.outputNotWritable(outDir, detail), hint: messages.outputNotWritableHint() }, { cause });
}
