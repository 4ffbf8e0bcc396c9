import { expect, it } from 'vitest';
import { formatInspect } from '../../../scripts/inspect/format-inspect';
import type { FileReport } from '../../../scripts/inspect/inspect-file';

it('formatInspect prints the file, each object by class, path and cycle, and each tree\'s branches, columns, refusals and key candidates', () => {
  const report: FileReport = {
    file: 'qa.root', bytes: 12345, rootVersion: '6.30/02', compression: 'zlib-1',
    objects: [
      { path: 'qa', cycle: 1, className: 'TDirectoryFile', title: '', kind: 'directory', latest: true },
      { path: 'qa/trending', cycle: 2, className: 'TTree', title: 'TPC QA', kind: 'tree', latest: true, tree: {
        entries: 1200, keyCandidates: [{ column: 'run', rootType: 'Int_t', distinct: 1200 }],
        branches: [
          { name: 'run', rootType: 'Int_t', columns: ['run'] },
          { name: 'dca', rootType: 'Float_t', columns: Array.from({ length: 10 }, (_, i) => `dca[${i}]`) },
          { name: 'hist', rootType: 'TH1F', refused: 'object branch' },
        ] } },
      { path: 'qa/trending', cycle: 1, className: 'TTree', title: '', kind: 'tree', latest: false, tree: { entries: 3, branches: [], keyCandidates: [] } },
      { path: 'qa/hpx', cycle: 1, className: 'TH1F', title: 'px', kind: 'histogram', latest: true },
    ],
  };
  expect(formatInspect(report)).toEqual([
    'qa.root  (ROOT 6.30/02, zlib-1, 12,345 bytes)',
    '  TDirectoryFile qa;1',
    '  TTree qa/trending;2  "TPC QA"  1,200 entries, 3 branches',
    '      run       Int_t         → run',
    '      dca       Float_t       → dca[0] … dca[9] (10 columns)',
    '      hist      TH1F          refused: object branch',
    "    the build reads 11 columns (written as <source>.<column>, the key's as run) and refuses 1 branch",
    '    key candidates: run (Int_t, 1,200 distinct)',
    '  TTree qa/trending;1  3 entries, 0 branches  (an older cycle: the build reads the highest)',
    '  TH1F qa/hpx;1  "px"',
  ]);
  expect(formatInspect({ file: 'x.root', bytes: 9, objects: [], error: 'does not start with the ROOT magic' })).toEqual([
    'x.root  (9 bytes)', '  cannot be inspected: does not start with the ROOT magic',
  ]);
});
