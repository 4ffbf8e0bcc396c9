import { expect, it } from 'vitest';
import { listObjects, objectKind } from '../../../scripts/inspect/list-objects';
import type { JsrootDirectory, JsrootFile, JsrootKey } from '../../../scripts/root-reader/open-root-file';

const key = (fName: string, fClassName: string, fCycle = 1, fTitle = ''): JsrootKey => ({ fName, fClassName, fCycle, fTitle, fSeekKey: 100, fNbytes: 10 });

it('objectKind groups trees, directories, histograms and the rest', () => {
  expect(['TTree', 'TNtupleD', 'TDirectoryFile', 'TH1F', 'TH2D', 'TProfile', 'TObjString', 'ROOT::RNTuple'].map(objectKind))
    .toEqual(['tree', 'tree', 'directory', 'histogram', 'histogram', 'histogram', 'other', 'other']);
});

it('listObjects walks directories depth first with paths, marks older cycles, and skips the StreamerInfo key', async () => {
  const dirs: Record<string, JsrootDirectory> = {
    'qa;1': { fKeys: [key('trending', 'TTree', 1), key('trending', 'TTree', 2, 'QA'), key('h', 'TH1F')] },
  };
  const file = {
    fKeys: [key('qa', 'TDirectoryFile'), key('runs', 'TTree'), key('StreamerInfo', 'TList')],
    readDirectory: async (name: string, cycle?: number) => dirs[`${name};${cycle}`],
    readObject: async () => null,
  } as JsrootFile;
  expect((await listObjects(file)).map((o) => [o.path, o.cycle, o.kind, o.latest, o.title])).toEqual([
    ['qa', 1, 'directory', true, ''], ['qa/trending', 1, 'tree', false, ''], ['qa/trending', 2, 'tree', true, 'QA'], ['qa/h', 1, 'histogram', true, ''], ['runs', 1, 'tree', true, ''],
  ]);
});

it('listObjects stops at the given depth (a damaged directory may point back at itself)', async () => {
  const loop: JsrootDirectory = { fKeys: [key('d', 'TDirectory')] };
  const file = { ...loop, readDirectory: async () => loop, readObject: async () => null } as JsrootFile;
  expect((await listObjects(file, 3)).map((o) => o.path)).toEqual(['d', 'd/d', 'd/d/d', 'd/d/d/d']);
});
