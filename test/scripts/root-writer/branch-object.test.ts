import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ByteWriter } from '../../../scripts/root-writer/ByteWriter';
import { branchBytes, leafList, leafTitle, writeBranch, type PlacedBranch } from '../../../scripts/root-writer/branch-object';
import type { LeafType } from '../../../scripts/root-writer/leaf-types';
import { useRootFiles } from '../../support/rootfiles.js';
import { readRecord } from './file-records';

const rootfiles = useRootFiles('root-writer/branch-object');
const SAMPLE = 'scikit-hep-testdata/uproot-sample-6.20.04-uncompressed.root';

const placed = (name: string, type: LeafType, shape?: number[]): PlacedBranch =>
  ({ spec: { name, type, shape, values: [] }, entries: 0, baskets: [] });

/** Leaf bytes (pointer form) written by writeBranch, located through the returned tag. */
const ourLeaf = (branch: PlacedBranch): Uint8Array => {
  const w = new ByteWriter();
  const tag = writeBranch(w, branch);
  const bytes = w.finish();
  const start = tag - 2;
  const count = new DataView(bytes.buffer).getUint32(start) & 0x3fffffff;
  return bytes.subarray(start, start + 4 + count);
};

describe('leafTitle and leafList', () => {
  it('append the dimensions, and the type letter for the leaf list', () => {
    expect([leafTitle(placed('x', 'Double_t').spec), leafList(placed('x', 'Double_t').spec)]).toEqual(['x', 'x/D']);
    expect(leafList(placed('m', 'UShort_t', [2, 3]).spec)).toBe('m[2][3]/s');
    expect(leafList(placed('l', 'ULong64_t', [4]).spec)).toBe('l[4]/l');
  });
});

it('branchBytes sums keylen + objlen and the on-disk sizes of the baskets', () => {
  const branch = { ...placed('x', 'Int_t'), baskets: [
    { seekKey: 300, nbytes: 90, firstEntry: 0, keylenPlusObjlen: 110 },
    { seekKey: 390, nbytes: 80, firstEntry: 10, keylenPlusObjlen: 80 },
  ] };
  expect(branchBytes(branch)).toEqual({ totBytes: 190, zipBytes: 170 });
});

it('writeBranch records each basket seek, size and first entry, padded to fMaxBaskets = max(10, n + 1)', () => {
  const w = new ByteWriter();
  writeBranch(w, { ...placed('x', 'Int_t'), entries: 15, baskets: [
    { seekKey: 300, nbytes: 90, firstEntry: 0, keylenPlusObjlen: 110 },
    { seekKey: 390, nbytes: 80, firstEntry: 10, keylenPlusObjlen: 80 },
  ] });
  const bytes = w.finish();
  // Tail: fBasketBytes (1 + 10×4), fBasketEntry (1 + 10×8), fBasketSeek (1 + 10×8), empty fFileName.
  const tail = new DataView(bytes.buffer, bytes.length - (41 + 81 + 81 + 1));
  expect([tail.getUint8(0), tail.getInt32(1), tail.getInt32(5), tail.getInt32(9)]).toEqual([1, 90, 80, 0]);
  expect([1, 9, 17, 25].map((at) => tail.getBigInt64(41 + at))).toEqual([0n, 10n, 15n, 0n]);
  expect([1, 9, 17].map((at) => tail.getBigInt64(122 + at))).toEqual([300n, 390n, 0n]);
});

it('writeBranch with a basket kept in the tree: null slots for the records, then the TBasket; fBasketEntry[fWriteBasket] is its first entry', () => {
  const content = { tree: 't', branch: 'x', index: 1, entries: 5, entrySize: 4, data: new Uint8Array(20) };
  const w = new ByteWriter();
  writeBranch(w, { ...placed('x', 'Int_t'), entries: 15, baskets: [{ seekKey: 300, nbytes: 90, firstEntry: 0, keylenPlusObjlen: 110 }],
    inTree: { content, firstEntry: 10, datime: 0 } });
  const bytes = w.finish();
  const tail = new DataView(bytes.buffer, bytes.length - (41 + 81 + 81 + 1));
  expect([tail.getInt32(1), tail.getInt32(5)]).toEqual([90, 0]);
  expect([1, 9, 17].map((at) => tail.getBigInt64(41 + at))).toEqual([0n, 10n, 0n]);
  expect([1, 9].map((at) => tail.getBigInt64(122 + at))).toEqual([300n, 0n]);
  // fBaskets: TObjArray with 2 slots, a null and the TBasket in pointer form.
  const text = Buffer.from(bytes).toString('latin1');
  const basket = text.indexOf('TBasket\0');
  const slots = new DataView(bytes.buffer, basket - 8 - 4 - 4 - 4);
  expect([slots.getInt32(0), slots.getInt32(4), slots.getUint32(8)]).toEqual([2, 0, 0]);
  expect(slots.getUint32(16)).toBe(0xffffffff);
});

rootfiles.describe('writeBranch leaves against ROOT 6.20 (uproot-sample uncompressed TTree)', () => {
  // Position of each leaf's pointer form, counted from the TTree key's first byte.
  const REFERENCE: [string, LeafType, number][] = [
    ['b', 'Bool_t', 944], ['i1', 'Char_t', 2461], ['i2', 'Short_t', 5508],
    ['i8', 'Long64_t', 12515], ['f4', 'Float_t', 17470], ['f8', 'Double_t', 19383],
  ];
  it.each(REFERENCE)('leaf of %s (%s) equals ROOT byte for byte', (name, type, position) => {
    const file = new Uint8Array(readFileSync(rootfiles.path(SAMPLE)));
    const tree = readRecord(file, 40757);
    const start = position - tree.keylen;
    const count = new DataView(tree.data.buffer, tree.data.byteOffset).getUint32(start) & 0x3fffffff;
    const reference = tree.data.subarray(start, start + 4 + count);
    expect(Array.from(ourLeaf(placed(name, type)))).toEqual(Array.from(reference));
  });
});
