import { mkdir, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MANIFEST_FORMAT, SET_MARKER } from '../../../src/contract/data-contract';
import { messages } from '../../../scripts/pipeline/messages';
import { nodeOutputFs } from '../../../scripts/pipeline/output-fs';
import { probeSetFolder, type SetSlot } from '../../../scripts/pipeline/probe-set-folder';
import { withTempDir } from './helpers';

const ID = '0123456789abcdef'.repeat(2);

async function make(dir: string, files: Record<string, string>): Promise<void> {
  await mkdir(dir, { recursive: true });
  for (const [name, text] of Object.entries(files)) await writeFile(path.join(dir, name), text);
}

const probe = (dir: string, slot: SetSlot) => probeSetFolder(dir, slot, nodeOutputFs);

describe('probeSetFolder', () => {
  it('says missing, and empty only for the output slot (an empty side folder is not proven the build\'s)', () =>
    withTempDir(async (dir) => {
      expect(await probe(path.join(dir, 'nope'), 'output')).toEqual({ kind: 'missing' });
      expect(await probe(dir, 'output')).toEqual({ kind: 'empty' });
      expect(await probe(dir, 'staging')).toEqual({ kind: 'foreign', why: messages.noMarker([]) });
      expect(await probe(dir, 'previous')).toEqual({ kind: 'foreign', why: messages.noMarker([]) });
    }));

  it('takes a staging folder with a valid marker as the build\'s whatever else it holds (a half-written set)', () =>
    withTempDir(async (dir) => {
      await make(dir, { [SET_MARKER]: `${ID}\n`, 'runlens.csv': 'half' });
      expect(await probe(dir, 'staging')).toEqual({ kind: 'own', id: ID });
      const output = await probe(dir, 'output');
      expect(output.kind === 'foreign' && output.why.startsWith(messages.manifestUnreadable(''))).toBe(true);
    }));

  it('takes a complete set as the build\'s in the output and previous slots, and a legacy set too', () =>
    withTempDir(async (dir) => {
      const own = path.join(dir, 'own');
      await make(own, { [SET_MARKER]: ID, 'manifest.json': JSON.stringify({ format: MANIFEST_FORMAT, setId: ID, files: [{ name: 'runlens.csv' }], folders: [] }), 'runlens.csv': '' });
      const legacy = path.join(dir, 'legacy');
      await make(legacy, { 'manifest.json': '{"format":"runlens-data/1"}', 'runlens.sqlite': '' });
      for (const slot of ['output', 'previous'] as const) {
        expect(await probe(own, slot)).toEqual({ kind: 'own', id: ID });
        expect(await probe(legacy, slot)).toEqual({ kind: 'own', id: null });
      }
      expect(await probe(legacy, 'staging')).toEqual({ kind: 'foreign', why: messages.noMarker(['manifest.json', 'runlens.sqlite']) });
    }));

  it('refuses a marker that is a symbolic link or a folder, and a folder that is a symbolic link', () =>
    withTempDir(async (dir) => {
      const a = path.join(dir, 'a');
      await make(a, { target: `${ID}\n` });
      await symlink(path.join(a, 'target'), path.join(a, SET_MARKER));
      expect(await probe(a, 'staging')).toEqual({ kind: 'foreign', why: messages.noMarker([SET_MARKER, 'target']) });
      const b = path.join(dir, 'b');
      await mkdir(path.join(b, SET_MARKER), { recursive: true });
      expect((await probe(b, 'staging')).kind).toBe('foreign');
      await symlink(a, path.join(dir, 'link'));
      expect(await probe(path.join(dir, 'link'), 'staging')).toEqual({ kind: 'foreign', why: messages.notAFolder('other') });
    }));
});
