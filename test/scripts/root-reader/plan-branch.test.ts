import { describe, expect, it } from 'vitest';
import type { BranchInfo, LeafInfo } from '../../../scripts/root-reader/branch-info.js';
import { describeTitle, elementNames, isBranchPlan, isLeafListSpec, leafDims, MAX_LEAF_VALUES, planBranch } from '../../../scripts/root-reader/plan-branch.js';
import { refusalReasons } from '../../../scripts/root-reader/refusal-reasons.js';

const leaf = (over: Partial<LeafInfo>): LeafInfo => ({
  name: 'x', title: 'x', className: 'TLeafD', len: 1, lenType: 8, isUnsigned: false, hasCount: false, ...over,
});
const branch = (over: Partial<BranchInfo>): BranchInfo => ({
  name: 'x', title: 'x/D', className: 'TBranch', subBranches: 0, leaves: [leaf({})],
  baskets: [], entries: 0, ...over,
});

describe('elementNames and leafDims', () => {
  it('names scalars, 1-D and 2-D elements row-major', () => {
    expect(elementNames('m', [])).toEqual(['m']);
    expect(elementNames('v', [3])).toEqual(['v[0]', 'v[1]', 'v[2]']);
    expect(elementNames('t', [2, 2])).toEqual(['t[0][0]', 't[0][1]', 't[1][0]', 't[1][1]']);
  });

  it('takes dimensions from the leaf title, where ROOT writes them', () => {
    expect(leafDims(leaf({ title: 'x[2][3]', len: 6 }))).toEqual([2, 3]);
    expect(leafDims(leaf({ title: 'x', len: 1 }))).toEqual([]);
  });
});

describe('describeTitle', () => {
  it('returns "" when the titles only repeat the name or the leaf-list spec', () => {
    expect(describeTitle(branch({}), leaf({}))).toBe('');
    expect(describeTitle(branch({ title: 'x[3]/D' }), leaf({ title: 'x[3]' }))).toBe('');
    expect(describeTitle(branch({ name: 'll', title: 'x/D:y/I:z/B' }), leaf({ name: 'y', title: 'y' }))).toBe('');
  });

  it('recognises leaf-list specs, including packed-float ranges', () => {
    expect(['x/D', 'x[3]/F', 'x/D:n/I', 'm[2][2]/F', 'double32_10/d[-2.71,10,10]'].map(isLeafListSpec)).toEqual([true, true, true, true, true]);
    expect(['mean MIP position', 'dE/dx', ''].map(isLeafListSpec)).toEqual([false, false, false]);
  });

  it('returns a leaf or branch title that says more', () => {
    expect(describeTitle(branch({}), leaf({ title: 'mean dE/dx of MIPs' }))).toBe('mean dE/dx of MIPs');
    expect(describeTitle(branch({ title: 'TPC clusters' }), leaf({}))).toBe('TPC clusters');
  });
});

