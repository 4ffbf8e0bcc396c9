import { readFileSync } from 'node:fs';
import { expect, it, vi } from 'vitest';
import { openRootFile } from '../../../scripts/root-reader/open-root-file.js';
import { readWithJsroot } from '../../../scripts/root-reader/read-with-jsroot.js';
import { useRootFiles } from '../../support/rootfiles.js';

const rootfiles = useRootFiles('root-reader/read-with-jsroot');

async function treeOf(name: string, tree: string) {
  const file = await openRootFile(new Uint8Array(readFileSync(rootfiles.path(`scikit-hep-testdata/${name}`))), name);
  const object = (await file.readObject(tree)) as { fBranches: { arr: { fName: string }[] } };
  const branch = (n: string) => ({ name: n, object: object.fBranches.arr.find((b) => b.fName === n) });
  return { object, branch };
}

rootfiles.describe('readWithJsroot', () => {
  it('returns every entry of each branch, copied out of jsroot\'s target object', async () => {
    const { object, branch } = await treeOf('uproot-sample-6.20.04-zlib.root', 'sample');
    const read = await readWithJsroot(object, [branch('i4'), branch('af4'), branch('str')]);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.values.get('i4')!.slice(0, 3)).toEqual([-15, -14, -13]);
    expect(read.values.get('af4')![0]).toEqual([Math.fround(-13.9), Math.fround(-12.9), Math.fround(-11.9)]);
    expect(read.values.get('str')!.slice(28)).toEqual(['hey-28', 'hey-29']);
  });

  it('names the branch jsroot refuses to add', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { object, branch } = await treeOf('uproot-double32-float16.root', 'tree');
    const read = await readWithJsroot(object, [branch('double32_10')]);
    expect(read).toEqual({ ok: false, branch: 'double32_10', detail: 'Fail to add branch double32_10' });
    expect(warn).toHaveBeenCalledWith('Not supported branch double32_10 type TBranch');
    warn.mockRestore();
  });
});
