import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { toBranchInfo } from '../../../scripts/root-reader/branch-info.js';
import { loadBaskets } from '../../../scripts/root-reader/load-baskets.js';
import { openRootFile } from '../../../scripts/root-reader/open-root-file.js';
import { useRootFiles } from '../../support/rootfiles.js';

const rootfiles = useRootFiles('root-reader/load-baskets');

rootfiles.describe('loadBaskets on uproot-sample-6.20.04-zlib.root (raw and zlib baskets mixed)', () => {
  it('returns every basket of branch i8 with its decompressed entries', async () => {
    const bytes = new Uint8Array(readFileSync(rootfiles.path('scikit-hep-testdata/uproot-sample-6.20.04-zlib.root')));
    const tree = (await (await openRootFile(bytes, 'sample')).readObject('sample')) as { fBranches: { arr: Record<string, unknown>[] } };
    const info = toBranchInfo(tree.fBranches.arr.find((b) => b.fName === 'i8')!);
    const baskets = await loadBaskets(bytes, 'sample.root', info, 30);
    expect(baskets.map((b) => b.ref.entries)).toEqual([3, 3, 3, 3, 3, 3, 3, 3, 3, 3]);
    expect(baskets.every((b) => b.record.payload.length === 8 * b.ref.entries)).toBe(true);
    const first = new DataView(baskets[0].record.payload.buffer, baskets[0].record.payload.byteOffset);
    expect([first.getBigInt64(0), first.getBigInt64(8), first.getBigInt64(16)]).toEqual([-15n, -14n, -13n]);
  });

  it('throws corrupt when the baskets hold fewer entries than the tree', async () => {
    const bytes = new Uint8Array(readFileSync(rootfiles.path('scikit-hep-testdata/uproot-sample-6.20.04-zlib.root')));
    const tree = (await (await openRootFile(bytes, 'sample')).readObject('sample')) as { fBranches: { arr: Record<string, unknown>[] } };
    const info = toBranchInfo(tree.fBranches.arr.find((b) => b.fName === 'i8')!);
    await expect(loadBaskets(bytes, 'sample.root', info, 31)).rejects.toMatchObject({
      kind: 'corrupt', object: "branch 'i8'", message: expect.stringContaining('its baskets hold 30 entries, the tree has 31.'),
    });
  });
});
