import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SET_MARKER } from '../../../src/contract/data-contract';
import { sha256 } from '../../../scripts/pipeline/build-manifest';
import { messages } from '../../../scripts/pipeline/messages';
import { openOutputSet, withOutputSet } from '../../../scripts/pipeline/open-output-set';
import { caught, withTempDir } from './helpers';

describe('openOutputSet', () => {
  it('writes the marker first, then files and folders whose sizes and hashes contents() lists', () =>
    withTempDir(async (dir) => {
      const out = path.join(dir, 'data');
      const set = await openOutputSet(out, { id: '1'.repeat(32) });
      expect(await readdir(set.dir)).toEqual([SET_MARKER]);
      const csv = await set.createFile('runlens.csv');
      await csv.write('run\n');
      await csv.write('1\n');
      await csv.close();
      await set.addFolder('hist');
      await set.addFile('hist/1.json', new TextEncoder().encode('{}'));
      await set.addFile('hist/2.json', new TextEncoder().encode('[1]'));
      expect(set.contents()).toEqual({
        files: [{ name: 'runlens.csv', bytes: 6, sha256: sha256(new TextEncoder().encode('run\n1\n')) }],
        folders: [{ name: 'hist', files: 2, bytes: 5 }],
      });
      await set.commit(new TextEncoder().encode('{}'));
      expect((await readdir(out)).sort()).toEqual([SET_MARKER, 'hist', 'manifest.json', 'runlens.csv']);
      expect(await readFile(path.join(out, 'hist', '2.json'), 'utf8')).toBe('[1]');
    }));

  it.each(['../x', 'a/b/c', 'missing/x', '', '.', 'a\\b'])('refuses the entry name %j', (name) =>
    withTempDir(async (dir) => {
      const set = await openOutputSet(path.join(dir, 'data'));
      expect(((await caught(() => set.createFile(name))) as Error).message).toBe(messages.badSetEntry(name));
      await set.discard();
      expect(await readdir(dir)).toEqual([]);
    }));
});

describe('withOutputSet', () => {
  it('discards the staging folder when filling the set throws, and passes the error on', () =>
    withTempDir(async (dir) => {
      const failure = new Error('build failed');
      const error = await caught(() => withOutputSet(path.join(dir, 'data'), {}, async (set) => {
        await set.addFile('runlens.csv', new Uint8Array(3));
        throw failure;
      }));
      expect(error).toBe(failure);
      expect(await readdir(dir)).toEqual([]);
    }));
});
