import { describe, expect, it } from 'vitest';
import { assembleTree } from '../../../scripts/demo/tree-specs';

describe('assembleTree', () => {
  const branches = [
    { name: 'run', type: 'Int_t' as const, title: 'run number', elements: [Float64Array.of(10, 11, 12)] },
    { name: 'dca', type: 'Float_t' as const, title: 'dca', elements: [Float64Array.of(1, 2, 3), Float64Array.of(-1, -2, -3)] },
  ];

  it('lays out entries in the given order, array elements row-major, with shape for arrays only', () => {
    const tree = assembleTree('t', 'title', branches, [{ index: 2 }, { index: 0 }]);
    expect(tree).toEqual({
      name: 't', title: 'title', entries: 2,
      branches: [
        { name: 'run', type: 'Int_t', title: 'run number', values: Float64Array.of(12, 10) },
        { name: 'dca', type: 'Float_t', title: 'dca', shape: [2], values: Float64Array.of(3, -3, 1, -1) },
      ],
    });
  });

  it('applies overrides by column name to one entry only', () => {
    const overrides = new Map([['dca[1]', 99], ['run', 10]]);
    const tree = assembleTree('t', '', branches, [{ index: 0 }, { index: 0, overrides }]);
    expect(tree.branches[1].values).toEqual(Float64Array.of(1, -1, 1, 99));
    expect(tree.branches[0].values).toEqual(Float64Array.of(10, 10));
  });

  it('gives an empty tree for no entries', () => {
    expect(assembleTree('t', '', branches, []).branches.map((b) => b.values.length)).toEqual([0, 0]);
  });
});
