import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openFile } from 'jsroot';
import { describe, expect, it } from 'vitest';
import type { BranchSpec, TreeSpec, WriteOptions } from '../../../scripts/root-writer/write-root-file';
import { writeRootFile } from '../../../scripts/root-writer/write-root-file';
import { walkRecords } from './file-records';
import { readTree, withoutConsoleNoise } from './read-back';

const RAW: WriteOptions = { compression: 'none' };
const ZLIB: WriteOptions = { compression: { algorithm: 'zlib', level: 6 } };
const COMPRESSIONS = [['raw', RAW], ['zlib', ZLIB]] as const;

/** Extreme and ordinary values of every integer type, 6 entries each. */
const INTEGER_BRANCHES: BranchSpec[] = [
  { name: 'o', type: 'Bool_t', values: [0, 1, 1, 0, 1, 0] },
  { name: 'c', type: 'Char_t', values: [-128, -1, 0, 1, 42, 127] },
  { name: 'uc', type: 'UChar_t', values: [0, 1, 127, 128, 200, 255] },
  { name: 's', type: 'Short_t', values: [-32768, -1, 0, 1, 1234, 32767] },
  { name: 'us', type: 'UShort_t', values: [0, 1, 32767, 32768, 40000, 65535] },
  { name: 'i', type: 'Int_t', values: [-2147483648, -1, 0, 1, 123456789, 2147483647] },
  { name: 'ui', type: 'UInt_t', values: [0, 1, 2147483647, 2147483648, 3000000000, 4294967295] },
  { name: 'l', type: 'Long64_t', values: [-(2 ** 31), -1, 0, 2 ** 53 - 1, 2n ** 53n, 2n ** 63n - 1n] as unknown as bigint[] },
  { name: 'ul', type: 'ULong64_t', values: [0, 1, 2 ** 32, 2 ** 53 - 1, 2n ** 53n, 2n ** 64n - 1n] as unknown as bigint[] },
];

const FLOATS = [0, -0, 1.1, -3.4e38, 1e-45, NaN, Infinity, -Infinity];
const DOUBLES = [0, -0, NaN, Infinity, -Infinity, 5e-324, Number.MAX_VALUE, Math.PI];

const tree = (name: string, entries: number, branches: BranchSpec[]): TreeSpec => ({ name, entries, branches });

/** Bits of a double, so that NaN, −0 and +0 compare exactly. */
const bits64 = (v: number): bigint => {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, v);
  return view.getBigUint64(0);
};
const bits32 = (v: number): number => {
  const view = new DataView(new ArrayBuffer(4));
  view.setFloat32(0, v);
  return view.getUint32(0);
};

