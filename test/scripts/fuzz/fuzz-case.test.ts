import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { prepareTarget, runCase } from '../../../scripts/fuzz/fuzz-case';
import { writeRootFile } from '../../../scripts/root-writer/write-root-file';
import { walkRecords } from '../root-reader/record-walk';

const folder = mkdtempSync(path.join(tmpdir(), 'runlens-fuzz-case-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const ENTRIES = 50;
const file = writeRootFile([{ name: 'trending', entries: ENTRIES, branches: [
  { name: 'run', type: 'Int_t', values: Int32Array.from({ length: ENTRIES }, (_, k) => 1000 + k) },
  { name: 'x', type: 'Double_t', values: Float64Array.from({ length: ENTRIES }, (_, k) => k / 3) },
] }], { compression: 'none' });
writeFileSync(path.join(folder, 'made.root'), file);
const target = { file: 'made.root', tree: 'trending', key: 'run', why: 'test' };

describe('prepareTarget and runCase (a raw file made by the writer)', () => {
  it('builds the clean file once, then tells refused, kept and flagged builds apart', async () => {
    const prepared = await prepareTarget(target, folder, path.join(folder, 'work'));
    expect(prepared.clean.exitCode).toBe(0);
    expect(prepared.clean.csv.split('\n')[1]).toBe('1000,0');

    const truncated = await runCase(prepared, { kind: 'truncate', length: 300 });
    expect(truncated).toMatchObject({ exitCode: 1, outputsKept: true, noise: [], readError: { kind: 'truncated' } });
    expect(truncated.errorLines.join('\n')).toContain('made.root');

    // The last byte lies in the free segments record, which no reader looks at.
    const same = await runCase(prepared, { kind: 'flip', at: file.length - 1, mask: 1 });
    expect(same).toMatchObject({ exitCode: 0, sameAsClean: true, unverifiedReported: true, noise: [] });

    const basket = walkRecords(file).find((r) => r.className === 'TBasket' && r.name === 'x')!;
    const changed = await runCase(prepared, { kind: 'flip', at: basket.offset + basket.keylen + 2, mask: 0x40 }); // a raw double of x
    expect(changed).toMatchObject({ exitCode: 0, sameAsClean: false, unverifiedReported: true, outputsKept: false });
  });
});