describe('planBranch', () => {
  it('plans a scalar Double_t as one real column named after the branch', () => {
    const plan = planBranch(branch({ name: 'meanMIP', title: 'meanMIP/D', leaves: [leaf({ name: 'meanMIP', title: 'meanMIP' })] }));
    expect(plan).toEqual({
      branch: 'meanMIP', layout: { kind: 'fixed', entryBytes: 8 },
      leaves: [{ leaf: 'meanMIP', rootType: 'Double_t', kind: 'real', unsigned: false, dims: [], columnNames: ['meanMIP'], title: '', byteOffset: 0, byteLength: 8 }],
    });
  });

  it('plans a 2-D Float_t array as branch[i][j] columns', () => {
    const plan = planBranch(branch({ name: 'm', leaves: [leaf({ name: 'm', title: 'm[2][2]', className: 'TLeafF', len: 4, lenType: 4 })] }));
    expect(isBranchPlan(plan) && plan.leaves[0].columnNames).toEqual(['m[0][0]', 'm[0][1]', 'm[1][0]', 'm[1][1]']);
  });

  it('plans a leaf list as branch.leaf with byte offsets summed in leaf order', () => {
    const plan = planBranch(branch({
      name: 'll', title: 'x/D:n/L:u/i',
      leaves: [leaf({ name: 'x' }), leaf({ name: 'n', className: 'TLeafL' }), leaf({ name: 'u', className: 'TLeafI', lenType: 4, isUnsigned: true })],
    }));
    expect(isBranchPlan(plan)).toBe(true);
    if (!isBranchPlan(plan)) return;
    expect(plan.leaves.map((l) => [l.columnNames, l.rootType, l.kind, l.byteOffset])).toEqual([
      [['ll.x'], 'Double_t', 'real', 0], [['ll.n'], 'Long64_t', 'int64', 8], [['ll.u'], 'UInt_t', 'integer', 16],
    ]);
    expect(plan.layout).toEqual({ kind: 'fixed', entryBytes: 20 });
  });

  it('plans a char* branch with the text layout, and fixed Char_t / UChar_t arrays as integer columns', () => {
    const text = planBranch(branch({ name: 's', title: 's/C', leaves: [leaf({ name: 's', title: 's', className: 'TLeafC', len: 7, lenType: 1 })] }));
    expect(isBranchPlan(text) && [text.layout, text.leaves[0].kind, text.leaves[0].columnNames]).toEqual([{ kind: 'text' }, 'text', ['s']]);
    const chars = planBranch(branch({ leaves: [leaf({ title: 'x[3]', className: 'TLeafB', len: 3, lenType: 1, isUnsigned: true })] }));
    expect(isBranchPlan(chars) && [chars.layout, chars.leaves[0].rootType, chars.leaves[0].columnNames]).toEqual([
      { kind: 'fixed', entryBytes: 3 }, 'UChar_t', ['x[0]', 'x[1]', 'x[2]'],
    ]);
  });

  it.each([
    ['variable array', branch({ leaves: [leaf({ title: 'x[n]', hasCount: true })] }), 'Double_t', refusalReasons.variableArray('x[n]')],
    ['leaf of another value size', branch({ leaves: [leaf({ className: 'TLeafG', lenType: 4 })] }), 'Long_t', refusalReasons.valueSize('Long_t', 4, 8)],
    ['leaf whose fLen disagrees with its dimensions', branch({ leaves: [leaf({ title: 'x[2][3]', len: 5 })] }), 'Double_t', refusalReasons.leafLength('x[2][3]', 5)],
    ['leaf with fLen > 1 and no dimensions (a damaged fLen: 1962934273 once made the plan hang)', branch({ leaves: [leaf({ title: 'x', len: 1962934273 })] }), 'Double_t', refusalReasons.leafLength('x', 1962934273)],
    ['leaf of more values per entry than columns allowed', branch({ leaves: [leaf({ title: 'x[1000][1000]', len: 1e6 })] }), 'Double_t', refusalReasons.tooManyValues('x[1000][1000]', MAX_LEAF_VALUES)],
    ['Double32_t', branch({ leaves: [leaf({ className: 'TLeafD32' })] }), 'Double32_t', refusalReasons.packedFloat('Double32_t')],
    ['Float16_t', branch({ leaves: [leaf({ className: 'TLeafF16' })] }), 'Float16_t', refusalReasons.packedFloat('Float16_t')],
    ['STL branch', branch({ className: 'TBranchElement', leaves: [leaf({ className: 'TLeafElement' })] }), 'TLeafElement', refusalReasons.objectBranch('TBranchElement')],
    ['split object', branch({ subBranches: 2 }), 'Double_t', refusalReasons.subBranches(2)],
    ['no leaves', branch({ leaves: [] }), 'TBranch', refusalReasons.noLeaves()],
    ['char* in a leaf list', branch({ leaves: [leaf({}), leaf({ name: 's', className: 'TLeafC' })] }), 'Double_t:char*', refusalReasons.textInLeafList()],
    ['unknown leaf class', branch({ leaves: [leaf({ className: 'TLeafObject' })] }), 'TLeafObject', refusalReasons.unsupportedLeaf('TLeafObject')],
  ])('refuses a %s by branch name with its ROOT type and reason', (_, info, rootType, reason) => {
    expect(planBranch(info)).toEqual({ branch: 'x', rootType, reason });
  });
});
