import { describe, expect, it } from 'vitest';
import { planDirectories } from '../../../scripts/root-writer/directory-plan';

describe('planDirectories', () => {
  it('puts objects of the top level in directory 0 and creates nothing else', () => {
    expect(planDirectories(['a', 'b'])).toEqual([{ path: '', name: '', parent: -1, entries: [{ kind: 'object', index: 0 }, { kind: 'object', index: 1 }] }]);
  });

  it('creates each directory, parents first, when its first entry appears, keeping entries in order', () => {
    const dirs = planDirectories(['TPC/DCA/dcaR', 'top', 'TPC/ncl', 'ITS/x', 'TPC/DCA/dcaZ']);
    expect(dirs.map((d) => [d.path, d.name, d.parent])).toEqual([['', '', -1], ['TPC', 'TPC', 0], ['TPC/DCA', 'DCA', 1], ['ITS', 'ITS', 0]]);
    expect(dirs[0].entries).toEqual([{ kind: 'directory', index: 1 }, { kind: 'object', index: 1 }, { kind: 'directory', index: 3 }]);
    expect(dirs[1].entries).toEqual([{ kind: 'directory', index: 2 }, { kind: 'object', index: 2 }]);
    expect(dirs[2].entries).toEqual([{ kind: 'object', index: 0 }, { kind: 'object', index: 4 }]);
    expect(dirs[3].entries).toEqual([{ kind: 'object', index: 3 }]);
  });

  it('returns only the top directory for no paths', () => {
    expect(planDirectories([])).toEqual([{ path: '', name: '', parent: -1, entries: [] }]);
  });
});
