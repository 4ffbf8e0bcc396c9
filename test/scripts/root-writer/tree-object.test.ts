import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { serializeTree } from '../../../scripts/root-writer/tree-object';
import { writeRootFile } from '../../../scripts/root-writer/write-root-file';
import { useRootFiles } from '../../support/rootfiles.js';
import { readRecord } from './file-records';
import { openBytes, withoutConsoleNoise } from './read-back';

const rootfiles = useRootFiles('root-writer/tree-object');
const SAMPLE = 'scikit-hep-testdata/uproot-sample-6.20.04-uncompressed.root';

describe('serializeTree', () => {
  it('starts with a TTree v20 header whose byte count covers the whole object', () => {
    const bytes = serializeTree({ name: 't', entries: 0, branches: [] }, [], 32);
    const view = new DataView(bytes.buffer);
    expect([view.getUint32(0), view.getInt16(4)]).toEqual([(0x40000000 | (bytes.length - 4)) >>> 0, 20]);
  });

  it('sums the branches basket sizes into fTotBytes and fZipBytes', () => {
    const basket = { seekKey: 200, nbytes: 50, firstEntry: 0, keylenPlusObjlen: 90 };
    const branch = { spec: { name: 'x', type: 'Int_t' as const, values: [] }, entries: 5, baskets: [basket, basket] };
    const bytes = serializeTree({ name: 't', entries: 5, branches: [branch.spec] }, [branch, branch], 32);
    const view = new DataView(bytes.buffer);
    // fEntries follows the TNamed ("t", no title: 6 + 10 + 2 + 1 bytes) and the three attribute bases (36 bytes).
    const at = 6 + 19 + 36;
    expect([view.getBigInt64(at), view.getBigInt64(at + 8), view.getBigInt64(at + 16)]).toEqual([5n, 360n, 200n]);
  });

  it('lists each leaf in fLeaves as a reference to the leaf inside its branch (jsroot resolves the same object)', async () => {
    const bytes = writeRootFile([{ name: 't', entries: 1, branches: [
      { name: 'a', type: 'Int_t', values: [1] }, { name: 'b', type: 'Double_t', shape: [2], values: [1, 2] },
    ] }]);
    const tree = await withoutConsoleNoise(async () => (await openBytes(bytes)).readObject('t'));
    expect(tree.fLeaves.arr.length).toBe(2);
    expect(tree.fLeaves.arr[0]).toBe(tree.fBranches.arr[0].fLeaves.arr[0]);
    expect(tree.fLeaves.arr[1]).toBe(tree.fBranches.arr[1].fLeaves.arr[0]);
  });
});

rootfiles.describe('serializeTree against ROOT 6.20 (uproot-sample uncompressed TTree @40757)', () => {
  it('writes TNamed, attributes and the fixed members from fSavedBytes to fIOFeatures as ROOT does', () => {
    const file = new Uint8Array(readFileSync(rootfiles.path(SAMPLE)));
    const reference = readRecord(file, 40757).data;
    const ours = serializeTree({ name: 'sample', entries: 30, branches: [] }, [], 40);
    expect(Array.from(ours.subarray(6, 66))).toEqual(Array.from(reference.subarray(6, 66)));
    expect(Array.from(ours.subarray(90, 195))).toEqual(Array.from(reference.subarray(90, 195)));
  });
});
