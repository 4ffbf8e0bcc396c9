import path from 'node:path';
import { glob } from 'tinyglobby';
import { BuildError } from './build-error';
import { messages } from './messages';

/** Lists the files matching one pattern (absolute paths, sorted). */
export type ListFiles = (pattern: string, baseDir: string) => Promise<string[]>;

/** Lists the files of a glob, or the file itself for a plain path that exists, using tinyglobby. */
export const listFilesOnDisk: ListFiles = async (pattern, baseDir) => {
  const found = await glob(pattern, {
    cwd: baseDir,
    absolute: true,
    onlyFiles: true,
    expandDirectories: false,
  });
  return found.map((f) => path.resolve(f)).sort();
};

/**
 * Expands a source's `files` (paths or globs, in order) into absolute paths,
 * keeping the listed order and dropping repeats. A pattern that matches
 * nothing is fatal.
 */
export async function expandSourceFiles(patterns: readonly string[], baseDir: string, listFiles: ListFiles = listFilesOnDisk): Promise<string[]> {
  const out = new Set<string>();
  for (const pattern of patterns) {
    const found = await listFiles(pattern, baseDir);
    if (found.length === 0) {
      const file = path.resolve(baseDir, pattern);
      throw new BuildError({
        kind: 'source-file-missing',
        file,
        message: messages.noFileMatches(pattern, baseDir),
        hint: messages.noFileMatchesHint(),
      });
    }
    for (const f of found) out.add(f);
  }
  return [...out];
}

