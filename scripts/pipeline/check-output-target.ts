import path from 'node:path';
import { BuildError } from './build-error';
import { messages } from './messages';
import type { OutputFs } from './output-fs';
import { probeSetFolder, type FolderState, type SetSlot } from './probe-set-folder';

/** The folders of one output path: `public/data`, `public/.data-staging`, `public/.data-previous`. */
export type OutputPaths = Record<SetSlot, string>;

/** What each folder of an output path is, as found by checkOutputTarget. */
export type OutputStates = Record<SetSlot, FolderState>;

/** The staging and previous folders next to an output folder. */
export function sidePaths(outDir: string): OutputPaths {
  const parent = path.dirname(outDir);
  const base = path.basename(outDir);
  return { output: outDir, staging: path.join(parent, `.${base}-staging`), previous: path.join(parent, `.${base}-previous`) };
}

/**
 * Refuses (BuildError 'output-unsafe', nothing touched) an output path the
 * build must not write: one that contains a protected path (the sources
 * file, the working directory), an output path that is not a folder or is a
 * non-empty folder the build did not write, and a staging or previous folder
 * beside it that the build did not write (a user's folder of that name).
 * Returns what each of the three folders is, for the recovery.
 */
export async function checkOutputTarget(outDir: string, protect: readonly string[], fs: OutputFs): Promise<OutputStates> {
  const held = protect.find((p) => isInside(p, outDir));
  if (held !== undefined) throw unsafe(outDir, messages.outputHoldsInput(outDir, held), messages.outputUnsafeHint());
  const paths = sidePaths(outDir);
  const states: OutputStates = {
    output: await probeSetFolder(paths.output, 'output', fs),
    staging: await probeSetFolder(paths.staging, 'staging', fs),
    previous: await probeSetFolder(paths.previous, 'previous', fs),
  };
  const output = states.output;
  if (output.kind === 'foreign') {
    const kind = await fs.kind(outDir);
    const message = kind === 'folder' ? messages.outputNotOurs(outDir, output.why) : messages.outputNotAFolder(outDir);
    throw unsafe(outDir, message, messages.outputUnsafeHint());
  }
  for (const slot of ['staging', 'previous'] as const) {
    const state = states[slot];
    if (state.kind === 'foreign') throw unsafe(paths[slot], messages.folderNotOurs(paths[slot], slot, state.why), messages.folderNotOursHint(paths[slot]));
  }
  return states;
}

/** True when `target` is `dir` itself or lies inside it. */
export function isInside(target: string, dir: string): boolean {
  const relative = path.relative(path.resolve(dir), path.resolve(target));
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

function unsafe(file: string, message: string, hint: string): BuildError {
  return new BuildError({ kind: 'output-unsafe', file, message, hint });
}
