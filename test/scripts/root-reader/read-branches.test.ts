import { describe, expect, it } from 'vitest';
import type { BranchInfo } from '../../../scripts/root-reader/branch-info.js';
import { isBranchPlan, planBranch } from '../../../scripts/root-reader/plan-branch.js';
import { readBranches, type JsrootReader, type PlannedBranch } from '../../../scripts/root-reader/read-branches.js';
import type { JsrootBranch } from '../../../scripts/root-reader/read-with-jsroot.js';
import { refusalReasons } from '../../../scripts/root-reader/refusal-reasons.js';

/** A planned Int_t branch with no baskets loaded (jsroot, here a stand-in, supplies the values). */
function intBranch(name: string): PlannedBranch {
  const info: BranchInfo = {
    name, title: `${name}/I`, className: 'TBranch', subBranches: 0, baskets: [], embeddedBaskets: 0, entries: 2,
    leaves: [{ name, title: name, className: 'TLeafI', len: 1, lenType: 4, isUnsigned: false, hasCount: false }],
  };
  const plan = planBranch(info);
  if (!isBranchPlan(plan)) throw new Error('test branch must be readable');
  return { plan, info, object: { fName: name }, baskets: [] };
}

/** A stand-in for jsroot that refuses the branches in `failing`, one per call, and returns `values` otherwise. */
function fakeReader(failing: string[], values: Record<string, unknown[]>, calls: string[][]): JsrootReader {
  return async (_tree: unknown, branches: JsrootBranch[]) => {
    calls.push(branches.map((b) => b.name));
    const bad = branches.find((b) => failing.includes(b.name));
    if (bad) return { ok: false, branch: bad.name, detail: `Fail to add branch ${bad.name}` };
    return { ok: true, values: new Map(branches.map((b) => [b.name, values[b.name]])) };
  };
}

describe('readBranches', () => {
  it('refuses a branch jsroot fails on and reads the others in a second pass', async () => {
    const calls: string[][] = [];
    const result = await readBranches('f.root', {}, [intBranch('a'), intBranch('b')], 2, fakeReader(['b'], { a: [1, 2] }, calls));
    expect(calls).toEqual([['a', 'b'], ['a']]);
    expect(result.refused).toEqual([{ branch: 'b', rootType: 'Int_t', reason: refusalReasons.jsrootFailed('Fail to add branch b') }]);
    expect([...result.columns.keys()]).toEqual(['a']);
    expect(result.columns.get('a')![0].values).toEqual({ kind: 'integer', data: Float64Array.from([1, 2]) });
  });

  it('refuses a branch for which jsroot returns another number of entries than the tree has', async () => {
    const result = await readBranches('f.root', {}, [intBranch('a')], 3, fakeReader([], { a: [1, 2] }, []));
    expect(result.refused).toEqual([{ branch: 'a', rootType: 'Int_t', reason: refusalReasons.jsrootFailed('2 entries returned for 3') }]);
  });

  it('throws unreadable when jsroot fails without naming a branch', async () => {
    const reader: JsrootReader = async () => ({ ok: false, branch: '', detail: 'boom' });
    await expect(readBranches('f.root', {}, [intBranch('a')], 2, reader)).rejects.toMatchObject({ kind: 'unreadable', file: 'f.root' });
  });

  it('does not call jsroot for a tree with 0 entries', async () => {
    const calls: string[][] = [];
    const result = await readBranches('f.root', {}, [intBranch('a')], 0, fakeReader([], {}, calls));
    expect(calls).toEqual([]);
    expect(result.columns.get('a')![0].values).toEqual({ kind: 'integer', data: new Float64Array() });
  });
});
