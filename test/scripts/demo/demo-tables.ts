import type { TreeSpec } from '../../../scripts/root-writer/write-root-file';

/** A tree's values by column (`branch`, or `branch[i]` for arrays), one number per entry. Test helper. */
export function treeColumns(tree: TreeSpec): Map<string, number[]> {
  const out = new Map<string, number[]>();
  for (const branch of tree.branches) {
    const size = (branch.shape ?? [1]).reduce((a, b) => a * b, 1);
    for (let e = 0; e < size; e++) {
      const name = branch.shape ? `${branch.name}[${e}]` : branch.name;
      out.set(name, Array.from({ length: tree.entries }, (_, row) => Number(branch.values[row * size + e])));
    }
  }
  return out;
}

/** The column of a tree, failing loudly when it does not exist. */
export function column(columns: Map<string, number[]>, name: string): number[] {
  const values = columns.get(name);
  if (!values) throw new Error(`no column ${name}`);
  return values;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
