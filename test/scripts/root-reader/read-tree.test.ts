import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import type { UnverifiedCause } from '../../../scripts/root-reader/integrity.js';
import { readMessages } from '../../../scripts/root-reader/read-messages.js';
import { readTree, type TreeTable } from '../../../scripts/root-reader/read-tree.js';
import { refusalReasons } from '../../../scripts/root-reader/refusal-reasons.js';
import type { RootReadError } from '../../../scripts/root-reader/root-read-error.js';
import { expectQuietConsole } from '../../support/quiet-console.js';
import { useRootFiles } from '../../support/rootfiles.js';
import { column, expectKnownValue, valuesOf } from './expect-values.js';
import { walkRecords, type WalkedRecord } from './record-walk.js';

const rootfiles = useRootFiles('root-reader/read-tree');
const sk = (name: string) => rootfiles.path(`scikit-hep-testdata/${name}`);

interface KnownValues { file: string; tree: string; branch: string; first: number; values: unknown[] }

expectQuietConsole();

async function expectKnown(table: TreeTable, file: string): Promise<number> {
  const known = (await rootfiles.expected<KnownValues[]>('expected_values.json')).filter((k) => k.file === file && k.tree === table.tree);
  for (const k of known) {
    const values = valuesOf(column(table.columns, k.branch).values);
    k.values.forEach((v, i) => expectKnownValue(values[k.first + i], v, `${file} ${k.branch}[${k.first + i}]`));
  }
  return known.length;
}

const ZMUMU = [
  ['uproot-Zmumu.root', '6.08/04', 'zlib-4'],
  ['uproot-Zmumu-zlib.root', '6.10/05', 'zlib-4'],
  ['uproot-Zmumu-lzma.root', '6.10/05', 'lzma-4'],
  ['uproot-Zmumu-lz4.root', '6.10/05', 'lz4-4'],
  ['uproot-Zmumu-zstd.root', '6.19/01', 'zstd-5'],
  ['uproot-Zmumu-uncompressed.root', '6.10/05', 'none'],
] as const;

rootfiles.describe('readTree on uproot-Zmumu (every compression)', () => {
  it.each(ZMUMU)('readTree(%s, "events") reads 2304 entries of 20 flat branches with the known values', async (name, version, compression) => {
    const table = await readTree(sk(name), 'events');
    expect(table.entries).toBe(2304);
    expect(table.rootVersion).toBe(version);
    expect(table.compression).toBe(compression);
    expect(table.refused).toEqual([]);
    expect(table.columns.map((c) => c.name)).toEqual([
      'Type', 'Run', 'Event', 'E1', 'px1', 'py1', 'pz1', 'pt1', 'eta1', 'phi1', 'Q1',
      'E2', 'px2', 'py2', 'pz2', 'pt2', 'eta2', 'phi2', 'Q2', 'M',
    ]);
    expect(table.columns.every((c) => c.values.data.length === 2304)).toBe(true);
    expect(await expectKnown(table, `scikit-hep-testdata/${name}`)).toBe(4);
  });

  it('reads Type/C as text, Run/I as integer and px1/D as real, with ROOT types', async () => {
    const table = await readTree(sk('uproot-Zmumu.root'), 'events');
    const type = column(table.columns, 'Type');
    expect([type.rootType, type.values.kind]).toEqual(['char*', 'text']);
    expect(valuesOf(type.values).slice(0, 4)).toEqual(['GT', 'TT', 'GT', 'GG']);
    const run = column(table.columns, 'Run');
    expect([run.rootType, run.values.kind, run.title, run.unit]).toEqual(['Int_t', 'integer', '', '']);
    expect(valuesOf(run.values)[0]).toBe(148031);
    expect([column(table.columns, 'px1').rootType, column(table.columns, 'px1').values.kind]).toEqual(['Double_t', 'real']);
  });

  it('include and exclude select branches by name and glob', async () => {
    const only = await readTree(sk('uproot-Zmumu.root'), 'events', { include: ['Run', 'p?1'], exclude: ['py1'] });
    expect(only.columns.map((c) => c.name)).toEqual(['Run', 'px1', 'pz1', 'pt1']);
    const none = await readTree(sk('uproot-Zmumu.root'), 'events', { exclude: ['*'] });
    expect([none.entries, none.columns, none.refused]).toEqual([2304, [], []]);
  });
});

