import { readMessages } from './read-messages.js';

/** The parts of jsroot's TTree object the reader relies on, checked. */
export interface TreeShape {
  entries: number;
  /** jsroot's branch objects, each an object with a string fName. */
  branches: Record<string, unknown>[];
}

type Loose = Record<string, unknown>;
const isObject = (v: unknown): v is Loose => typeof v === 'object' && v !== null;
const describe = (v: unknown) => (v === null ? 'null' : v === undefined ? 'missing' : typeof v === 'object' ? 'an object' : String(v));

/** Entries a branch says it holds: fEntries, or failing that, whether it has baskets at all. */
function heldEntries(branch: Loose): number {
  if (typeof branch.fEntries === 'number' && branch.fEntries > 0) return branch.fEntries;
  const written = typeof branch.fWriteBasket === 'number' ? branch.fWriteBasket : 0;
  const kept = isObject(branch.fBaskets) && Array.isArray(branch.fBaskets.arr)
    ? branch.fBaskets.arr.reduce((n: number, b: unknown) => n + (isObject(b) && typeof b.fNevBuf === 'number' ? b.fNevBuf : 0), 0)
    : 0;
  return written > 0 || kept > 0 ? Math.max(kept, written) : 0;
}

/**
 * Checks the TTree object jsroot returned: an entry count (a damaged
 * StreamerInfo can make jsroot return a tree without one), a list of branch
 * objects with names, and, for a tree of 0 entries, branches that hold none
 * either (a tree whose branches promise entries must not read as empty).
 * Returns the shape, or a sentence saying what is wrong.
 */
export function checkTreeObject(tree: unknown): TreeShape | string {
  if (!isObject(tree)) return readMessages.treeNotObject();
  const entries = tree.fEntries;
  if (typeof entries !== 'number' || !Number.isSafeInteger(entries) || entries < 0) return readMessages.treeEntries(describe(entries));
  const list = tree.fBranches;
  if (!isObject(list) || !Array.isArray(list.arr)) return readMessages.treeBranches();
  const branches: Loose[] = [];
  for (const [index, branch] of list.arr.entries()) {
    if (!isObject(branch)) return readMessages.branchObject(index, `it is ${describe(branch)}`);
    if (typeof branch.fName !== 'string') return readMessages.branchObject(index, `its name is ${describe(branch.fName)}`);
    branches.push(branch);
  }
  if (entries === 0) {
    const holding = branches.find((b) => heldEntries(b) > 0);
    if (holding) return readMessages.emptyTreeHolds(holding.fName as string, heldEntries(holding));
  }
  return { entries, branches };
}
