import type { BranchInfo } from './branch-info.js';
import type { LoadedBasket } from './decode-int64.js';
import { readHints, readMessages } from './read-messages.js';
import { readRecordPayload } from './record-payload.js';
import { RootReadError } from './root-read-error.js';
import { textBasketProblem } from './text-basket-check.js';

function corruptBranch(file: string, object: string, message: string): RootReadError {
  return new RootReadError({ kind: 'corrupt', file, object, message, hint: readHints.copyAgain() });
}

/** A branch of one char* leaf: jsroot reads its entries through the basket's entry offsets. */
const isTextBranch = (branch: BranchInfo) => branch.leaves.length === 1 && branch.leaves[0].className === 'TLeafC';

/**
 * Reads and checks every basket record of a branch (extent, key, compressed
 * blocks, entry count, char* entry layout) and returns them with their decompressed data. Throws
 * 'truncated' or 'corrupt' naming the branch and the basket.
 */
export async function loadBaskets(bytes: Uint8Array, file: string, branch: BranchInfo, treeEntries: number): Promise<LoadedBasket[]> {
  const loaded: LoadedBasket[] = [];
  for (const ref of branch.baskets) {
    const object = `branch '${branch.name}' basket ${ref.index}`;
    const record = await readRecordPayload(bytes, { file, object, seek: ref.seek, nbytes: ref.bytes });
    if (record.key.nevBuf !== ref.entries) {
      throw corruptBranch(file, object, readMessages.basketEntries(record.key.nevBuf, ref.entries));
    }
    const textProblem = isTextBranch(branch) ? textBasketProblem(record.payload, record.key) : undefined;
    if (textProblem) throw corruptBranch(file, object, readMessages.damagedText(textProblem));
    loaded.push({ ref, record });
  }
  const stored = branch.baskets.reduce((sum, b) => sum + b.entries, 0);
  if (branch.embeddedBaskets === 0 && stored !== treeEntries) {
    throw corruptBranch(file, `branch '${branch.name}'`, readMessages.branchEntries(stored, treeEntries));
  }
  return loaded;
}
