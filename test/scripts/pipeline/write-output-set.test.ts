import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BuildError } from '../../../scripts/pipeline/build-error';
import { messages } from '../../../scripts/pipeline/messages';
import { nodeOutputFs, recoverOutputSet, sidePaths, writeOutputSet, type OutputFs } from '../../../scripts/pipeline/write-output-set';
import { caught, withTempDir } from './helpers';

const bytes = (s: string) => new TextEncoder().encode(s);
const NEW = [{ name: 'runlens.sqlite', bytes: bytes('new-db') }, { name: 'runlens.csv', bytes: bytes('new-csv') }, { name: 'manifest.json', bytes: bytes('{}') }];

async function snapshot(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const name of (await readdir(dir)).sort()) out[name] = await readFile(path.join(dir, name), 'utf8');
  return out;
}

async function previousSet(parent: string): Promise<string> {
  const out = path.join(parent, 'data');
  await mkdir(out);
  await writeFile(path.join(out, 'runlens.sqlite'), 'old-db');
  await writeFile(path.join(out, 'old-only.txt'), 'old');
  return out;
}

/** The real file system, except that the n-th writeFile (from 1) fails. */
function failingOnWrite(n: number): OutputFs {
  let count = 0;
  return { ...nodeOutputFs, writeFile: async (file, data) => {
    count++;
    if (count === n) throw new Error('disk full (injected)');
    await nodeOutputFs.writeFile(file, data);
  } };
}

describe('writeOutputSet', () => {
  it('creates the output folder with exactly the new files, leaving no side folders', () =>
    withTempDir(async (parent) => {
      const out = path.join(parent, 'nested', 'data');
      await writeOutputSet(out, NEW);
      expect(await snapshot(out)).toEqual({ 'manifest.json': '{}', 'runlens.csv': 'new-csv', 'runlens.sqlite': 'new-db' });
      expect(await readdir(path.dirname(out))).toEqual(['data']);
    }));

  it('replaces a previous set as a whole (files absent from the new set are gone)', () =>
    withTempDir(async (parent) => {
      const out = await previousSet(parent);
      await writeOutputSet(out, NEW);
      expect(Object.keys(await snapshot(out))).toEqual(['manifest.json', 'runlens.csv', 'runlens.sqlite']);
      expect(await readdir(parent)).toEqual(['data']);
    }));

  it('leaves the previous set byte-for-byte intact and removes staging when a write fails between two files', () =>
    withTempDir(async (parent) => {
      const out = await previousSet(parent);
      const before = await snapshot(out);
      const error = (await caught(() => writeOutputSet(out, NEW, failingOnWrite(2)))) as BuildError;
      expect(error.kind).toBe('output-not-writable');
      expect(error.message).toBe(messages.outputNotWritable(out, 'disk full (injected)'));
      expect(await snapshot(out)).toEqual(before);
      expect(await readdir(parent)).toEqual(['data']);
    }));

  it('puts the previous set back when the final rename fails', () =>
    withTempDir(async (parent) => {
      const out = await previousSet(parent);
      const before = await snapshot(out);
      const { staging } = sidePaths(out);
      const fs: OutputFs = { ...nodeOutputFs, rename: async (from, to) => {
        if (from === staging) throw new Error('rename refused (injected)');
        await nodeOutputFs.rename(from, to);
      } };
      const error = (await caught(() => writeOutputSet(out, NEW, fs))) as BuildError;
      expect(error.kind).toBe('output-not-writable');
      expect(await snapshot(out)).toEqual(before);
      expect(await readdir(parent)).toEqual(['data']);
    }));

  it('fails with output-not-writable when the output folder cannot be created', () =>
    withTempDir(async (parent) => {
      await writeFile(path.join(parent, 'file'), 'x');
      const out = path.join(parent, 'file', 'data');
      const error = (await caught(() => writeOutputSet(out, NEW))) as BuildError;
      expect(error.kind).toBe('output-not-writable');
      expect(error.file).toBe(out);
      expect(error.hint).toBe(messages.outputNotWritableHint());
    }));
});

describe('recoverOutputSet', () => {
  it('restores a previous folder left alone by a crash between the two renames', () =>
    withTempDir(async (parent) => {
      const out = await previousSet(parent);
      const before = await snapshot(out);
      const { previous, staging } = sidePaths(out);
      await nodeOutputFs.rename(out, previous);
      await mkdir(staging);
      await recoverOutputSet(out);
      expect(await snapshot(out)).toEqual(before);
      expect(await readdir(parent)).toEqual(['data']);
    }));

  it('removes a previous folder left beside a complete new set', () =>
    withTempDir(async (parent) => {
      const out = await previousSet(parent);
      await mkdir(sidePaths(out).previous);
      await recoverOutputSet(out);
      expect(await readdir(parent)).toEqual(['data']);
      expect(await snapshot(out)).toEqual({ 'old-only.txt': 'old', 'runlens.sqlite': 'old-db' });
    }));

  it('is run by writeOutputSet, so a build after a crash starts from the recovered set', () =>
    withTempDir(async (parent) => {
      const out = await previousSet(parent);
      await nodeOutputFs.rename(out, sidePaths(out).previous);
      await caught(() => writeOutputSet(out, NEW, failingOnWrite(1)));
      expect(await snapshot(out)).toEqual({ 'old-only.txt': 'old', 'runlens.sqlite': 'old-db' });
    }));
});
