import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BuildError } from '../../../scripts/pipeline/build-error';
import { expandSourceFiles, listFilesOnDisk } from '../../../scripts/pipeline/expand-source-files';
import { messages } from '../../../scripts/pipeline/messages';
import { caught, withTempDir } from './helpers';

async function touch(dir: string, names: string[]): Promise<void> {
  for (const n of names) {
    await mkdir(path.dirname(path.join(dir, n)), { recursive: true });
    await writeFile(path.join(dir, n), n);
  }
}

describe('expandSourceFiles', () => {
  it('keeps the listed order, sorts each glob\'s matches and drops repeats', () =>
    withTempDir(async (dir) => {
      await touch(dir, ['b.root', 'a1.root', 'a2.root', 'sub/c.root', 'x.csv']);
      const files = await expandSourceFiles(['b.root', 'a*.root', 'b.root', 'sub/*.root'], dir);
      expect(files).toEqual(['b.root', 'a1.root', 'a2.root', 'sub/c.root'].map((n) => path.join(dir, n)));
    }));

  it('fails with source-file-missing naming the pattern when a listed file does not exist', () =>
    withTempDir(async (dir) => {
      await touch(dir, ['a.root']);
      const error = (await caught(() => expandSourceFiles(['a.root', 'gone.root'], dir))) as BuildError;
      expect(error.kind).toBe('source-file-missing');
      expect(error.file).toBe(path.join(dir, 'gone.root'));
      expect(error.message).toBe(messages.noFileMatches('gone.root', dir));
      expect(error.hint).toBe(messages.noFileMatchesHint());
    }));

  it('fails when a glob matches nothing', () =>
    withTempDir(async (dir) => {
      const error = (await caught(() => expandSourceFiles(['*.root'], dir))) as BuildError;
      expect(error.message).toBe(messages.noFileMatches('*.root', dir));
    }));

  it('uses an injected file lister', async () => {
    const files = await expandSourceFiles(['p', 'q'], '/base', async (pattern, base) => [`${base}/${pattern}.root`]);
    expect(files).toEqual(['/base/p.root', '/base/q.root']);
  });
});

describe('listFilesOnDisk', () => {
  it('does not list folders', () =>
    withTempDir(async (dir) => {
      await touch(dir, ['d/f.root']);
      expect(await listFilesOnDisk('*', dir)).toEqual([]);
      expect(await listFilesOnDisk('d/*', dir)).toEqual([path.join(dir, 'd/f.root')]);
    }));
});
