import type { Column, Refusal } from '../table/column.js';
import type { BranchInfo } from './branch-info.js';
import { decodeInt64, type LoadedBasket } from './decode-int64.js';
import { columnsOf, leafColumns } from './leaf-columns.js';
import type { BranchPlan } from './plan-branch.js';
import { readWithJsroot, type JsrootBranch, type JsrootRead } from './read-with-jsroot.js';
import { refusalReasons } from './refusal-reasons.js';
import { readHints, readMessages } from './read-messages.js';
import { RootReadError } from './root-read-error.js';

/** A branch the reader means to read: its plan, its description, jsroot's object and its checked baskets. */
export interface PlannedBranch {
  plan: BranchPlan;
  info: BranchInfo;
  object: unknown;
  baskets: LoadedBasket[];
}

/** Columns per branch name, and the branches refused while reading. */
export interface BranchColumns {
  columns: Map<string, Column[]>;
  refused: Refusal[];
}

/** Reads entries of branches with jsroot; injected so tests can stand in for jsroot. */
export type JsrootReader = (tree: unknown, branches: JsrootBranch[]) => Promise<JsrootRead>;

const refusal = (b: PlannedBranch, reason: string): Refusal => ({
  branch: b.plan.branch,
  rootType: b.plan.leaves.map((l) => l.rootType).join(':'),
  reason,
});

/** jsroot's values per branch; branches jsroot refuses are dropped into `refused`. */
async function jsrootValues(file: string, tree: unknown, branches: PlannedBranch[], refused: Refusal[], reader: JsrootReader): Promise<Map<string, unknown[]>> {
  let pending: JsrootBranch[] = branches.map((b) => ({ name: b.plan.branch, object: b.object }));
  while (pending.length > 0) {
    const read = await reader(tree, pending);
    if (read.ok) return read.values;
    if ('lost' in read) {
      throw new RootReadError({ kind: 'corrupt', file, object: 'tree', message: readMessages.jsrootLost(read.detail), hint: readHints.copyAgain() });
    }
    if (read.branch === '') {
      throw new RootReadError({ kind: 'unreadable', file, object: 'tree', message: readMessages.jsrootFailed(read.detail), hint: readHints.report() });
    }
    refused.push(refusal(branches.find((b) => b.plan.branch === read.branch)!, refusalReasons.jsrootFailed(read.detail)));
    pending = pending.filter((b) => b.name !== read.branch);
  }
  return new Map();
}

/** All columns of one branch, or the reason it is refused. */
function branchColumns(b: PlannedBranch, values: unknown[]): Column[] | string {
  const columns: Column[] = [];
  const isLeafList = b.plan.leaves.length > 1;
  for (const leaf of b.plan.leaves) {
    if (leaf.kind === 'int64') {
      const decoded = decodeInt64(leaf, b.plan.entryBytes, b.baskets);
      if (!decoded.ok) return decoded.reason;
      columns.push(...columnsOf(leaf, decoded.columns));
      continue;
    }
    const entries = isLeafList ? values.map((v) => (v as Record<string, unknown>)?.[leaf.leaf]) : values;
    const result = leafColumns(leaf, entries);
    if (!result.ok) return result.reason;
    columns.push(...result.columns);
  }
  return columns;
}

/**
 * Reads the planned branches: 64-bit integer leaves from their basket bytes,
 * everything else through jsroot. A branch whose values cannot be trusted is
 * refused as a whole, never returned with wrong values.
 */
export async function readBranches(
  file: string, tree: unknown, branches: PlannedBranch[], entries: number, reader: JsrootReader = readWithJsroot,
): Promise<BranchColumns> {
  const refused: Refusal[] = [];
  const viaJsroot = entries > 0 ? branches.filter((b) => b.plan.viaJsroot) : [];
  const values = await jsrootValues(file, tree, viaJsroot, refused, reader);
  const columns = new Map<string, Column[]>();
  for (const b of branches) {
    if (refused.some((r) => r.branch === b.plan.branch)) continue;
    const got = values.get(b.plan.branch) ?? [];
    const result = b.plan.viaJsroot && got.length !== entries
      ? refusalReasons.jsrootFailed(`${got.length} entries returned for ${entries}`)
      : branchColumns(b, got);
    if (typeof result === 'string') refused.push(refusal(b, result));
    else columns.set(b.plan.branch, result);
  }
  return { columns, refused };
}
