import type { Refusal } from '../table/column.js';
import type { BranchInfo, LeafInfo } from './branch-info.js';
import type { EntryLayout } from './basket-data.js';
import { leafType, PACKED_FLOAT_TYPES, rootTypeOf, type LeafValueKind } from './leaf-types.js';
import { refusalReasons } from './refusal-reasons.js';

/** How to turn one leaf into columns. */
export interface LeafPlan {
  leaf: string;
  rootType: string;
  kind: LeafValueKind;
  unsigned: boolean;
  /** Fixed dimensions, [] for a scalar. */
  dims: number[];
  /** One column name per value of an entry, in storage order. */
  columnNames: string[];
  title: string;
  /** Where the leaf's values start inside one entry of the basket, in bytes. */
  byteOffset: number;
  byteLength: number;
}

/** How to read one branch: its leaves and how its baskets lay out entries. */
export interface BranchPlan {
  branch: string;
  leaves: LeafPlan[];
  /** Fixed-size entries (every leaf but char*) of `entryBytes` bytes, or char* strings. */
  layout: EntryLayout;
}

/** Fixed dimensions from a leaf title such as `x[2][3]` (ROOT writes them there); [] for a scalar. */
export function leafDims(leaf: LeafInfo): number[] {
  return [...leaf.title.matchAll(/\[(\d+)\]/g)].map((m) => Number(m[1]));
}

/** The most values one entry of a leaf may hold: each becomes a column. */
export const MAX_LEAF_VALUES = 100_000;

const product = (dims: number[]) => dims.reduce((a, b) => a * b, 1);

/** `base`, `base[i]`, `base[i][j]`… for every value of an entry, row-major. */
export function elementNames(base: string, dims: number[]): string[] {
  let names = [base];
  for (const size of dims) {
    names = names.flatMap((name) => Array.from({ length: size }, (_, i) => `${name}[${i}]`));
  }
  return names;
}

/** True for a branch title that only specifies leaves: `x/D`, `x[3]/F`, `x/D:n/I`, `d/d[-1,1,10]`. */
export function isLeafListSpec(title: string): boolean {
  return title.split(':').every((part) => /^\w+(\[\w+\])*\/[A-Za-z](\[[^\]]*\])?$/.test(part));
}

/** The leaf or branch title when it says more than the name or the leaf-list spec, else ''. */
export function describeTitle(branch: BranchInfo, leaf: LeafInfo): string {
  const leafSays = leaf.title !== leaf.name && !leaf.title.startsWith(`${leaf.name}[`) ? leaf.title : '';
  const branchSays = branch.title !== branch.name && !isLeafListSpec(branch.title) ? branch.title : '';
  return leafSays || branchSays;
}

/** Why a leaf cannot be read, or undefined when it can. */
export function leafRefusal(leaf: LeafInfo, inLeafList: boolean): string | undefined {
  if (leaf.className in PACKED_FLOAT_TYPES) return refusalReasons.packedFloat(PACKED_FLOAT_TYPES[leaf.className]);
  const type = leafType(leaf.className);
  if (!type) return refusalReasons.unsupportedLeaf(leaf.className);
  if (leaf.hasCount) return refusalReasons.variableArray(leaf.title);
  if (type.kind === 'text' && inLeafList) return refusalReasons.textInLeafList();
  if (type.kind === 'text' && /\[/.test(leaf.title)) return refusalReasons.textArray(leaf.title);
  if (type.kind !== 'text' && leaf.lenType !== type.size) return refusalReasons.valueSize(rootTypeOf(leaf.className, leaf.isUnsigned), leaf.lenType, type.size);
  if (type.kind === 'text') return undefined;
  const values = product(leafDims(leaf));
  if (values > MAX_LEAF_VALUES) return refusalReasons.tooManyValues(leaf.title, MAX_LEAF_VALUES);
  // A damaged fLen must not make the plan name a billion columns: it must be what the title's dimensions give.
  if (leaf.len !== values) return refusalReasons.leafLength(leaf.title, leaf.len);
  return undefined;
}

function branchRefusal(branch: BranchInfo): string | undefined {
  if (branch.className !== 'TBranch') return refusalReasons.objectBranch(branch.className);
  if (branch.subBranches > 0) return refusalReasons.subBranches(branch.subBranches);
  if (branch.leaves.length === 0) return refusalReasons.noLeaves();
  return undefined;
}

function planLeaf(branch: BranchInfo, leaf: LeafInfo, byteOffset: number): LeafPlan {
  const type = leafType(leaf.className)!;
  const base = branch.leaves.length > 1 ? `${branch.name}.${leaf.name}` : branch.name;
  const dims = type.kind === 'text' ? [] : leafDims(leaf);
  return {
    leaf: leaf.name,
    rootType: rootTypeOf(leaf.className, leaf.isUnsigned),
    kind: type.kind,
    unsigned: leaf.isUnsigned,
    dims,
    columnNames: elementNames(base, dims),
    title: describeTitle(branch, leaf),
    byteOffset,
    byteLength: leaf.len * leaf.lenType,
  };
}

/** Decides how to read a branch, or why it is refused (the whole branch, by name). */
export function planBranch(branch: BranchInfo): BranchPlan | Refusal {
  const rootType = branch.leaves.map((l) => rootTypeOf(l.className, l.isUnsigned)).join(':') || branch.className;
  const refuse = (reason: string): Refusal => ({ branch: branch.name, rootType, reason });
  const whole = branchRefusal(branch);
  if (whole) return refuse(whole);
  const inLeafList = branch.leaves.length > 1;
  for (const leaf of branch.leaves) {
    const reason = leafRefusal(leaf, inLeafList);
    if (reason) return refuse(reason);
  }
  let offset = 0;
  const leaves = branch.leaves.map((leaf) => {
    const plan = planLeaf(branch, leaf, offset);
    offset += plan.byteLength;
    return plan;
  });
  const layout: EntryLayout = leaves[0].kind === 'text' ? { kind: 'text' } : { kind: 'fixed', entryBytes: offset };
  return { branch: branch.name, leaves, layout };
}

/** Type guard separating plans from refusals. */
export function isBranchPlan(value: BranchPlan | Refusal): value is BranchPlan {
  return 'leaves' in value;
}
