import { existsSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { FUZZ_TARGETS, rootFilesFolder } from '../../../scripts/fuzz/fuzz-targets';
import { useRootFiles } from '../../support/rootfiles.js';

const rootfiles = useRootFiles('fuzz/fuzz-targets');

it('rootFilesFolder follows $RUNLENS_ROOTFILES and is undefined where the folder has no README', () => {
  expect(rootFilesFolder({ RUNLENS_ROOTFILES: '/nowhere/at/all' })).toBeUndefined();
  if (!rootfiles.available) return;
  const folder = rootFilesFolder()!;
  expect(existsSync(path.join(folder, 'README.md'))).toBe(true);
  expect(rootFilesFolder({ RUNLENS_ROOTFILES: folder })).toBe(folder);
});

rootfiles.describe('FUZZ_TARGETS', () => {
  it('names at least 5 existing files: uncompressed, zlib, LZ4, a multi-cycle file, and baskets inside the TTree record', () => {
    expect(FUZZ_TARGETS.length).toBeGreaterThanOrEqual(5);
    for (const t of FUZZ_TARGETS) expect(existsSync(rootfiles.path(t.file)), t.file).toBe(true);
    const whys = FUZZ_TARGETS.map((t) => `${t.file} ${t.why}`).join('\n');
    for (const word of ['uncompressed', 'zlib', 'LZ4', 'two cycles', 'inside the TTree record']) expect(whys).toContain(word);
  });
});
