import type { TreeSpec } from '../root-writer/write-root-file';

/** The value the demo's vertex fit writes when it failed, declared in data/sources.json ("missing"). */
export const DEMO_SENTINEL = -999;
/** The tpc branch holding sentinels. */
export const SENTINEL_BRANCH = 'vertZ';

/** Where the demo's tpc file holds DEMO_SENTINEL instead of a missing value. */
export interface DemoSentinels {
  source: 'tpc';
  column: string;
  value: number;
  /** Tree entries (read order) holding the sentinel. */
  entries: number[];
  /** Their runs, ascending and distinct. */
  runs: number[];
}

/**
 * Every other missing (NaN) value of the tpc tree's vertZ branch, in entry
 * order, is written as -999 (as a QA task whose fit failed would write it);
 * the others stay NaN, so the build meets both spellings of "missing".
 * The tree itself is not changed (its NaN drive the QA histograms); only the
 * written file holds -999 (withSentinels).
 */
export function planSentinels(tpc: TreeSpec): DemoSentinels {
  const values = branchValues(tpc, SENTINEL_BRANCH);
  const runs = branchValues(tpc, 'run');
  const missing = values.flatMap((v, entry) => (Number.isNaN(v) ? [entry] : []));
  const entries = missing.filter((_, k) => k % 2 === 0);
  return { source: 'tpc', column: SENTINEL_BRANCH, value: DEMO_SENTINEL, entries, runs: [...new Set(entries.map((e) => runs[e]))].sort((a, b) => a - b) };
}

/** A copy of the tree with the sentinel written at the planned entries. */
export function withSentinels(tree: TreeSpec, sentinels: DemoSentinels): TreeSpec {
  return {
    ...tree,
    branches: tree.branches.map((b) => {
      if (b.name !== sentinels.column) return b;
      const values = Float64Array.from(b.values as ArrayLike<number>);
      for (const entry of sentinels.entries) values[entry] = sentinels.value;
      return { ...b, values };
    }),
  };
}

function branchValues(tree: TreeSpec, name: string): number[] {
  const branch = tree.branches.find((b) => b.name === name);
  if (!branch || branch.shape) throw new Error(`planSentinels: tree ${tree.name} has no scalar branch ${name}`);
  return Array.from(branch.values as ArrayLike<number>, Number);
}