rootfiles.describe('readTree against expected_values.json', () => {
  it('reads every known value of the 19 flat file/tree pairs (all but TreeArray and stl_containers)', async () => {
    const known = await rootfiles.expected<KnownValues[]>('expected_values.json');
    const flat = known.filter((k) => !/TreeArray|stl_containers/.test(k.file));
    const pairs = [...new Set(flat.map((k) => `${k.file}|${k.tree}`))];
    expect([pairs.length, known.length - flat.length]).toEqual([19, 3]);
    let checked = 0;
    for (const pair of pairs) {
      const [file, tree] = pair.split('|');
      checked += await expectKnown(await readTree(rootfiles.path(file), tree), file);
    }
    expect(checked).toBe(flat.length);
  });
});

rootfiles.describe('readTree on small trees', () => {
  it('reads uproot-simple.root tree one/I, two/F (as float32 doubles) and three/C', async () => {
    const table = await readTree(sk('uproot-simple.root'), 'tree');
    expect([table.entries, table.rootVersion, table.refused]).toEqual([4, '6.06/00', []]);
    expect(table.columns.map((c) => [c.name, c.rootType, c.values.kind])).toEqual([
      ['one', 'Int_t', 'integer'], ['two', 'Float_t', 'real'], ['three', 'char*', 'text'],
    ]);
    expect(await expectKnown(table, 'scikit-hep-testdata/uproot-simple.root')).toBe(3);
  });

  it('reads a tree inside a directory (one/tree in uproot-nesteddirs.root)', async () => {
    const table = await readTree(sk('uproot-nesteddirs.root'), 'one/tree');
    expect(table.entries).toBe(4);
    expect(await expectKnown(table, 'scikit-hep-testdata/uproot-nesteddirs.root')).toBe(3);
  });

  it('reads a leaf list as branch.leaf columns (uproot-leaflist.root)', async () => {
    const table = await readTree(sk('uproot-leaflist.root'), 'tree');
    expect(table.columns.map((c) => [c.name, c.rootType, c.values.kind, c.title])).toEqual([
      ['leaflist.x', 'Double_t', 'real', ''], ['leaflist.y', 'Int_t', 'integer', ''], ['leaflist.z', 'Char_t', 'integer', ''],
    ]);
    expect(await expectKnown(table, 'scikit-hep-testdata/uproot-leaflist.root')).toBe(3);
  });

  it('returns a tree with 0 entries as entries 0 with empty columns (uproot-empty.root)', async () => {
    const table = await readTree(sk('uproot-empty.root'), 'tree');
    expect(table.entries).toBe(0);
    expect(table.columns.map((c) => [c.name, c.values.kind, c.values.data.length])).toEqual([
      ['x', 'integer', 0], ['y', 'real', 0], ['z', 'text', 0],
    ]);
  });

  it('reads a fixed 10-element array as arr[0]…arr[9] (TreeArray.root)', async () => {
    const table = await readTree(rootfiles.path('roottest/root/tree/selectorreader/trees/TreeArray.root'), 'TreeArray');
    const arr = table.columns.filter((c) => c.name.startsWith('arr['));
    expect(arr.map((c) => c.name)).toEqual(Array.from({ length: 10 }, (_, i) => `arr[${i}]`));
    expect(valuesOf(arr[0].values).slice(0, 3)).toEqual([100, 200, 300]);
    expect(valuesOf(arr[9].values).slice(0, 3)).toEqual([109, 209, 309]);
  });

  it('reads a ROOT 3.10 ntuple whose last basket is kept inside the TTree record (hsimple.31000.root)', async () => {
    const table = await readTree(rootfiles.path('roottest/root/treeformula/formulaio/hsimple.31000.root'), 'ntuple');
    expect([table.entries, table.rootVersion, table.refused]).toEqual([10000, '3.10/00', []]);
    expect(table.columns.map((c) => [c.name, c.rootType])).toEqual([
      ['px', 'Float_t'], ['py', 'Float_t'], ['pz', 'Float_t'], ['random', 'Float_t'], ['i', 'Float_t'],
    ]);
    expect(valuesOf(column(table.columns, 'i').values)).toEqual(Array.from({ length: 10000 }, (_, i) => i));
  });

  it('refuses Double32_t and Float16_t leaves by name (uproot-double32-float16.root)', async () => {
    const table = await readTree(sk('uproot-double32-float16.root'), 'tree');
    const packed = table.refused.filter((r) => /^(double32|float16|array)_/.test(r.branch));
    expect(packed.map((r) => [r.branch, r.rootType])).toEqual([
      ['double32_32', 'Double32_t'], ['double32_30', 'Double32_t'], ['double32_20', 'Double32_t'],
      ['double32_10', 'Double32_t'], ['double32_5', 'Double32_t'], ['double32_3', 'Double32_t'],
      ['float16_16', 'Float16_t'], ['float16_10', 'Float16_t'], ['float16_5', 'Float16_t'], ['float16_3', 'Float16_t'],
      ['array_30', 'Double32_t'], ['array_10', 'Float16_t'],
    ]);
    expect(packed[0].reason).toBe(refusalReasons.packedFloat('Double32_t'));
    expect(table.columns.some((c) => /^(double32|float16|array)_/.test(c.name))).toBe(false);
  });

  it('refuses std::string, TString and vector branches as object branches (uproot-stl_containers.root)', async () => {
    const table = await readTree(sk('uproot-stl_containers.root'), 'tree', { include: ['string', 'tstring', 'vector_int32'] });
    expect(table.columns).toEqual([]);
    expect(table.refused.map((r) => [r.branch, r.reason])).toEqual(
      ['string', 'tstring', 'vector_int32'].map((b) => [b, refusalReasons.objectBranch('TBranchElement')]),
    );
  });
});

