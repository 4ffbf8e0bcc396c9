import type { Column, Refusal } from '../table/column.js';
import type { BasketData } from './basket-data.js';
import { isBranchSelected, type BranchFilter } from './branch-filter.js';
import { toBranchInfo, type BranchInfo } from './branch-info.js';
import { decodeFixedLeaf } from './decode-fixed.js';
import { decodeText } from './decode-text.js';
import type { CheckedData } from './integrity.js';
import { loadBaskets, type BasketContext } from './load-baskets.js';
import { undecodable } from './open-tree.js';
import { isBranchPlan, planBranch, type BranchPlan } from './plan-branch.js';
import { readHints, readMessages } from './read-messages.js';
import { refusalReasons } from './refusal-reasons.js';
import { RootReadError } from './root-read-error.js';

/** The tree's branch objects and whether jsroot decoded them from checksum-verified bytes. */
export interface TreeBranches {
  objects: readonly Record<string, unknown>[];
  verified: boolean;
  noise: readonly string[];
}

/** Columns in branch order, the branches refused, and every basket checked. */
export interface BranchColumns {
  columns: Column[];
  refused: Refusal[];
  checked: CheckedData[];
}

const refusal = (plan: BranchPlan, reason: string): Refusal => ({ branch: plan.branch, rootType: plan.leaves.map((l) => l.rootType).join(':'), reason });

/** jsroot's branch object as a BranchInfo; an object that does not fit is an error naming the branch. */
function branchInfo(ctx: BasketContext, tree: TreeBranches, index: number): BranchInfo {
  const object = tree.objects[index];
  try {
    return toBranchInfo(object);
  } catch (error) {
    const detail = readMessages.jsrootSaid(readMessages.branchObject(index, (error as Error).message), tree.noise);
    throw undecodable(ctx.file, `${ctx.tree}: branch '${String(object.fName)}'`, tree.verified, detail);
  }
}

/** The columns of one planned branch decoded from its baskets, or the reason to refuse it. */
function decodeBranch(plan: BranchPlan, baskets: BasketData[], entries: number): Column[] | { basket: number; problem: string } | string {
  if (plan.layout.kind === 'text') {
    const leaf = plan.leaves[0];
    const text = decodeText(baskets, entries);
    if (!text.ok) return text;
    return [{ name: leaf.columnNames[0], rootType: leaf.rootType, title: leaf.title, unit: '', values: { kind: 'text', data: text.values } }];
  }
  const columns: Column[] = [];
  for (const leaf of plan.leaves) {
    const decoded = decodeFixedLeaf(leaf, baskets, entries);
    if (!decoded.ok) return decoded.reason;
    decoded.columns.forEach((values, k) => columns.push({ name: leaf.columnNames[k], rootType: leaf.rootType, title: leaf.title, unit: '', values }));
  }
  return columns;
}

/**
 * Reads the selected top-level branches from their checked basket bytes, one
 * branch at a time: plan, load and check its baskets, decode. What cannot be
 * read exactly is refused by branch; damaged data throws RootReadError.
 */
export async function readBranches(ctx: BasketContext, tree: TreeBranches, selection: BranchFilter): Promise<BranchColumns> {
  const out: BranchColumns = { columns: [], refused: [], checked: [] };
  for (let index = 0; index < tree.objects.length; index++) {
    if (!isBranchSelected(String(tree.objects[index].fName), selection)) continue;
    const info = branchInfo(ctx, tree, index);
    const plan = planBranch(info);
    if (!isBranchPlan(plan)) {
      out.refused.push(plan);
      continue;
    }
    if (info.entries !== ctx.treeEntries) {
      // A branch filled apart from its tree (added later, say): its entries are not the tree's.
      out.refused.push(refusal(plan, refusalReasons.otherEntries(info.entries, ctx.treeEntries)));
      continue;
    }
    const loaded = await loadBaskets(ctx, info, plan.layout);
    out.checked.push(...loaded.checked);
    const result = decodeBranch(plan, loaded.baskets, ctx.treeEntries);
    if (typeof result === 'string') out.refused.push(refusal(plan, result));
    else if (!Array.isArray(result)) throw textDamaged(ctx, plan, result);
    else out.columns.push(...result);
  }
  return out;
}

/** A char* entry that does not fit its slot: its offsets come from the basket key and offset table, so the file is taken for damaged. */
function textDamaged(ctx: BasketContext, plan: BranchPlan, at: { basket: number; problem: string }): RootReadError {
  const object = `branch '${plan.branch}' basket ${at.basket}`;
  return new RootReadError({ kind: 'corrupt', file: ctx.file, object, message: readMessages.layoutDamaged(at.problem), hint: readHints.copyAgainOrReport() });
}
