import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MANIFEST_FORMAT } from '../../../src/contract/data-contract';
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

const OLD_MANIFEST = JSON.stringify({ format: MANIFEST_FORMAT });
const OLD = { 'manifest.json': OLD_MANIFEST, 'runlens.csv': 'old-csv', 'runlens.sqlite': 'old-db' };

/** A set as a previous build left it (manifest of our format, our file names only). */
async function previousSet(parent: string, files: Record<string, string> = OLD): Promise<string> {
  const out = path.join(parent, 'data');
  await mkdir(out);
  for (const [name, content] of Object.entries(files)) await writeFile(path.join(out, name), content);
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

  it('replaces a previous set as a whole (its files absent from the new set are gone)', () =>
    withTempDir(async (parent) => {
      const out = await previousSet(parent);
      await writeOutputSet(out, NEW.filter((f) => f.name !== 'runlens.csv'));
      expect(await snapshot(out)).toEqual({ 'manifest.json': '{}', 'runlens.sqlite': 'new-db' });
      expect(await readdir(parent)).toEqual(['data']);
    }));

  it('writes into an existing empty folder', () =>
    withTempDir(async (parent) => {
      const out = await previousSet(parent, {});
      await writeOutputSet(out, NEW);
      expect(Object.keys(await snapshot(out))).toEqual(['manifest.json', 'runlens.csv', 'runlens.sqlite']);
    }));

  it('refuses a path that exists and is not a folder, leaving it untouched', () =>
    withTempDir(async (parent) => {
      const out = path.join(parent, 'data');
      await writeFile(out, 'precious');
      const error = (await caught(() => writeOutputSet(out, NEW))) as BuildError;
      expect([error.kind, error.file, error.message, error.hint]).toEqual(['output-unsafe', out, messages.outputNotAFolder(out), messages.outputUnsafeHint()]);
      expect(await readFile(out, 'utf8')).toBe('precious');
      expect(await readdir(parent)).toEqual(['data']);
    }));

  it.each([
    ['other files', { 'notes.txt': 'keep me', 'runlens.csv': 'x' }, ['notes.txt', 'runlens.csv']],
    ['no manifest', { 'runlens.sqlite': 'db' }, ['runlens.sqlite']],
    ['a manifest of another format', { 'manifest.json': '{"format":"other/1"}' }, ['manifest.json']],
    ['a manifest that is not JSON', { 'manifest.json': '{' }, ['manifest.json']],
    ['our files and one more', { ...OLD, 'extra.json': '{}' }, ['extra.json', 'manifest.json', 'runlens.csv', 'runlens.sqlite']],
  ])('refuses a non-empty folder with %s, leaving it untouched', (_, files, listed) =>
    withTempDir(async (parent) => {
      const out = await previousSet(parent, files);
      const error = (await caught(() => writeOutputSet(out, NEW))) as BuildError;
      expect([error.kind, error.message]).toEqual(['output-unsafe', messages.outputNotRunLens(out, listed)]);
      expect(await snapshot(out)).toEqual(files);
      expect(await readdir(parent)).toEqual(['data']);
    }));

  it('refuses a folder that contains a protected path (the sources file, the working directory)', () =>
    withTempDir(async (parent) => {
      const sources = path.join(parent, 'sources.json');
      await writeFile(sources, '{}');
      const error = (await caught(() => writeOutputSet(parent, NEW, nodeOutputFs, [sources]))) as BuildError;
      expect([error.kind, error.message]).toEqual(['output-unsafe', messages.outputHoldsInput(parent, sources)]);
      const cwdError = (await caught(() => writeOutputSet(path.join(parent, 'empty'), NEW, nodeOutputFs, [path.join(parent, 'empty', 'sub')]))) as BuildError;
      expect(cwdError.message).toBe(messages.outputHoldsInput(path.join(parent, 'empty'), path.join(parent, 'empty', 'sub')));
      expect(await readdir(parent)).toEqual(['sources.json']);
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
      expect(await snapshot(out)).toEqual(OLD);
    }));

  it('is run by writeOutputSet, so a build after a crash starts from the recovered set', () =>
    withTempDir(async (parent) => {
      const out = await previousSet(parent);
      await nodeOutputFs.rename(out, sidePaths(out).previous);
      await caught(() => writeOutputSet(out, NEW, failingOnWrite(1)));
      expect(await snapshot(out)).toEqual(OLD);
    }));
});