describe('writeRootFile → jsroot round trip', () => {
  it.each(COMPRESSIONS)('integer scalars of every type come back exactly (%s)', async (_, options) => {
    const bytes = writeRootFile([tree('ints', 6, INTEGER_BRANCHES)], { ...options, basketEntries: 4 });
    const { columns } = await readTree(bytes, 'ints');
    expect(columns.o).toEqual([false, true, true, false, true, false]);
    for (const b of INTEGER_BRANCHES.slice(1, 7)) expect(columns[b.name]).toEqual(Array.from(b.values as number[]));
    expect(columns.l).toEqual([-(2 ** 31), -1, 0, 2 ** 53 - 1, 2n ** 53n, 2n ** 63n - 1n]);
    expect(columns.ul).toEqual([0, 1, 2 ** 32, 2 ** 53 - 1, 2n ** 53n, 2n ** 64n - 1n]);
  });

  it.each(COMPRESSIONS)('Float_t comes back as Math.fround of the input, bit for bit (%s)', async (_, options) => {
    const bytes = writeRootFile([tree('f', FLOATS.length, [{ name: 'f', type: 'Float_t', values: FLOATS }])], options);
    const { columns } = await readTree(bytes, 'f');
    expect((columns.f as number[]).map(bits32)).toEqual(FLOATS.map((v) => bits32(Math.fround(v))));
    expect(Object.is(columns.f[1], -0)).toBe(true);
    expect(columns.f[2]).toBe(Math.fround(1.1));
  });

  it.each(COMPRESSIONS)('Double_t keeps NaN, ±Infinity, −0 and extremes bit for bit (%s)', async (_, options) => {
    const bytes = writeRootFile([tree('d', DOUBLES.length, [{ name: 'd', type: 'Double_t', values: Float64Array.from(DOUBLES) }])], options);
    const { columns } = await readTree(bytes, 'd');
    expect((columns.d as number[]).map(bits64)).toEqual(DOUBLES.map(bits64));
    expect(Object.is(columns.d[1], -0)).toBe(true);
    expect(Object.is(columns.d[0], 0)).toBe(true);
  });

  it.each(COMPRESSIONS)('fixed arrays [3] and [2][3] come back as flat row-major entries (%s)', async (_, options) => {
    const v3 = Float64Array.from({ length: 5 * 3 }, (_, k) => k * 0.5 - 3);
    const v23 = Int32Array.from({ length: 5 * 6 }, (_, k) => (k % 2 ? -k : k * 1000));
    const bytes = writeRootFile([tree('arr', 5, [
      { name: 'v3', type: 'Double_t', shape: [3], values: v3 },
      { name: 'm23', type: 'Int_t', shape: [2, 3], values: v23 },
      { name: 'u2', type: 'UShort_t', shape: [2], values: [0, 65535, 1, 2, 3, 4, 5, 6, 7, 8] },
    ])], { ...options, basketEntries: 2 });
    const { tree: t, columns } = await readTree(bytes, 'arr');
    expect(columns.v3).toEqual([0, 1, 2, 3, 4].map((e) => Array.from(v3.subarray(e * 3, e * 3 + 3))));
    expect(columns.m23).toEqual([0, 1, 2, 3, 4].map((e) => Array.from(v23.subarray(e * 6, e * 6 + 6))));
    expect(columns.u2[0]).toEqual([0, 65535]);
    const m23 = t.fBranches.arr[1];
    expect([m23.fTitle, m23.fLeaves.arr[0].fTitle, m23.fLeaves.arr[0].fLen]).toEqual(['m23[2][3]/I', 'm23[2][3]', 6]);
  });

  it('splits branches into baskets with a short last one and reads across the boundaries', async () => {
    const values = Float64Array.from({ length: 23 }, (_, k) => k * 1.25);
    const bytes = writeRootFile([tree('b', 23, [
      { name: 'x', type: 'Double_t', values },
      { name: 'n', type: 'Int_t', values: Int32Array.from({ length: 23 }, (_, k) => 100 - k) },
    ])], { ...RAW, basketEntries: 10 });
    const { tree: t, columns } = await readTree(bytes, 'b');
    const x = t.fBranches.arr[0];
    expect(x.fWriteBasket).toBe(3);
    expect(Array.from(x.fBasketEntry)).toEqual([0, 10, 20, 23, 0, 0, 0, 0, 0, 0]);
    const baskets = walkRecords(bytes).filter((r) => r.className === 'TBasket' && r.name === 'x');
    expect(Array.from(x.fBasketSeek).slice(0, 3)).toEqual(baskets.map((r) => r.offset));
    expect(Array.from(x.fBasketBytes).slice(0, 4)).toEqual([...baskets.map((r) => r.nbytes), 0]);
    expect(baskets.map((r) => r.objlen)).toEqual([80, 80, 24]);
    expect(columns.x).toEqual(Array.from(values));
    expect(columns.n.slice(8, 13)).toEqual([92, 91, 90, 89, 88]);
  });

  it('compresses baskets with zlib when that is smaller, keeps the others raw, and reads both', async () => {
    const entries = 3000;
    const bytes = writeRootFile([tree('z', entries, [
      { name: 'run', type: 'Int_t', values: Int32Array.from({ length: entries }, (_, k) => 500000 + k) },
      { name: 'flag', type: 'Bool_t', values: Uint8Array.from({ length: entries }, (_, k) => (k % 7 === 0 ? 1 : 0)) },
    ])], { ...ZLIB, basketEntries: 1000 });
    const baskets = walkRecords(bytes).filter((r) => r.className === 'TBasket');
    expect(baskets.length).toBe(6);
    expect(baskets.every((r) => r.nbytes - r.keylen < r.objlen)).toBe(true);
    const { columns } = await readTree(bytes, 'z');
    expect(columns.run[2999]).toBe(502999);
    expect(columns.run).toEqual(Array.from({ length: entries }, (_, k) => 500000 + k));
    expect(columns.flag.filter(Boolean).length).toBe(429);
  });

  it('mixes compressed and raw baskets in one branch when only some shrink', async () => {
    const values = new Float64Array(1003);
    values.set([Math.PI, Math.E, Math.SQRT2], 1000); // the short last basket does not compress
    const bytes = writeRootFile([tree('mix', 1003, [{ name: 'x', type: 'Double_t', values }])], { ...ZLIB, basketEntries: 500 });
    const baskets = walkRecords(bytes).filter((r) => r.className === 'TBasket');
    expect(baskets.map((r) => r.nbytes - r.keylen < r.objlen)).toEqual([true, true, false]);
    const { columns } = await readTree(bytes, 'mix');
    expect(columns.x.slice(998)).toEqual([0, 0, Math.PI, Math.E, Math.SQRT2]);
  });

  it('splits a basket above 16 MiB into two compression blocks that jsroot reads', async () => {
    const entries = 2_100_000; // 16.8 MB of doubles in one basket
    const values = Float64Array.from({ length: entries }, (_, k) => k % 1000);
    const bytes = writeRootFile([tree('big', entries, [{ name: 'x', type: 'Double_t', values }])], { ...ZLIB, basketEntries: entries });
    const basket = walkRecords(bytes).find((r) => r.className === 'TBasket')!;
    const stored = bytes.subarray(basket.offset + basket.keylen, basket.offset + basket.nbytes);
    const firstBlock = 9 + (stored[3] | (stored[4] << 8) | (stored[5] << 16));
    expect(String.fromCharCode(stored[firstBlock], stored[firstBlock + 1])).toBe('ZL');
    expect(basket.data.length).toBe(entries * 8);
    const { columns } = await readTree(bytes, 'big');
    expect(columns.x.length).toBe(entries);
    expect(columns.x.slice(-3)).toEqual([997, 998, 999]);
  });

  it('writes an empty tree whose branches have no baskets', async () => {
    const bytes = writeRootFile([tree('empty', 0, [{ name: 'x', type: 'Double_t', values: [] }, { name: 'a', type: 'Int_t', shape: [3], values: [] }])]);
    const { tree: t, columns } = await readTree(bytes, 'empty');
    expect(t.fEntries).toBe(0);
    expect(t.fBranches.arr.map((b: any) => [b.fName, b.fWriteBasket, b.fEntries, b.fBasketEntry[0]])).toEqual([['x', 0, 0, 0], ['a', 0, 0, 0]]);
    expect(columns).toEqual({ x: [], a: [] });
    expect(walkRecords(bytes).filter((r) => r.className === 'TBasket')).toEqual([]);
  });

  it.each(COMPRESSIONS)('keeps baskets inside the TTree record per branch (records, last-in-tree, all-in-tree) and jsroot reads every entry (%s)', async (_, options) => {
    const entries = 23;
    const ints = Int32Array.from({ length: entries }, (_, k) => 529000 + k);
    const doubles = Float64Array.from({ length: entries }, (_, k) => (k === 5 ? NaN : k / 7));
    const arrays = Float32Array.from({ length: 2 * entries }, (_, k) => k - 0.5);
    const longs = Array.from({ length: entries }, (_, k) => (k % 2 ? -(2n ** 40n) * BigInt(k) : 2n ** 60n + BigInt(k)));
    const bytes = writeRootFile([tree('t', entries, [
      { name: 'run', type: 'Int_t', values: ints, baskets: 'last-in-tree' },
      { name: 'x', type: 'Double_t', values: doubles, baskets: 'all-in-tree' },
      { name: 'a', type: 'Float_t', shape: [2], values: arrays },
      { name: 'l', type: 'Long64_t', values: longs, baskets: 'last-in-tree' },
      { name: 'u', type: 'UShort_t', values: Uint16Array.from({ length: entries }, (_, k) => 65535 - k), baskets: 'all-in-tree' },
    ])], { ...options, basketEntries: 10 });
    const { tree: t, columns } = await readTree(bytes, 't');
    const byName = Object.fromEntries(t.fBranches.arr.map((b: any) => [b.fName, b]));
    expect([byName.run.fWriteBasket, byName.x.fWriteBasket, byName.a.fWriteBasket, byName.l.fWriteBasket]).toEqual([2, 0, 3, 2]);
    expect(Array.from(byName.run.fBasketSeek).slice(0, 3).map((s) => s !== 0)).toEqual([true, true, false]);
    expect(byName.run.fBaskets.arr.map((b: any) => b?.fNevBuf ?? null)).toEqual([null, null, 3]);
    expect(byName.x.fBaskets.arr.map((b: any) => b.fNevBuf)).toEqual([entries]);
    expect(walkRecords(bytes).filter((r) => r.className === 'TBasket').map((r) => r.name)).toEqual(['run', 'run', 'a', 'a', 'a', 'l', 'l']);
    expect(columns.run).toEqual(Array.from(ints));
    expect((columns.x as number[]).map(bits64)).toEqual(Array.from(doubles, bits64));
    expect(columns.a).toEqual(Array.from({ length: entries }, (_, k) => [2 * k - 0.5, 2 * k + 0.5]));
    expect(columns.u).toEqual(Array.from({ length: entries }, (_, k) => 65535 - k));
    // jsroot mis-decodes some negative Long64_t (ROOT-FORMAT.md §13.3); the positive ones come back exactly.
    expect(columns.l.filter((_, k) => k % 2 === 0)).toEqual(longs.filter((_, k) => k % 2 === 0));
  });

  it('writes two trees into one file and lists both keys', async () => {
    const trees = [
      tree('first', 3, [{ name: 'a', type: 'Int_t', values: [1, 2, 3] }]),
      tree('second', 2, [{ name: 'a', type: 'Float_t', values: [0.5, -0.5] }, { name: 'b', type: 'UChar_t', values: [7, 8] }]),
    ];
    const bytes = writeRootFile(trees);
    const first = await readTree(bytes, 'first');
    const second = await readTree(bytes, 'second');
    expect(first.columns).toEqual({ a: [1, 2, 3] });
    expect(second.columns).toEqual({ a: [0.5, -0.5], b: [7, 8] });
    const keys = walkRecords(bytes).filter((r) => r.className === 'TTree').map((r) => r.name);
    expect(keys).toEqual(['first', 'second']);
  });
});