/**
 * What the integrity summary of a one-tree file read whole must be, from an
 * independent walk of its records: every TBasket, the StreamerInfo and the
 * TTree record count; raw data, zstd and legacy 'CS' blocks have no checksum.
 */
function expectedIntegrity(bytes: Uint8Array) {
  const records = walkRecords(bytes).filter((r) => r.className === 'TBasket' || r.className === 'TTree' || r.name === 'StreamerInfo');
  const unchecked = (r: WalkedRecord) => r.storage === 'raw' || r.storage === 'ZS' || r.storage === 'CS';
  const baskets = records.filter((r) => r.className === 'TBasket');
  return {
    baskets: baskets.length,
    basketsUnverified: baskets.filter(unchecked).length,
    bytes: records.reduce((n, r) => n + r.stored, 0),
    bytesUnverified: records.filter(unchecked).reduce((n, r) => n + r.stored, 0),
    recordsUnverified: records.filter((r) => r.className !== 'TBasket' && unchecked(r)).map((r) => (r.className === 'TTree' ? "TTree 'events'" : 'StreamerInfo')),
  };
}

rootfiles.describe('readTree options.bytes and unverified', () => {
  it('reads the given bytes instead of the file, naming the given path', async () => {
    const bytes = new Uint8Array(readFileSync(sk('uproot-simple.root')));
    const table = await readTree('/nowhere/simple.root', 'tree', { bytes });
    expect([table.file, table.entries, valuesOf(column(table.columns, 'one').values)]).toEqual(['/nowhere/simple.root', 4, [1, 2, 3, 4]]);
    const error = await readTree('/nowhere/cut.root', 'tree', { bytes: bytes.subarray(0, 1000) }).catch((e: unknown) => e);
    expect([(error as RootReadError).kind, (error as RootReadError).file]).toEqual(['truncated', '/nowhere/cut.root']);
  });

  it.each(ZMUMU)('counts in %s the baskets and bytes a checksum covers and those none does (raw, zstd)', async (name) => {
    const bytes = new Uint8Array(readFileSync(sk(name)));
    const table = await readTree(sk(name), 'events');
    const expected = expectedIntegrity(bytes);
    const { byCause, ...counts } = table.integrity;
    expect({ ...counts, recordsUnverified: [...counts.recordsUnverified].sort() }).toEqual({ ...expected, recordsUnverified: expected.recordsUnverified.sort() });
    expect(Object.values(byCause).reduce((a, b) => a + b, 0)).toBe(expected.bytesUnverified);
    if (expected.bytesUnverified === 0) expect(table.unverified).toBeUndefined();
    else expect(table.unverified).toEqual({
      baskets: expected.basketsUnverified, basketsRead: expected.baskets, bytes: expected.bytesUnverified, bytesRead: expected.bytes,
      detail: readMessages.unverified(table.integrity, Object.entries(byCause) as [UnverifiedCause, number][]),
    });
  });

  it('finds what the Zmumu files are known to hold: nothing unchecked in zlib and lzma, everything in the uncompressed and zstd files, one raw LZ4 basket', async () => {
    const unverified = async (name: string) => (await readTree(sk(name), 'events')).unverified?.baskets ?? 0;
    expect(await Promise.all(ZMUMU.map(([name]) => unverified(name)))).toEqual([0, 0, 0, 1, 20, 20]);
  });

  it('counts only the baskets of the branches read', async () => {
    const none = (await readTree(sk('uproot-Zmumu-zstd.root'), 'events', { exclude: ['*'] })).integrity;
    const one = (await readTree(sk('uproot-Zmumu-zstd.root'), 'events', { include: ['Run'] })).integrity;
    expect([none.baskets, none.basketsUnverified, one.baskets, one.basketsUnverified]).toEqual([0, 0, 1, 1]);
    expect(none.recordsUnverified).toEqual(['StreamerInfo', "TTree 'events'"]);
    expect(one.bytes).toBeGreaterThan(none.bytes);
  });
});
