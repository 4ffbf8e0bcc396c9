import type { JsrootDirectory, JsrootFile, JsrootKey } from './open-root-file.js';
import { readHints, readMessages } from './read-messages.js';
import { checkRecordExtent } from './record-payload.js';
import { RootReadError } from './root-read-error.js';

/** Key classes the reader reads as trees. */
export const TREE_CLASSES: readonly string[] = ['TTree', 'TNtuple', 'TNtupleD'];

/** `TTree 'events', TList 'StreamerInfo'` — what a directory holds, for messages. */
export function describeKeys(keys: JsrootKey[]): string {
  const names = keys
    .filter((k) => !(k.fClassName === 'TList' && k.fName === 'StreamerInfo'))
    .map((k) => `${k.fClassName} '${k.fName}'`);
  return names.length > 0 ? names.join(', ') : 'nothing';
}

/** The highest cycle of `name` in the directory. */
function findKey(dir: JsrootDirectory, name: string): JsrootKey | undefined {
  return dir.fKeys
    .filter((k) => k.fName === name)
    .reduce<JsrootKey | undefined>((best, k) => (!best || k.fCycle > best.fCycle ? k : best), undefined);
}

function checkKeys(bytes: Uint8Array, file: string, dir: JsrootDirectory): void {
  for (const key of dir.fKeys) {
    checkRecordExtent(bytes, { file, object: `${key.fClassName} '${key.fName}'`, seek: key.fSeekKey, nbytes: key.fNbytes });
  }
}

function lookupError(kind: 'missing-tree' | 'not-a-tree', file: string, path: string, message: string): RootReadError {
  return new RootReadError({
    kind, file, object: path, message,
    hint: readHints.checkTreePath(),
  });
}

/**
 * Walks `dir1/dir2/tree` through the file's directories to the tree's key.
 * Throws 'missing-tree' (naming what the directory holds), 'not-a-tree'
 * (naming the class found) or 'truncated' (a key beyond the end of the file).
 */
export async function findTreeKey(rootFile: JsrootFile, bytes: Uint8Array, file: string, treePath: string): Promise<JsrootKey> {
  const parts = treePath.split('/').filter((p) => p !== '');
  let dir: JsrootDirectory = rootFile;
  for (let i = 0; i < parts.length; i++) {
    checkKeys(bytes, file, dir);
    const where = i === 0 ? 'the file' : `directory '${parts.slice(0, i).join('/')}'`;
    const key = findKey(dir, parts[i]);
    if (!key) throw lookupError('missing-tree', file, treePath, readMessages.noObject(parts[i], where, describeKeys(dir.fKeys)));
    const last = i === parts.length - 1;
    if (last && !TREE_CLASSES.includes(key.fClassName)) {
      throw lookupError('not-a-tree', file, treePath, readMessages.notATree(parts[i], where, key.fClassName));
    }
    if (last) return key;
    if (!key.fClassName.startsWith('TDirectory')) {
      throw lookupError('not-a-tree', file, treePath, readMessages.notADirectory(parts[i], where, key.fClassName));
    }
    dir = await rootFile.readDirectory(parts.slice(0, i + 1).join('/'));
  }
  throw lookupError('missing-tree', file, treePath, readMessages.emptyTreePath());
}
