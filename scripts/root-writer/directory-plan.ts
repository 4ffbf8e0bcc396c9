/** What a directory holds, in the order its keys list names it. */
export type DirectoryEntry = { kind: 'directory'; index: number } | { kind: 'object'; index: number };

/** One directory of the file; index 0 is the top directory (path ''). */
export interface PlannedDirectory {
  /** `TPC/DCA`; '' for the top directory. */
  path: string;
  /** Last path segment ('' for the top directory). */
  name: string;
  /** Index of the parent directory; -1 for the top directory. */
  parent: number;
  entries: DirectoryEntry[];
}

/**
 * Lays out the directories implied by object paths (`TPC/DCA/dcaR` lives in
 * `TPC/DCA`, inside `TPC`): each directory appears when its first object or
 * subdirectory does, and lists its entries in that order. Object `i` of
 * `paths` is entry `{ kind: 'object', index: i }` of its directory. Paths are
 * assumed valid and unique (checked by the caller).
 */
export function planDirectories(paths: readonly string[]): PlannedDirectory[] {
  const dirs: PlannedDirectory[] = [{ path: '', name: '', parent: -1, entries: [] }];
  const byPath = new Map<string, number>([['', 0]]);
  const directoryOf = (dirPath: string): number => {
    const known = byPath.get(dirPath);
    if (known !== undefined) return known;
    const cut = dirPath.lastIndexOf('/');
    const parent = directoryOf(cut < 0 ? '' : dirPath.slice(0, cut));
    const index = dirs.length;
    dirs.push({ path: dirPath, name: dirPath.slice(cut + 1), parent, entries: [] });
    byPath.set(dirPath, index);
    dirs[parent].entries.push({ kind: 'directory', index });
    return index;
  };
  paths.forEach((path, index) => {
    const cut = path.lastIndexOf('/');
    dirs[directoryOf(cut < 0 ? '' : path.slice(0, cut))].entries.push({ kind: 'object', index });
  });
  return dirs;
}
