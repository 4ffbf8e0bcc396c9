import path from 'node:path';
import { DATA_FILES, MANIFEST_FORMAT } from '../../src/contract/data-contract';
import { BuildError } from './build-error';
import { messages } from './messages';

/** What the check needs to look at the output path (part of OutputFs). */
export interface OutputProbeFs {
  /** 'missing', 'file' (anything but a folder) or 'folder'. */
  kind(target: string): Promise<'missing' | 'file' | 'folder'>;
  list(dir: string): Promise<string[]>;
  readText(file: string): Promise<string>;
}

const OWN_FILES: readonly string[] = Object.values(DATA_FILES);

/**
 * Refuses (BuildError 'output-unsafe') an output path the build must not
 * replace: one that contains a protected path (the sources file, the working
 * directory), one that exists and is not a folder, or a non-empty folder that
 * is not a previous RunLens output set (a manifest.json of format
 * runlens-data/1 and nothing but the build's own files).
 */
export async function checkOutputTarget(outDir: string, protect: readonly string[], fs: OutputProbeFs): Promise<void> {
  const held = protect.find((p) => isInside(p, outDir));
  if (held !== undefined) throw unsafe(outDir, messages.outputHoldsInput(outDir, held));
  const kind = await fs.kind(outDir);
  if (kind === 'missing') return;
  if (kind === 'file') throw unsafe(outDir, messages.outputNotAFolder(outDir));
  const entries = (await fs.list(outDir)).sort();
  if (entries.length === 0) return;
  if (entries.every((e) => OWN_FILES.includes(e)) && (await hasOwnManifest(outDir, fs))) return;
  throw unsafe(outDir, messages.outputNotRunLens(outDir, entries));
}

/** True when `target` is `dir` itself or lies inside it. */
export function isInside(target: string, dir: string): boolean {
  const relative = path.relative(path.resolve(dir), path.resolve(target));
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

async function hasOwnManifest(outDir: string, fs: OutputProbeFs): Promise<boolean> {
  try {
    const manifest: unknown = JSON.parse(await fs.readText(path.join(outDir, DATA_FILES.manifest)));
    return typeof manifest === 'object' && manifest !== null && (manifest as { format?: unknown }).format === MANIFEST_FORMAT;
  } catch {
    return false;
  }
}

function unsafe(outDir: string, message: string): BuildError {
  return new BuildError({ kind: 'output-unsafe', file: outDir, message, hint: messages.outputUnsafeHint() });
}
