import { mkdir, readFile, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { nodeOutputFs } from '../../../scripts/pipeline/output-fs';
import { caught, withTempDir } from './helpers';

describe('nodeOutputFs', () => {
  it('tells files, folders, links and missing paths apart without following a link', () =>
    withTempDir(async (dir) => {
      await writeFile(path.join(dir, 'f'), 'x');
      await symlink(dir, path.join(dir, 'link'));
      expect(await nodeOutputFs.kind(path.join(dir, 'f'))).toBe('file');
      expect(await nodeOutputFs.kind(dir)).toBe('folder');
      expect(await nodeOutputFs.kind(path.join(dir, 'link'))).toBe('other');
      expect(await nodeOutputFs.kind(path.join(dir, 'none'))).toBe('missing');
      expect(await nodeOutputFs.kind(path.join(dir, 'f', 'under-a-file'))).toBe('missing');
    }));

  it('never overwrites: creating an existing file or folder fails and leaves it', () =>
    withTempDir(async (dir) => {
      await writeFile(path.join(dir, 'f'), 'mine');
      expect(((await caught(() => nodeOutputFs.createFile(path.join(dir, 'f')))) as NodeJS.ErrnoException).code).toBe('EEXIST');
      expect(await readFile(path.join(dir, 'f'), 'utf8')).toBe('mine');
      await mkdir(path.join(dir, 'd'));
      expect(((await caught(() => nodeOutputFs.makeFolder(path.join(dir, 'd')))) as NodeJS.ErrnoException).code).toBe('EEXIST');
      await writeFile(path.join(dir, 'd', 'x'), '');
      expect(((await caught(() => nodeOutputFs.removeEmptyFolder(path.join(dir, 'd')))) as NodeJS.ErrnoException).code).toBe('ENOTEMPTY');
    }));

  it('writes a file in chunks and reports the outermost parent it created', () =>
    withTempDir(async (dir) => {
      expect(await nodeOutputFs.makeParents(path.join(dir, 'a', 'b', 'c'))).toBe(path.join(dir, 'a'));
      expect(await nodeOutputFs.makeParents(path.join(dir, 'a', 'b', 'c'))).toBeUndefined();
      const w = await nodeOutputFs.createFile(path.join(dir, 'a', 'b', 'x'));
      await w.write(Uint8Array.of(65, 66));
      await w.write(Uint8Array.of(67));
      await w.close();
      expect(await readFile(path.join(dir, 'a', 'b', 'x'), 'utf8')).toBe('ABC');
    }));
});
