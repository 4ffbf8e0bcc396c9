import { TSelector, treeProcess } from 'jsroot/tree'; // untyped: declared as any by jsroot's types.d.ts
import { catchLostRejections } from './catch-lost-rejections.js';

/** A branch to read, with jsroot's own branch object. */
export interface JsrootBranch {
  name: string;
  object: unknown;
}

/**
 * jsroot's value of each branch for every entry, the branch jsroot refused to
 * add, or (`lost`) the error jsroot threw while decoding baskets and never passed on.
 */
export type JsrootRead =
  | { ok: true; values: Map<string, unknown[]> }
  | { ok: false; branch: string; detail: string }
  | { ok: false; lost: true; detail: string };

/** Copies a value out of jsroot's target object, which it may reuse between entries. */
function snapshot(value: unknown): unknown {
  if (ArrayBuffer.isView(value)) return Array.from(value as unknown as ArrayLike<unknown>);
  if (Array.isArray(value)) return value.map(snapshot);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, snapshot(v)]));
  }
  return value;
}

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));

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
 * refuse it and read the others. An error jsroot throws while decoding and
 * does not pass on (damaged data) comes back as `lost` instead of ending the process.
 */
export async function readWithJsroot(tree: unknown, branches: JsrootBranch[]): Promise<JsrootRead> {
  const selector = new CollectingSelector(branches);
  try {
    const guarded = await catchLostRejections(() => treeProcess(tree, selector));
    if (!guarded.ok) return { ok: false, lost: true, detail: errorText(guarded.lost) };
  } catch (error) {
    const detail = errorText(error);
    // jsroot names the branch by the member it reads into (`b0`), or by its own name.
    const index = branches.findIndex((b, i) => detail.endsWith(`branch ${selector.members[i]}`) || detail.endsWith(`branch ${b.name}`));
    if (index < 0) return { ok: false, branch: '', detail };
    const named = branches[index].name;
    return { ok: false, branch: named, detail: detail.replace(new RegExp(`branch ${selector.members[index]}$`), `branch ${named}`) };
  }
  return { ok: true, values: new Map(branches.map((b, i) => [b.name, selector.values[i]])) };
}
