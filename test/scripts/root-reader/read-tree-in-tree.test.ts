import { readFileSync } from 'node:fs';
import { openFile } from 'jsroot';
import { TSelector, treeProcess } from 'jsroot/tree';
import { describe, expect, it, vi } from 'vitest';
import { readTree, type TreeTable } from '../../../scripts/root-reader/read-tree.js';
import type { BasketLayout, BranchSpec, Compression } from '../../../scripts/root-writer/write-root-file.js';
import { writeRootFile } from '../../../scripts/root-writer/write-root-file.js';
import { expectQuietConsole } from '../../support/quiet-console.js';
import { useRootFiles } from '../../support/rootfiles.js';
import { column, valuesOf } from './expect-values.js';

const rootfiles = useRootFiles('root-reader/read-tree-in-tree');

const ENTRIES = 23;
const range = (f: (k: number) => number) => Array.from({ length: ENTRIES }, (_, k) => f(k));
const LONGS = range((k) => k).map((k) => [-(2n ** 63n), -3_000_000_000n, 2n ** 53n + 1n, -1n][k % 4] / BigInt(k % 4 === 0 ? k + 1 : 1) * BigInt(k % 4 === 0 ? 1 : k + 1));

/** One branch of each type the writer has, arrays included; `baskets` set per test. */
const BRANCHES: Omit<BranchSpec, 'baskets'>[] = [
  { name: 'run', type: 'UInt_t', values: range((k) => 4_000_000_000 + k) },
  { name: 'o', type: 'Bool_t', values: range((k) => k % 3 === 0 ? 1 : 0) },
  { name: 'c', type: 'Char_t', shape: [3], values: Array.from({ length: 3 * ENTRIES }, (_, k) => (k * 37) % 256 - 128) },
  { name: 'uc', type: 'UChar_t', values: range((k) => 255 - k) },
  { name: 's', type: 'Short_t', values: range((k) => -32768 + 1000 * k) },
  { name: 'us', type: 'UShort_t', values: range((k) => 65535 - 7 * k) },
  { name: 'i', type: 'Int_t', values: range((k) => (k % 2 ? -(2 ** 31) + k : 2 ** 31 - 1 - k)) },
  { name: 'l', type: 'Long64_t', values: LONGS },
  { name: 'ul', type: 'ULong64_t', values: range((k) => k).map((k) => 2n ** 63n - 1n - BigInt(k)) },
  { name: 'f', type: 'Float_t', shape: [2], values: Array.from({ length: 2 * ENTRIES }, (_, k) => [NaN, -0, 1.1, -3.4e38, 1e-45, Infinity][k % 6] * (k + 1)) },
  { name: 'd', type: 'Double_t', values: range((k) => [NaN, -0, Math.PI, -Infinity, 5e-324, Number.MAX_VALUE][k % 6] / (k % 6 === 5 ? 1 : k + 1)) },
];

/** Expected column values of a branch as the reader returns them: numbers (Float_t via fround), 0/1, bigint beyond 2^53. */
function expectedColumns(b: Omit<BranchSpec, 'baskets'>): [string, unknown[]][] {
  const width = (b.shape ?? [1]).reduce((x, y) => x * y, 1);
  const names = b.shape ? Array.from({ length: width }, (_, k) => `${b.name}[${k}]`) : [b.name];
  return names.map((name, k) => {
    const values = Array.from({ length: ENTRIES }, (_, e) => b.values[e * width + k]);
    if (b.type === 'Float_t') return [name, values.map((v) => Math.fround(v as number))];
    const wide = values.some((v) => typeof v === 'bigint' && (v > 2n ** 53n || v < -(2n ** 53n)));
    return [name, values.map((v) => (wide ? BigInt(v) : Number(v)))];
  });
}

/** Doubles compared by their bits, so NaN, −0 and +0 are told apart. */
const bits = (v: unknown) => (typeof v === 'number' ? new BigUint64Array(Float64Array.of(v).buffer)[0] : v);

function expectExact(table: TreeTable, branches: Omit<BranchSpec, 'baskets'>[]): void {
  const expected = branches.flatMap(expectedColumns);
  expect(table.columns.map((c) => c.name)).toEqual(expected.map(([name]) => name));
  for (const [name, values] of expected) expect(valuesOf(column(table.columns, name).values).map(bits), name).toEqual(values.map(bits));
}

const LAYOUTS: [string, (i: number) => BasketLayout][] = [
  ['every branch in records', () => 'records'],
  ['every branch with its last basket in the TTree record', () => 'last-in-tree'],
  ['every branch with all its entries in the TTree record', () => 'all-in-tree'],
  ['mixed: records, last in the record, all in the record by turns', (i) => (['records', 'last-in-tree', 'all-in-tree'] as const)[i % 3]],
];
const COMPRESSIONS: [string, Compression][] = [['raw', 'none'], ['zlib', { algorithm: 'zlib', level: 6 }]];

expectQuietConsole();

