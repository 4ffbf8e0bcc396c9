import { LEAF_TYPES, LEAF_TYPE_NAMES, isLeafType, isWideInteger, type LeafType } from './leaf-types';
import { RootWriterSpecError, type SpecErrorContext } from './RootWriterSpecError';
import type { BasketLayout, BranchSpec, TreeSpec } from './spec';
import { specMessages } from './spec-messages';

const NAME = /^[A-Za-z_][A-Za-z0-9_]{0,199}$/;
const BASKET_LAYOUTS: readonly BasketLayout[] = ['records', 'last-in-tree', 'all-in-tree'];

/** Elements per entry of a branch: the product of its shape (1 for a scalar). */
export function elementsPerEntry(branch: BranchSpec): number {
  return (branch.shape ?? []).reduce((a, b) => a * b, 1);
}

/** Throws RootWriterSpecError unless every tree and branch can be written as given. */
export function validateTrees(trees: readonly TreeSpec[]): void {
  const seen = new Set<string>();
  for (const tree of trees) {
    if (!NAME.test(tree.name)) throw new RootWriterSpecError(specMessages.badName('tree', tree.name), { tree: tree.name });
    if (seen.has(tree.name)) throw new RootWriterSpecError(specMessages.duplicateTree(tree.name), { tree: tree.name });
    seen.add(tree.name);
    checkLatin1(`title of tree "${tree.name}"`, tree.title ?? '', { tree: tree.name });
    if (!Number.isSafeInteger(tree.entries) || tree.entries < 0)
      throw new RootWriterSpecError(specMessages.badEntries(tree.name, tree.entries), { tree: tree.name });
    const names = new Set<string>();
    for (const branch of tree.branches) {
      if (names.has(branch.name))
        throw new RootWriterSpecError(specMessages.duplicateBranch(tree.name, branch.name), { tree: tree.name, branch: branch.name });
      names.add(branch.name);
      validateBranch(tree, branch);
    }
  }
}

function validateBranch(tree: TreeSpec, branch: BranchSpec): void {
  const context = { tree: tree.name, branch: branch.name };
  if (!NAME.test(branch.name)) throw new RootWriterSpecError(specMessages.badName('branch', branch.name), context);
  if (!isLeafType(branch.type))
    throw new RootWriterSpecError(specMessages.badType(tree.name, branch.name, branch.type, LEAF_TYPE_NAMES), context);
  checkLatin1(`title of branch "${branch.name}"`, branch.title ?? '', context);
  const shape = branch.shape;
  if (shape !== undefined && (!Array.isArray(shape) || shape.length === 0 || !shape.every((d) => Number.isSafeInteger(d) && d > 0)))
    throw new RootWriterSpecError(specMessages.badShape(tree.name, branch.name, shape), context);
  if (branch.baskets !== undefined && !BASKET_LAYOUTS.includes(branch.baskets))
    throw new RootWriterSpecError(specMessages.badBasketLayout(tree.name, branch.name, branch.baskets, BASKET_LAYOUTS), context);
  const expected = tree.entries * elementsPerEntry(branch);
  if (branch.values.length !== expected)
    throw new RootWriterSpecError(specMessages.badLength(tree.name, branch.name, branch.values.length, expected), context);
  const bad = firstInvalidValue(branch.type, branch.values);
  if (bad >= 0)
    throw new RootWriterSpecError(specMessages.badValue(tree.name, branch.name, bad, branch.values[bad], branch.type), context);
}

/** Index of the first value that is not representable in `type`, or -1. */
export function firstInvalidValue(type: LeafType, values: ArrayLike<number> | ArrayLike<bigint>): number {
  const range = LEAF_TYPES[type].range;
  const wide = isWideInteger(type);
  if (range === undefined) {
    for (let i = 0; i < values.length; i++) if (typeof values[i] !== 'number') return i;
    return -1;
  }
  const [lo, hi] = range;
  const loN = Number(lo);
  const hiN = Number(hi);
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (typeof v === 'number') {
      // For 64-bit types hiN rounds up to 2^63 or 2^64, which is itself out of range.
      const ok = Number.isInteger(v) && v >= loN && (wide ? v < hiN : v <= hiN);
      if (!ok) return i;
    } else if (!wide || typeof v !== 'bigint' || v < lo || v > hi) return i;
  }
  return -1;
}

/** Throws unless `text` can be stored byte-for-byte as a ROOT string. */
export function checkLatin1(what: string, text: string, context: SpecErrorContext): void {
  if (!/^[\x00-\xff]*$/.test(text)) throw new RootWriterSpecError(specMessages.notLatin1(what, text), context);
}