describe('writeRootFile output on disk', () => {
  it('opens through jsroot from a file path as well as from memory', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'root-writer-'));
    try {
      const path = join(dir, 'disk.root');
      writeFileSync(path, writeRootFile([tree('disk', 3, [{ name: 'x', type: 'Double_t', values: [1, 2, 3] }])]));
      const t = await withoutConsoleNoise(async () => (await openFile(path)).readObject('disk'));
      expect([t.fEntries, t.fBranches.arr[0].fName]).toEqual([3, 'x']);
    } finally {
      rmSync(dir, { recursive: true });
    }
  });
});

describe('writeRootFile at demo size', () => {
  it('round-trips 3000 entries × 30 branches of mixed types in 120 baskets each (zlib)', async () => {
    const entries = 3000;
    const types = ['Double_t', 'Float_t', 'Int_t', 'UShort_t', 'Long64_t', 'Bool_t'] as const;
    const branches: BranchSpec[] = Array.from({ length: 30 }, (_, b) => {
      const type = types[b % types.length];
      const real = type === 'Double_t' || type === 'Float_t';
      const values = Array.from({ length: entries }, (_, k) =>
        type === 'Bool_t' ? (k + b) % 2 : real ? Math.cos(k + b) * 1e3 : (k * (b + 1)) % 60000);
      return { name: `v${b}`, type, values };
    });
    const bytes = writeRootFile([tree('trending', entries, branches)], { ...ZLIB, basketEntries: 25 });
    const { tree: t, columns } = await readTree(bytes, 'trending');
    expect(t.fBranches.arr.map((br: any) => br.fWriteBasket)).toEqual(Array(30).fill(120));
    for (const b of branches) {
      const expected = Array.from(b.values as number[], (v) =>
        b.type === 'Bool_t' ? v === 1 : b.type === 'Float_t' ? Math.fround(v) : v);
      expect(columns[b.name], b.name).toEqual(expected);
    }
  });
});

