import { describe, expect, it } from 'vitest';
import { writeRootFile, type TreeSpec } from '../../../scripts/root-writer/write-root-file';
import { readString, walkRecords } from './file-records';

const uuid = Uint8Array.from({ length: 16 }, (_, k) => k + 1);

describe('writeRootFile layout (ROOT-FORMAT.md §2, §14)', () => {
  const trees: TreeSpec[] = [
    { name: 'a', entries: 30, branches: [{ name: 'x', type: 'Double_t', values: Float64Array.from({ length: 30 }, (_, k) => k) }] },
    { name: 'b', title: 'second tree', entries: 3, branches: [{ name: 'y', type: 'Int_t', shape: [2], values: [1, 2, 3, 4, 5, 6] }] },
  ];
  const bytes = writeRootFile(trees, { fileName: 'layout.root', basketEntries: 10, compression: { algorithm: 'zlib', level: 4 }, uuid });
  const view = new DataView(bytes.buffer);
  const records = walkRecords(bytes);
  const at = (offset: number) => records.find((r) => r.offset === offset)!;

  it('header points at the StreamerInfo, free segments and end; fEND is the file length', () => {
    expect([view.getInt32(8), view.getInt32(12), view.getInt32(33)]).toEqual([100, bytes.length, 104]);
    expect(at(view.getInt32(37))).toMatchObject({ className: 'TList', name: 'StreamerInfo', title: 'Doubly linked list', nbytes: view.getInt32(41) });
    expect(at(view.getInt32(16))).toMatchObject({ className: 'TFile', nbytes: view.getInt32(20), offset: bytes.length - view.getInt32(20) });
  });

  it('every record sits where its fSeekKey says, in the order header, directory, baskets, trees, infos, keys, free', () => {
    expect(records.every((r) => r.seekKey === r.offset)).toBe(true);
    expect(records.map((r) => `${r.className}:${r.name}`)).toEqual([
      'TFile:layout.root', 'TBasket:x', 'TBasket:x', 'TBasket:x', 'TTree:a', 'TBasket:y', 'TTree:b',
      'TList:StreamerInfo', 'TFile:layout.root', 'TFile:layout.root',
    ]);
    expect(records.slice(1).every((r) => r.seekPdir === 100)).toBe(true);
    expect(records[1].version).toBe(1004);
  });

  it('the top directory records fNbytesName, the keys list position and the UUID', () => {
    const dir = records[0];
    const [name, next] = readString(new DataView(dir.data.buffer, dir.data.byteOffset), 0);
    const part = new DataView(dir.data.buffer, dir.data.byteOffset + next + 1);
    const keys = records[8];
    expect(name).toBe('layout.root');
    expect([part.getInt16(0), part.getInt32(10), part.getInt32(14), part.getInt32(18), part.getInt32(26)])
      .toEqual([5, keys.nbytes, view.getInt32(28), 100, keys.offset]);
    expect(Array.from(dir.data.subarray(next + 1 + 32, next + 1 + 48))).toEqual(Array.from(uuid));
  });

  it('the keys list holds exact copies of the two tree keys', () => {
    const keys = records[8];
    const trees = records.filter((r) => r.className === 'TTree');
    expect(new DataView(keys.data.buffer, keys.data.byteOffset).getInt32(0)).toBe(2);
    const copies = keys.data.subarray(4);
    expect(Array.from(copies)).toEqual([...trees[0].key, ...trees[1].key]);
  });

  it('the free segments record has one entry from fEND to 2 000 000 000', () => {
    const free = new DataView(records[9].data.buffer, records[9].data.byteOffset);
    expect([free.getInt16(0), free.getInt32(2), free.getInt32(6)]).toEqual([1, bytes.length, 2_000_000_000]);
  });

  it('compresses the TTree and StreamerInfo records, never the directory, keys list or free segments', () => {
    const compressed = (r: (typeof records)[number]) => r.objlen > r.nbytes - r.keylen;
    expect(records.filter(compressed).map((r) => r.className)).toEqual(expect.arrayContaining(['TTree', 'TList']));
    expect(records.filter((r) => r.className === 'TFile').some(compressed)).toBe(false);
  });

  it('passes the checks ROOT makes on opening (ROOT-FORMAT.md §14.4)', () => {
    const nbytesName = view.getInt32(28);
    const seekKeys = records[8].offset;
    expect(nbytesName >= 10 && nbytesName <= 10000).toBe(true);
    expect(seekKeys > 100 && view.getInt32(37) > 100).toBe(true);
    const copies = records[8].data;
    const copyView = new DataView(copies.buffer, copies.byteOffset);
    for (const offset of [4, 4 + records[4].keylen]) {
      const [seekKey, seekPdir] = [copyView.getInt32(offset + 18), copyView.getInt32(offset + 22)];
      expect(seekKey >= 64 && seekKey <= bytes.length && seekPdir >= 64 && seekPdir <= bytes.length).toBe(true);
    }
  });
});
