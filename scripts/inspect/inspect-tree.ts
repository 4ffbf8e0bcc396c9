import { toBranchInfo } from '../root-reader/branch-info';
import { captureConsole } from '../root-reader/capture-console';
import type { UnverifiedIntegrity } from '../root-reader/integrity';
import type { JsrootFile } from '../root-reader/open-root-file';
import { isBranchPlan, planBranch } from '../root-reader/plan-branch';
import { readTree } from '../root-reader/read-tree';
import { keyCandidates, type KeyCandidate } from './key-candidates';

/** One top-level branch and what the build does with it: the columns it becomes, or why it is refused. */
export type BranchReport =
  | { name: string; rootType: string; columns: string[] }
  | { name: string; rootType: string; refused: string };

/** A tree as the build sees it (only the highest cycle of a name is read in full). */
export interface TreeReport {
  entries: number | null;
  branches: BranchReport[];
  keyCandidates: KeyCandidate[];
  unverified?: UnverifiedIntegrity;
  /** Why the build would refuse the file for this tree; the branches are then only planned. */
  error?: string;
}

type Loose = Record<string, unknown>;
const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Each branch's plan from jsroot's TTree object: column names or a refusal. */
function plannedBranches(tree: Loose): BranchReport[] {
  const objects = ((tree.fBranches as { arr?: unknown[] } | undefined)?.arr ?? []);
  return objects.map((object, index) => {
    try {
      const plan = planBranch(toBranchInfo(object));
      if (!isBranchPlan(plan)) return { name: plan.branch, rootType: plan.rootType, refused: plan.reason };
      return { name: plan.branch, rootType: plan.leaves.map((l) => l.rootType).join(':'), columns: plan.leaves.flatMap((l) => l.columnNames) };
    } catch (error) {
      return { name: `#${index}`, rootType: '?', refused: errorText(error) };
    }
  });
}

/**
 * What the build would make of the tree at `path;cycle`: each branch's plan,
 * then, for the cycle the build reads, the outcome of the build's own reader
 * (refusals found while reading, key candidates, what no checksum covers, or
 * the error that refuses the file). Never throws.
 */
export async function inspectTree(file: string, bytes: Uint8Array, rootFile: JsrootFile, path: string, cycle: number, latest: boolean): Promise<TreeReport> {
  const object = await captureConsole(() => rootFile.readObject(`${path};${cycle}`));
  const tree = object.ok && typeof object.value === 'object' && object.value !== null ? (object.value as Loose) : undefined;
  const entries = typeof tree?.fEntries === 'number' ? tree.fEntries : null;
  const planned = tree ? plannedBranches(tree) : [];
  if (!latest) return { entries, branches: planned, keyCandidates: [] };
  try {
    const table = await readTree(file, path, { bytes });
    const refused = new Map(table.refused.map((r) => [r.branch, r]));
    const branches = planned.map((b): BranchReport => {
      const r = refused.get(b.name);
      return r ? { name: b.name, rootType: r.rootType, refused: r.reason } : b;
    });
    return { entries: table.entries, branches, keyCandidates: keyCandidates(table.columns, table.entries), ...(table.unverified ? { unverified: table.unverified } : {}) };
  } catch (error) {
    return { entries, branches: planned, keyCandidates: [], error: errorText(error) };
  }
}
