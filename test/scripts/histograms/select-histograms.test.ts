import { describe, expect, it } from 'vitest';
import type { FileObject } from '../../../scripts/histograms/list-file-objects';
import { toPathPattern } from '../../../scripts/histograms/path-pattern';
import { isHistogramClass, objectsUnder, selectHistograms } from '../../../scripts/histograms/select-histograms';

const obj = (path: string, className = 'TH1F'): FileObject => ({ path, className, cycle: 1, seekKey: 100, nbytes: 10 });
const OBJECTS = [obj('TPC/a'), obj('TPC/b', 'TH2D'), obj('TPC/tree', 'TTree'), obj('TPC/DCA/c', 'TProfile'), obj('hpx'), obj('ntuple', 'TNtuple')];
const select = (...patterns: string[]) => selectHistograms(OBJECTS, patterns.map(toPathPattern));
const paths = (list: FileObject[]) => list.map((o) => o.path);

describe('isHistogramClass', () => {
  it('keeps TH1*, TH2*, TProfile and TProfile2D, nothing else', () => {
    expect(['TH1F', 'TH1D', 'TH1I', 'TH2F', 'TH2D', 'TH2S', 'TProfile', 'TProfile2D'].every(isHistogramClass)).toBe(true);
    expect(['TH3F', 'TH1', 'TTree', 'TNtuple', 'TGraph', 'TH2Poly', 'TProfile3D', 'TH1K'].some(isHistogramClass)).toBe(false);
  });
});

describe('selectHistograms', () => {
  it('picks histograms by exact path and by pattern, each once, in pattern order', () => {
    const s = select('hpx', 'TPC/*', 'TPC/a', '**/c');
    expect(paths(s.chosen)).toEqual(['hpx', 'TPC/a', 'TPC/b', 'TPC/DCA/c']);
    expect(s.gaps).toEqual([]);
  });

  it('skips non-histograms a pattern matches, but names an exact path to one', () => {
    const s = select('TPC/*', 'ntuple', 'TPC/tree');
    expect(paths(s.chosen)).toEqual(['TPC/a', 'TPC/b']);
    expect(s.gaps).toEqual([{ path: 'ntuple', className: 'TNtuple' }, { path: 'TPC/tree', className: 'TTree' }]);
  });

  it('reports exact paths the file lacks and patterns that match no histogram, in request order', () => {
    expect(select('TPC/zz', 'ntuple', 'ITS/*', 'n*', 'hpx').gaps).toEqual([{ path: 'TPC/zz' }, { path: 'ntuple', className: 'TNtuple' }, { path: 'ITS/*' }, { path: 'n*' }]);
  });
});

describe('objectsUnder', () => {
  it('keeps the objects inside a directory, with paths relative to it', () => {
    expect(paths(objectsUnder(OBJECTS, 'TPC'))).toEqual(['a', 'b', 'tree', 'DCA/c']);
    expect(objectsUnder(OBJECTS, 'TP')).toEqual([]);
  });
});