describe('readTree on writer files with baskets kept inside the TTree record', () => {
  describe.each(COMPRESSIONS)('%s', (label, compression) => {
    it.each(LAYOUTS)('%s: every value of 11 branches of every type reads back exactly', async (_, layout) => {
      const branches = BRANCHES.map((b, i) => ({ ...b, baskets: layout(i) }));
      const bytes = writeRootFile([{ name: 'trending', entries: ENTRIES, branches }], { compression, basketEntries: 7 });
      const table = await readTree(`${label}.root`, 'trending', { bytes });
      expect([table.entries, table.refused]).toEqual([ENTRIES, []]);
      expectExact(table, BRANCHES);
      // 23 entries in baskets of 7: 4 baskets per branch, or 1 when all are kept in the record.
      expect(table.integrity.baskets).toBe(branches.reduce((n, b) => n + (b.baskets === 'all-in-tree' ? 1 : 4), 0));
      if (label === 'raw') expect(table.unverified?.baskets).toBe(table.integrity.baskets);
    });
  });

  it('counts a basket kept in a zlib-compressed TTree record as covered by that record\'s checksum, and in a raw one as not', async () => {
    const branches = [{ name: 'x', type: 'Double_t' as const, values: range((k) => k * 0.5), baskets: 'all-in-tree' as const }];
    const zlib = await readTree('z.root', 't', { bytes: writeRootFile([{ name: 't', entries: ENTRIES, branches }], { compression: { algorithm: 'zlib', level: 6 } }) });
    expect([zlib.integrity.baskets, zlib.integrity.basketsUnverified, zlib.unverified]).toEqual([1, 0, undefined]);
    const raw = await readTree('r.root', 't', { bytes: writeRootFile([{ name: 't', entries: ENTRIES, branches }], { compression: 'none' }) });
    expect([raw.integrity.baskets, raw.integrity.basketsUnverified, raw.integrity.recordsUnverified]).toEqual([1, 1, ['StreamerInfo', "TTree 't'"]]);
  });

  it('reads a single entry kept in the record and a tree of 0 entries in every layout', async () => {
    for (const baskets of ['last-in-tree', 'all-in-tree'] as const) {
      const one = await readTree('one.root', 't', { bytes: writeRootFile([{ name: 't', entries: 1, branches: [{ name: 'x', type: 'Long64_t', values: [-(2n ** 40n)], baskets }] }]) });
      expect(valuesOf(column(one.columns, 'x').values)).toEqual([-(2 ** 40)]);
      const none = await readTree('none.root', 't', { bytes: writeRootFile([{ name: 't', entries: 0, branches: [{ name: 'x', type: 'Int_t', values: [], baskets }] }]) });
      expect([none.entries, valuesOf(column(none.columns, 'x').values)]).toEqual([0, []]);
    }
  });
});

/** Every entry of the given branches as jsroot reads them (the oracle for Float_t / Double_t / Int_t), console muted (ROOT 3 files make jsroot log). */
async function jsrootColumns(path: string, tree: string, names: string[]): Promise<Record<string, number[]>> {
  const muted = (['log', 'warn', 'error'] as const).map((level) => vi.spyOn(console, level).mockImplementation(() => undefined));
  try {
    const bytes = readFileSync(path);
    const object = await (await openFile(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength))).readObject(tree);
    const out: Record<string, number[]> = Object.fromEntries(names.map((n) => [n, []]));
    const selector = new TSelector();
    for (const n of names) selector.addBranch(n);
    selector.Process = function (this: { tgtobj: Record<string, number> }) {
      for (const n of names) out[n].push(this.tgtobj[n]);
    };
    await treeProcess(object, selector);
    return out;
  } finally {
    for (const spy of muted) spy.mockRestore();
  }
}

rootfiles.describe('readTree on real files whose baskets sit inside the TTree record', () => {
  it('uproot-issue21.root: 7 branches of 61 entries, each kept whole in the TTree record, equal jsroot and the known mH values', async () => {
    const path = rootfiles.path('scikit-hep-testdata/uproot-issue21.root');
    const table = await readTree(path, 'nllscan');
    const names = ['status', 'nll', 'mH', 'mu_ggH', 'mu_VBF', 'mu_VH', 'mu_ttH'];
    expect([table.entries, table.columns.map((c) => c.name), table.refused]).toEqual([61, names, []]);
    expect([table.integrity.baskets, table.integrity.basketsUnverified]).toEqual([7, 0]); // inside a zlib-compressed record
    const oracle = await jsrootColumns(path, 'nllscan', names);
    for (const name of names) expect(valuesOf(column(table.columns, name).values), name).toEqual(oracle[name]);
    const known = (await rootfiles.expected<{ file: string; branch: string; first: number; values: number[] }[]>('expected_values.json'))
      .find((k) => k.file.endsWith('uproot-issue21.root') && k.branch === 'mH')!;
    expect(valuesOf(column(table.columns, 'mH').values).slice(known.first, known.first + known.values.length)).toEqual(known.values);
  });

  it('hsimple.31000.root (ROOT 3.10): one basket record per branch and the last kept in the TTree record, equal jsroot', async () => {
    const path = rootfiles.path('roottest/root/treeformula/formulaio/hsimple.31000.root');
    const table = await readTree(path, 'ntuple');
    const names = ['px', 'py', 'pz', 'random', 'i'];
    const oracle = await jsrootColumns(path, 'ntuple', names);
    for (const name of names) expect(valuesOf(column(table.columns, name).values), name).toEqual(oracle[name]);
    expect(valuesOf(column(table.columns, 'i').values)).toEqual(Array.from({ length: 10000 }, (_, k) => k));
    expect(table.integrity.baskets).toBe(10); // 5 records and 5 baskets in the record
  });

  it('uproot-foriter.root and uproot-foriter2.root keep no basket in the TTree record (many small baskets in records)', async () => {
    for (const [name, tree] of [['uproot-foriter.root', 'foriter'], ['uproot-foriter2.root', 'foriter2']]) {
      const table = await readTree(rootfiles.path(`scikit-hep-testdata/${name}`), tree);
      const oracle = await jsrootColumns(rootfiles.path(`scikit-hep-testdata/${name}`), tree, ['data']);
      expect(valuesOf(column(table.columns, 'data').values)).toEqual(oracle.data);
      expect(table.integrity.baskets).toBeGreaterThan(1);
    }
  });
});
