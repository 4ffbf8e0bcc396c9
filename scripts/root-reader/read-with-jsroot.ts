import { TSelector, treeProcess } from 'jsroot/tree'; // untyped: declared as any by jsroot's types.d.ts

/** A branch to read, with jsroot's own branch object. */
export interface JsrootBranch {
  name: string;
  object: unknown;
}

/** jsroot's value of each branch for every entry, or the branch jsroot refused to add. */
export type JsrootRead =
  | { ok: true; values: Map<string, unknown[]> }
  | { ok: false; branch: string; detail: string };

/** Copies a value out of jsroot's target object, which it may reuse between entries. */
function snapshot(value: unknown): unknown {
  if (ArrayBuffer.isView(value)) return Array.from(value as unknown as ArrayLike<unknown>);
  if (Array.isArray(value)) return value.map(snapshot);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, snapshot(v)]));
  }
  return value;
}

/** A selector that records every entry of its branches. */
class CollectingSelector extends TSelector {
  readonly members: string[];
  readonly values: unknown[][];

  constructor(branches: JsrootBranch[]) {
    super();
    this.members = branches.map((b, i) => {
      const member = `b${i}`;
      this.addBranch(b.object, member);
      return member;
    });
    this.values = branches.map(() => []);
  }

  Process(): void {
    const target = this.tgtobj as Record<string, unknown>;
    this.members.forEach((member, i) => this.values[i].push(snapshot(target[member])));
  }
}

/**
 * Reads all entries of the given branches with jsroot's treeProcess. When jsroot
 * refuses a branch ("Fail to add branch …"), says which ('' when it names none), so the caller can
 * refuse it and read the others.
 */
export async function readWithJsroot(tree: unknown, branches: JsrootBranch[]): Promise<JsrootRead> {
  const selector = new CollectingSelector(branches);
  try {
    await treeProcess(tree, selector);
  } catch (error) {
    const detail = (error as Error).message ?? String(error);
    // jsroot names the branch by the member it reads into (`b0`), or by its own name.
    const index = branches.findIndex((b, i) => detail.endsWith(`branch ${selector.members[i]}`) || detail.endsWith(`branch ${b.name}`));
    if (index < 0) return { ok: false, branch: '', detail };
    const named = branches[index].name;
    return { ok: false, branch: named, detail: detail.replace(new RegExp(`branch ${selector.members[index]}$`), `branch ${named}`) };
  }
  return { ok: true, values: new Map(branches.map((b, i) => [b.name, selector.values[i]])) };
}