describe('writeRootFile 64-bit values beyond jsroot', () => {
  it('stores negative Long64_t below −2^31 exactly (checked by decoding the basket)', () => {
    const values = [-(2n ** 32n), -3000000000n, -(2n ** 62n), -(2n ** 63n), 2n ** 62n];
    const numbers = [-(2 ** 32), -3e9, -(2 ** 62), -(2 ** 63), 2 ** 62];
    for (const input of [values, numbers]) {
      const bytes = writeRootFile([tree('w', 5, [{ name: 'l', type: 'Long64_t', values: input as bigint[] }])], RAW);
      const basket = walkRecords(bytes).find((r) => r.className === 'TBasket')!;
      const view = new DataView(basket.data.buffer, basket.data.byteOffset, basket.data.byteLength);
      expect([0, 1, 2, 3, 4].map((k) => view.getBigInt64(k * 8))).toEqual(values);
    }
  });

  it('stores ULong64_t given as numbers above 2^53 with the exact bits of that double', () => {
    const bytes = writeRootFile([tree('w', 2, [{ name: 'u', type: 'ULong64_t', values: [2 ** 63, 2 ** 64 - 2048] }])], RAW);
    const basket = walkRecords(bytes).find((r) => r.className === 'TBasket')!;
    const view = new DataView(basket.data.buffer, basket.data.byteOffset, basket.data.byteLength);
    expect([view.getBigUint64(0), view.getBigUint64(8)]).toEqual([2n ** 63n, 2n ** 64n - 2048n]);
  });

  it('stores fixed Char_t arrays as signed bytes (jsroot reads them as text, so decode them here)', () => {
    const bytes = writeRootFile([tree('w', 2, [{ name: 'c', type: 'Char_t', shape: [3], values: [-128, 0, 127, 65, 66, -1] }])], RAW);
    const basket = walkRecords(bytes).find((r) => r.className === 'TBasket')!;
    expect(Array.from(new Int8Array(basket.data.buffer, basket.data.byteOffset, 6))).toEqual([-128, 0, 127, 65, 66, -1]);
  });
});

