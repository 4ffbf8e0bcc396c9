import type { BranchInfo } from './branch-info.js';
import type { LoadedBasket } from './decode-int64.js';
import { readRecordPayload } from './record-payload.js';
import { RootReadError } from './root-read-error.js';

function corruptBranch(file: string, object: string, message: string): RootReadError {
  return new RootReadError({
    kind: 'corrupt', file, object, message,
    hint: 'Copy the file again from its source; its bytes differ from what ROOT wrote.',
  });
}

/**
 * Reads and checks every basket record of a branch (extent, key, compressed
 * blocks, entry count) and returns them with their decompressed data. Throws
 * 'truncated' or 'corrupt' naming the branch and the basket.
 */
export async function loadBaskets(bytes: Uint8Array, file: string, branch: BranchInfo, treeEntries: number): Promise<LoadedBasket[]> {
  const loaded: LoadedBasket[] = [];
  for (const ref of branch.baskets) {
    const object = `branch '${branch.name}' basket ${ref.index}`;
    const record = await readRecordPayload(bytes, { file, object, seek: ref.seek, nbytes: ref.bytes });
    if (record.key.nevBuf !== ref.entries) {
      throw corruptBranch(file, object, `the basket holds ${record.key.nevBuf} entries, the branch says ${ref.entries}.`);
    }
    loaded.push({ ref, record });
  }
  const stored = branch.baskets.reduce((sum, b) => sum + b.entries, 0);
  if (branch.embeddedBaskets === 0 && stored !== treeEntries) {
    throw corruptBranch(file, `branch '${branch.name}'`, `its baskets hold ${stored} entries, the tree has ${treeEntries}.`);
  }
  return loaded;
}
