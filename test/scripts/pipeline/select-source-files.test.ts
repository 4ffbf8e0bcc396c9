import { mkdir, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BuildError } from '../../../scripts/pipeline/build-error';
import { sidePaths } from '../../../scripts/pipeline/check-output-target';
import { messages } from '../../../scripts/pipeline/messages';
import { fileLabel, selectSourceFiles } from '../../../scripts/pipeline/select-source-files';
import { caught, csvSpec, withTempDir } from './helpers';

describe('selectSourceFiles', () => {
  it('never matches the output folder or its staging and previous folders, even with **/*.csv', () =>
    withTempDir(async (dir) => {
      const out = path.join(dir, 'out');
      for (const d of Object.values(sidePaths(out))) {
        await mkdir(d);
        await writeFile(path.join(d, 'runlens.csv'), 'run,o.v\n1,2\n');
      }
      await writeFile(path.join(dir, 'in.csv'), 'run,v\n1,2\n');
      const log: string[] = [];
      const refs = await selectSourceFiles(csvSpec('o', ['**/*.csv', '.out-*/*.csv']), dir, Object.values(sidePaths(out)), { log: (l) => log.push(l) });
      expect(refs).toEqual([{ path: path.join(dir, 'in.csv'), label: 'in.csv' }]);
      expect(log.sort()).toEqual(['.out-previous/runlens.csv', '.out-staging/runlens.csv', 'out/runlens.csv'].map((f) => messages.skippedOutputFile('o', f)));
    }));

  it('reads each real file once: a link to a listed file and a symbolic-link loop are skipped', () =>
    withTempDir(async (dir) => {
      await mkdir(path.join(dir, 'a'));
      await writeFile(path.join(dir, 'a', 'r.csv'), 'run\n1\n');
      await symlink(path.join(dir, 'a'), path.join(dir, 'a', 'loop'));
      await symlink(path.join(dir, 'a', 'r.csv'), path.join(dir, 'alias.csv'));
      const log: string[] = [];
      const refs = await selectSourceFiles(csvSpec('r', ['a/**/*.csv', 'alias.csv']), dir, [], { log: (l) => log.push(l) });
      expect(refs.map((r) => r.label)).toEqual(['a/r.csv']);
      expect(log).toContain(messages.skippedSameFile('r', 'alias.csv', 'a/r.csv'));
      expect(log.length).toBeGreaterThanOrEqual(2);
    }));

  it('fails when every file of a source is an output of the build', () =>
    withTempDir(async (dir) => {
      const out = path.join(dir, 'out');
      await mkdir(out);
      await writeFile(path.join(out, 'runlens.csv'), 'run\n');
      const error = (await caught(() => selectSourceFiles(csvSpec('o', ['out/runlens.csv']), dir, [out], { log: () => {} }))) as BuildError;
      expect([error.kind, error.message]).toEqual(['source-file-missing', messages.noFileOutsideOutput('o')]);
    }));
});

describe('fileLabel', () => {
  it('names a file relative to the sources file\'s folder, with .. when outside it, never absolute', () => {
    expect(fileLabel('/d/sub/b.root', '/d')).toBe('sub/b.root');
    expect(fileLabel('/elsewhere/c.root', '/d/e')).toBe('../../elsewhere/c.root');
  });
});
