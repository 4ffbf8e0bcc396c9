import type { BranchSpec, LeafType, TreeSpec } from '../root-writer/write-root-file';

/** One branch to assemble: its elements' values per planned run (one array for a scalar). */
export interface BranchSource {
  name: string;
  type: LeafType;
  title: string;
  elements: readonly Float64Array[];
}

/** One tree entry: the planned run at `index`, with some values replaced (`branch` or `branch[i]` → value). */
export interface EntrySource {
  index: number;
  overrides?: ReadonlyMap<string, number>;
}

/**
 * A tree in the writer's form: one entry per EntrySource, in the given order,
 * each branch's values laid out row-major (entry by entry, elements inside).
 */
export function assembleTree(name: string, title: string, branches: readonly BranchSource[], entries: readonly EntrySource[]): TreeSpec {
  return { name, title, entries: entries.length, branches: branches.map((b) => assembleBranch(b, entries)) };
}

function assembleBranch(branch: BranchSource, entries: readonly EntrySource[]): BranchSpec {
  const size = branch.elements.length;
  const values = new Float64Array(entries.length * size);
  entries.forEach(({ index, overrides }, row) => {
    for (let e = 0; e < size; e++) {
      const column = size === 1 ? branch.name : `${branch.name}[${e}]`;
      values[row * size + e] = overrides?.get(column) ?? branch.elements[e][index];
    }
  });
  const spec: BranchSpec = { name: branch.name, type: branch.type, title: branch.title, values };
  return size === 1 ? spec : { ...spec, shape: [size] };
}
