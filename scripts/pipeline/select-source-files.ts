import { realpath } from 'node:fs/promises';
import path from 'node:path';
import { BuildError } from './build-error';
import { isInside } from './check-output-target';
import { expandSourceFiles, type ListFiles } from './expand-source-files';
import { messages } from './messages';
import type { SourceFileRef } from './read-root-source';
import type { SourceSpec } from './sources-config';

/** What choosing a source's files needs from outside. */
export interface SelectFilesDeps {
  listFiles?: ListFiles;
  /** The path with every link resolved; the path itself when that fails (tests use paths that do not exist). */
  realPath?: (file: string) => Promise<string>;
  log: (line: string) => void;
}

const realPathOnDisk = (file: string) => realpath(file).catch(() => path.resolve(file));

/**
 * The files of one source, in order: its patterns expanded, without any file
 * inside the output folder or its staging and previous folders (the build
 * never reads its own outputs back, whatever the glob), and each real file
 * once (a link or a second pattern to a file already listed, a symbolic-link
 * loop, are skipped and logged). Labels are relative to the sources file's
 * folder. A source left with no file is fatal.
 */
export async function selectSourceFiles(spec: SourceSpec, baseDir: string, outputFolders: readonly string[], deps: SelectFilesDeps): Promise<SourceFileRef[]> {
  const realPath = deps.realPath ?? realPathOnDisk;
  const outputs = await Promise.all(outputFolders.map(async (f) => [path.resolve(f), await realPath(f)]));
  const byReal = new Map<string, { path: string; label: string; aliases: string[] }>();
  for (const file of await expandSourceFiles(spec.files, baseDir, deps.listFiles)) {
    const label = fileLabel(file, baseDir);
    const real = await realPath(file);
    if (outputs.some((o) => o.some((dir) => isInside(file, dir) || isInside(real, dir)))) {
      deps.log(messages.skippedOutputFile(spec.name, label));
      continue;
    }
    const known = byReal.get(real);
    // One entry per real file, at its first place in the order, named by its own path when that was matched too.
    if (!known) byReal.set(real, { path: file, label, aliases: [] });
    else if (path.resolve(file) === real) byReal.set(real, { path: file, label, aliases: [...known.aliases, known.label] });
    else known.aliases.push(label);
  }
  const refs: SourceFileRef[] = [];
  for (const { path: file, label, aliases } of byReal.values()) {
    for (const alias of aliases) deps.log(messages.skippedSameFile(spec.name, alias, label));
    refs.push({ path: file, label });
  }
  if (refs.length === 0) {
    throw new BuildError({ kind: 'source-file-missing', file: baseDir, object: spec.name, message: messages.noFileOutsideOutput(spec.name), hint: messages.noFileOutsideOutputHint() });
  }
  return refs;
}

/** How a file is named in reports, the manifest and SQLite: relative to the sources file's folder (with `..` when outside), never absolute. */
export function fileLabel(file: string, baseDir: string): string {
  return path.relative(baseDir, file).split(path.sep).join('/');
}
