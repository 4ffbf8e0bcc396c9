import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { toBranchInfo, type BranchInfo } from '../../../scripts/root-reader/branch-info.js';
import { loadBaskets, type BasketContext } from '../../../scripts/root-reader/load-baskets.js';
import { openRootFile } from '../../../scripts/root-reader/open-root-file.js';
import { readMessages } from '../../../scripts/root-reader/read-messages.js';
import { writeRootFile } from '../../../scripts/root-writer/write-root-file.js';
import { useRootFiles } from '../../support/rootfiles.js';

const rootfiles = useRootFiles('root-reader/load-baskets');

async function branchOf(bytes: Uint8Array, tree: string, branch: string): Promise<BranchInfo> {
  const object = (await (await openRootFile(bytes)).readObject(tree)) as { fBranches: { arr: Record<string, unknown>[] } };
  return toBranchInfo(object.fBranches.arr.find((b) => b.fName === branch));
}

const context = (bytes: Uint8Array, treeEntries: number): BasketContext => ({ bytes, file: 'f.root', tree: 't', treeEntries, treeUnverified: [] });

rootfiles.describe('loadBaskets on uproot-sample-6.20.04-zlib.root (raw and zlib baskets mixed)', () => {
  const sample = () => new Uint8Array(readFileSync(rootfiles.path('scikit-hep-testdata/uproot-sample-6.20.04-zlib.root')));

  it('returns every basket of branch i8 with its entry data, and what a checksum covered of each', async () => {
    const bytes = sample();
    const loaded = await loadBaskets(context(bytes, 30), await branchOf(bytes, 'sample', 'i8'), { kind: 'fixed', entryBytes: 8 });
    expect(loaded.baskets.map((b) => b.entries)).toEqual([3, 3, 3, 3, 3, 3, 3, 3, 3, 3]);
    expect(loaded.baskets.every((b) => b.data.length === 8 * b.entries && b.nevBufSize === 8)).toBe(true);
    const first = new DataView(loaded.baskets[0].data.buffer, loaded.baskets[0].data.byteOffset);
    expect([first.getBigInt64(0), first.getBigInt64(8), first.getBigInt64(16)]).toEqual([-15n, -14n, -13n]);
    // 24 bytes of data do not shrink under zlib: ROOT stored every i8 basket raw.
    expect(loaded.checked.map((c) => c.unverified.map((p) => p.cause))).toEqual(Array(10).fill(['uncompressed']));
  });

  it('throws corrupt when the baskets hold fewer entries than the tree', async () => {
    const bytes = sample();
    await expect(loadBaskets(context(bytes, 31), await branchOf(bytes, 'sample', 'i8'), { kind: 'fixed', entryBytes: 8 })).rejects.toMatchObject({
      kind: 'corrupt', object: "branch 'i8'", message: expect.stringContaining(readMessages.branchEntries(30, 31)),
    });
  });

  it('throws corrupt for a raw basket whose entries do not fit the leaves (no checksum covers it)', async () => {
    const bytes = sample();
    await expect(loadBaskets(context(bytes, 30), await branchOf(bytes, 'sample', 'i8'), { kind: 'fixed', entryBytes: 4 })).rejects.toMatchObject({
      kind: 'corrupt', object: "branch 'i8' basket 0", message: expect.stringContaining(readMessages.layoutDamaged(readMessages.entrySize(8, 4))),
    });
  });
});

describe('loadBaskets on files of the project writer', () => {
  const write = (baskets: 'records' | 'last-in-tree' | 'all-in-tree', compression: 'none' | { algorithm: 'zlib'; level: number } = { algorithm: 'zlib', level: 6 }) =>
    writeRootFile([{ name: 't', entries: 25, branches: [{ name: 'x', type: 'Double_t', values: Float64Array.from({ length: 25 }, (_, k) => k), baskets }] }], { basketEntries: 10, compression });

  it('returns records first, then the basket kept in the TTree record, which shares the record\'s integrity', async () => {
    const bytes = write('last-in-tree');
    const loaded = await loadBaskets({ ...context(bytes, 25), treeUnverified: [{ cause: 'zstd', bytes: 10 }] }, await branchOf(bytes, 't', 'x'), { kind: 'fixed', entryBytes: 8 });
    expect(loaded.baskets.map((b) => [b.ref.index, b.ref.firstEntry, b.entries, b.ref.inTree !== undefined])).toEqual([[0, 0, 10, false], [1, 10, 10, false], [2, 20, 5, true]]);
    expect(new DataView(loaded.baskets[2].data.buffer, loaded.baskets[2].data.byteOffset).getFloat64(32)).toBe(24);
    expect(loaded.checked[2]).toEqual({ kind: 'basket', name: "branch 'x' basket 2", bytes: 0, unverified: [{ cause: 'zstd', bytes: 0 }] });
    expect(loaded.checked.slice(0, 2).every((c) => c.bytes > 0 && c.unverified.length === 0)).toBe(true);
  });

  it('throws corrupt for entries that do not fit even when a checksum verified the data: the layout fields sit in the unchecked key', async () => {
    const bytes = write('records');
    await expect(loadBaskets(context(bytes, 25), await branchOf(bytes, 't', 'x'), { kind: 'fixed', entryBytes: 4 })).rejects.toMatchObject({
      kind: 'corrupt', object: "branch 'x' basket 0", message: expect.stringContaining(readMessages.layoutDamaged(readMessages.entrySize(8, 4))),
    });
    const kept = write('all-in-tree');
    await expect(loadBaskets(context(kept, 25), await branchOf(kept, 't', 'x'), { kind: 'fixed', entryBytes: 4 })).rejects.toMatchObject({ kind: 'corrupt' });
  });

  it('throws corrupt for a basket whose first entry does not follow the one before', async () => {
    const bytes = write('records', 'none');
    const info = await branchOf(bytes, 't', 'x');
    info.baskets[1] = { ...info.baskets[1], firstEntry: 11 };
    await expect(loadBaskets(context(bytes, 25), info, { kind: 'fixed', entryBytes: 8 })).rejects.toMatchObject({
      kind: 'corrupt', object: "branch 'x' basket 1", message: expect.stringContaining(readMessages.basketStart(11, 10, 10)),
    });
  });

  it('passes over an empty slot without a record (no entries in it), and reads the rest', async () => {
    const bytes = write('last-in-tree', 'none');
    const info = await branchOf(bytes, 't', 'x');
    info.baskets.splice(1, 0, { index: 9, firstEntry: 10, entries: 0, seek: 0, bytes: 0 });
    const loaded = await loadBaskets(context(bytes, 25), info, { kind: 'fixed', entryBytes: 8 });
    expect(loaded.baskets.map((b) => b.entries)).toEqual([10, 0, 10, 5]);
    expect(loaded.checked).toHaveLength(3);
  });

  it('throws corrupt for a basket slot with neither a record nor a copy in the TTree record', async () => {
    const bytes = write('records', 'none');
    const info = await branchOf(bytes, 't', 'x');
    info.baskets[0] = { ...info.baskets[0], seek: 0 };
    await expect(loadBaskets(context(bytes, 25), info, { kind: 'fixed', entryBytes: 8 })).rejects.toMatchObject({
      kind: 'corrupt', object: "branch 'x' basket 0", message: expect.stringContaining(readMessages.basketNowhere(0)),
    });
  });
});