describe('writeRootFile determinism', () => {
  const spec = (): TreeSpec[] => [tree('d', 50, [
    { name: 'x', type: 'Double_t', values: Float64Array.from({ length: 50 }, (_, k) => Math.sin(k)) },
    { name: 'n', type: 'Long64_t', values: Array.from({ length: 50 }, (_, k) => BigInt(k) * 3n) },
  ])];

  it('gives identical bytes for the same input, written twice', () => {
    expect(writeRootFile(spec(), { basketEntries: 7 })).toEqual(writeRootFile(spec(), { basketEntries: 7 }));
  });

  it('changes only the TDatime words when the date option changes', () => {
    const a = writeRootFile(spec(), { compression: 'none' });
    const b = writeRootFile(spec(), { compression: 'none', date: new Date(Date.UTC(2030, 5, 15, 12, 30, 45)) });
    const changed = Array.from(a.keys()).filter((k) => a[k] !== b[k]);
    const records = walkRecords(a);
    const datimeBytes = new Set(records.flatMap((r) => [10, 11, 12, 13].map((d) => r.offset + d)));
    // fDatimeC and fDatimeM of the directory part (after the 13-byte name and the empty title) …
    [2, 3, 4, 5, 6, 7, 8, 9].forEach((d) => datimeBytes.add(records[0].offset + records[0].keylen + 14 + d));
    // … and the date inside the keys list's copy of the tree key.
    const keysList = records[records.length - 2];
    [10, 11, 12, 13].forEach((d) => datimeBytes.add(keysList.offset + keysList.keylen + 4 + d));
    expect(a.length).toBe(b.length);
    expect(changed.length).toBeGreaterThan(0);
    expect(changed.filter((k) => !datimeBytes.has(k))).toEqual([]);
  });
});
