import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { toBranchInfo } from '../../../scripts/root-reader/branch-info.js';
import { openRootFile } from '../../../scripts/root-reader/open-root-file.js';
import { readTree } from '../../../scripts/root-reader/read-tree.js';
import { parseRecordKey } from '../../../scripts/root-reader/record-key.js';
import { refusalReasons } from '../../../scripts/root-reader/refusal-reasons.js';
import { expectQuietConsole } from '../../support/quiet-console.js';
import { useRootFiles } from '../../support/rootfiles.js';
import { column, valuesOf } from './expect-values.js';

const rootfiles = useRootFiles('root-reader/read-tree-int64');
const temp = mkdtempSync(join(tmpdir(), 'runlens-int64-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

expectQuietConsole();

/**
 * A copy of the uncompressed sample file (raw baskets) with 64-bit values
 * written into the first basket of a branch: `values[i]` goes to value slot i.
 */
async function patchedSample(branch: string, values: bigint[]): Promise<string> {
  const bytes = new Uint8Array(readFileSync(rootfiles.path('scikit-hep-testdata/uproot-sample-6.20.04-uncompressed.root')));
  const file = await openRootFile(bytes);
  const tree = await file.readObject('sample') as { fBranches: { arr: Record<string, unknown>[] } };
  const seek = toBranchInfo(tree.fBranches.arr.find((b) => b.fName === branch)!).baskets[0].seek;
  const key = parseRecordKey(bytes, seek);
  expect(key.objlen).toBe(key.nbytes - key.keylen); // raw basket
  const view = new DataView(bytes.buffer);
  values.forEach((v, i) => view.setBigUint64(seek + key.keylen + 8 * i, BigInt.asUintN(64, v)));
  const path = join(temp, `${branch}.root`);
  writeFileSync(path, bytes);
  return path;
}

rootfiles.describe('readTree decodes 64-bit leaves from the basket bytes', () => {
  it('reads Long64_t -2^32 and -3e9 exactly (jsroot alone returns 0 and 1294967296)', async () => {
    const table = await readTree(await patchedSample('i8', [-(2n ** 32n), -3_000_000_000n]), 'sample', { include: ['i8'] });
    const i8 = column(table.columns, 'i8');
    expect([i8.rootType, i8.values.kind]).toEqual(['Long64_t', 'integer']);
    expect(valuesOf(i8.values).slice(0, 3)).toEqual([-4294967296, -3000000000, -13]);
  });

  it('keeps Long64_t values beyond 2^53 exact as a bigint column', async () => {
    const big = 2n ** 62n + 1n;
    const table = await readTree(await patchedSample('i8', [big, -big]), 'sample', { include: ['i8'] });
    const i8 = column(table.columns, 'i8');
    expect(i8.values.kind).toBe('bigint');
    expect(valuesOf(i8.values).slice(0, 3)).toEqual([big, -big, -13n]);
  });

  it('reads a fixed Long64_t array element by element (ai8[i])', async () => {
    const table = await readTree(await patchedSample('ai8', [-(2n ** 40n), 7n, 2n ** 60n]), 'sample', { include: ['ai8'] });
    expect(table.columns.map((c) => [c.name, c.values.kind])).toEqual([['ai8[0]', 'integer'], ['ai8[1]', 'integer'], ['ai8[2]', 'bigint']]);
    expect(valuesOf(table.columns[2].values).slice(0, 2)).toEqual([2n ** 60n, -11n]);
  });

  it('refuses a ULong64_t branch holding a value above 2^63-1, naming entry and value', async () => {
    const table = await readTree(await patchedSample('u8', [0n, 2n ** 64n - 1n]), 'sample', { include: ['u8', 'n'] });
    expect(table.columns.map((c) => c.name)).toEqual(['n']);
    expect(table.refused).toEqual([
      { branch: 'u8', rootType: 'ULong64_t', reason: refusalReasons.uint64AboveInt64(1, 2n ** 64n - 1n) },
    ]);
  });

  it('reads ULong64_t 2^63-1 exactly', async () => {
    const table = await readTree(await patchedSample('u8', [2n ** 63n - 1n]), 'sample', { include: ['u8'] });
    expect(valuesOf(column(table.columns, 'u8').values)[0]).toBe(2n ** 63n - 1n);
  });
});
