import { mkdir, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SET_MARKER } from '../../../src/contract/data-contract';
import { sidePaths } from '../../../scripts/pipeline/check-output-target';
import { recoverOutputSet } from '../../../scripts/pipeline/recover-output-set';
import { withTempDir } from './helpers';

const LEGACY = { 'manifest.json': '{"format":"runlens-data/1"}', 'runlens.csv': 'old' };

async function make(dir: string, files: Record<string, string>): Promise<void> {
  await mkdir(dir, { recursive: true });
  for (const [name, text] of Object.entries(files)) await writeFile(path.join(dir, name), text);
}

describe('recoverOutputSet', () => {
  it('does nothing when there is nothing to recover', () =>
    withTempDir(async (dir) => {
      await recoverOutputSet(path.join(dir, 'data'));
      expect(await readdir(dir)).toEqual([]);
    }));

  it('puts a previous set back in place of an empty output folder', () =>
    withTempDir(async (dir) => {
      const out = path.join(dir, 'data');
      await mkdir(out);
      await make(sidePaths(out).previous, LEGACY);
      await recoverOutputSet(out);
      expect((await readdir(out)).sort()).toEqual(['manifest.json', 'runlens.csv']);
      expect(await readdir(dir)).toEqual(['data']);
    }));

  it('removes a staging folder with a marker, whatever it holds', () =>
    withTempDir(async (dir) => {
      const out = path.join(dir, 'data');
      await make(sidePaths(out).staging, { [SET_MARKER]: 'd'.repeat(32), 'runlens.sqlite': 'half' });
      await recoverOutputSet(out);
      expect(await readdir(dir)).toEqual([]);
    }));
});
