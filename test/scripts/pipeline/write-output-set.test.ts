import { mkdir, readdir, readFile, stat, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MANIFEST_FORMAT, SET_MARKER } from '../../../src/contract/data-contract';
import type { BuildError } from '../../../scripts/pipeline/build-error';
import { messages } from '../../../scripts/pipeline/messages';
import { nodeOutputFs, recoverOutputSet, sidePaths, writeOutputSet, type OutputFs } from '../../../scripts/pipeline/write-output-set';
import { caught, withTempDir } from './helpers';

const ID_NEW = 'a'.repeat(32);
const ID_OLD = 'b'.repeat(32);
const bytes = (s: string) => new TextEncoder().encode(s);

/** A manifest of the current format for set `id` listing `names`. */
const manifestOf = (id: string, names: string[], folders: string[] = []) =>
  JSON.stringify({ format: MANIFEST_FORMAT, setId: id, files: names.map((name) => ({ name })), folders: folders.map((name) => ({ name })) });

const NEW = [
  { name: 'runlens.sqlite', bytes: bytes('new-db') },
  { name: 'runlens.csv', bytes: bytes('new-csv') },
  { name: 'manifest.json', bytes: bytes(manifestOf(ID_NEW, ['runlens.sqlite', 'runlens.csv'])) },
];
const NEW_SNAPSHOT = { [SET_MARKER]: `${ID_NEW}\n`, 'manifest.json': manifestOf(ID_NEW, ['runlens.sqlite', 'runlens.csv']), 'runlens.csv': 'new-csv', 'runlens.sqlite': 'new-db' };

/** Every file under `dir` (folders as `name/`), with its text. */
async function snapshot(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const name of (await readdir(dir)).sort()) {
    const full = path.join(dir, name);
    if ((await stat(full)).isDirectory()) for (const [k, v] of Object.entries(await snapshot(full))) out[`${name}/${k}`] = v;
    else out[name] = await readFile(full, 'utf8');
  }
  return out;
}

/** A set written before markers existed (runlens-data/1). */
const LEGACY = { 'manifest.json': JSON.stringify({ format: 'runlens-data/1' }), 'runlens.csv': 'old-csv', 'runlens.sqlite': 'old-db' };
/** A set of the current format, with its marker. */
const OWN_OLD = { [SET_MARKER]: `${ID_OLD}\n`, 'manifest.json': manifestOf(ID_OLD, ['runlens.sqlite', 'runlens.csv']), 'runlens.csv': 'old-csv', 'runlens.sqlite': 'old-db' };

/** Writes `files` (a `name/` key makes a folder) into parent/name. */
async function folder(parent: string, name: string, files: Record<string, string>): Promise<string> {
  const dir = path.join(parent, name);
  await mkdir(dir);
  for (const [file, content] of Object.entries(files)) {
    if (file.endsWith('/')) await mkdir(path.join(dir, file));
    else {
      await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
      await writeFile(path.join(dir, file), content);
    }
  }
  return dir;
}

/** The real file system, except that the n-th file created (from 1; the marker is the first) fails on write. */
function failingOnFile(n: number): OutputFs {
  let count = 0;
  return { ...nodeOutputFs, createFile: async (file) => {
    count++;
    const writer = await nodeOutputFs.createFile(file);
    if (count !== n) return writer;
    return { write: async () => { throw new Error('disk full (injected)'); }, close: writer.close };
  } };
}

const write = (out: string, fs: OutputFs = nodeOutputFs) => writeOutputSet(out, NEW, { fs, id: ID_NEW });

describe('writeOutputSet', () => {
  it('creates the output folder with the new files and the set marker, leaving no side folders', () =>
    withTempDir(async (parent) => {
      const out = path.join(parent, 'nested', 'data');
      await write(out);
      expect(await snapshot(out)).toEqual(NEW_SNAPSHOT);
      expect(await readdir(path.dirname(out))).toEqual(['data']);
    }));

  it.each([['a set of the current format', OWN_OLD], ['a set written before the marker existed (runlens-data/1)', LEGACY]])(
    'replaces %s as a whole', (_, old) =>
      withTempDir(async (parent) => {
        const out = await folder(parent, 'data', old);
        await write(out);
        expect(await snapshot(out)).toEqual(NEW_SNAPSHOT);
        expect(await readdir(parent)).toEqual(['data']);
      }));

  it('replaces a set holding a subfolder its manifest lists', () =>
    withTempDir(async (parent) => {
      const out = await folder(parent, 'data', { [SET_MARKER]: ID_OLD, 'manifest.json': manifestOf(ID_OLD, [], ['hist']), 'hist/1.json': '{}' });
      await write(out);
      expect(await snapshot(out)).toEqual(NEW_SNAPSHOT);
    }));

  it('writes into an existing empty folder', () =>
    withTempDir(async (parent) => {
      const out = await folder(parent, 'data', {});
      await write(out);
      expect(await snapshot(out)).toEqual(NEW_SNAPSHOT);
    }));

  it('refuses a path that exists and is not a folder, leaving it untouched', () =>
    withTempDir(async (parent) => {
      const out = path.join(parent, 'data');
      await writeFile(out, 'precious');
      const error = (await caught(() => write(out))) as BuildError;
      expect([error.kind, error.file, error.message, error.hint]).toEqual(['output-unsafe', out, messages.outputNotAFolder(out), messages.outputUnsafeHint()]);
      expect(await readFile(out, 'utf8')).toBe('precious');
      expect(await readdir(parent)).toEqual(['data']);
    }));

  it.each([
    ['other files', { 'notes.txt': 'keep me', 'runlens.csv': 'x' }, messages.noMarker(['notes.txt', 'runlens.csv'])],
    ['no manifest', { 'runlens.sqlite': 'db' }, messages.noMarker(['runlens.sqlite'])],
    ['a manifest of another format', { 'manifest.json': '{"format":"other/1"}' }, messages.noMarker(['manifest.json'])],
    ['a manifest that is not JSON', { 'manifest.json': '{' }, messages.manifestUnreadable(jsonError('{'))],
    ['legacy files and one more', { ...LEGACY, 'extra.json': '{}' }, messages.noMarker(['extra.json', 'manifest.json', 'runlens.csv', 'runlens.sqlite'])],
    ['a folder named runlens.csv in a legacy set', { 'manifest.json': LEGACY['manifest.json'], 'runlens.csv/': '', 'runlens.csv/thesis.tex': 'mine' }, messages.wrongEntryKind('runlens.csv', 'folder', 'file')],
    ['a folder named runlens.csv in a marked set', { ...OWN_OLD, 'runlens.csv': undefined, 'runlens.csv/thesis.tex': 'mine' }, messages.wrongEntryKind('runlens.csv', 'folder', 'file')],
    ['a file its manifest does not list', { ...OWN_OLD, 'thesis.tex': 'mine' }, messages.unlistedEntries(['thesis.tex'])],
    ['a marker whose id the manifest does not record', { ...OWN_OLD, [SET_MARKER]: ID_NEW }, messages.markerMismatch(ID_OLD, ID_NEW)],
  ])('refuses a non-empty folder with %s, leaving it untouched', (_, files, why) =>
    withTempDir(async (parent) => {
      const defined = Object.fromEntries(Object.entries(files).filter(([, v]) => v !== undefined)) as Record<string, string>;
      const out = await folder(parent, 'data', defined);
      const before = await snapshot(out);
      const error = (await caught(() => write(out))) as BuildError;
      expect([error.kind, error.message]).toEqual(['output-unsafe', messages.outputNotOurs(out, why)]);
      expect(await snapshot(out)).toEqual(before);
      expect(await readdir(parent)).toEqual(['data']);
    }));

  it('refuses a set whose runlens.csv is a symbolic link (to a user file), leaving link and target', () =>
    withTempDir(async (parent) => {
      await writeFile(path.join(parent, 'mine.csv'), 'mine');
      const out = await folder(parent, 'data', { 'manifest.json': LEGACY['manifest.json'] });
      await symlink(path.join(parent, 'mine.csv'), path.join(out, 'runlens.csv'));
      const error = (await caught(() => write(out))) as BuildError;
      expect(error.message).toBe(messages.outputNotOurs(out, messages.wrongEntryKind('runlens.csv', 'other', 'file')));
      expect(await readFile(path.join(out, 'runlens.csv'), 'utf8')).toBe('mine');
    }));

  it('refuses a folder that contains a protected path (the sources file, the working directory)', () =>
    withTempDir(async (parent) => {
      const sources = path.join(parent, 'sources.json');
      await writeFile(sources, '{}');
      const error = (await caught(() => writeOutputSet(parent, NEW, { protect: [sources] }))) as BuildError;
      expect([error.kind, error.message]).toEqual(['output-unsafe', messages.outputHoldsInput(parent, sources)]);
      const empty = path.join(parent, 'empty');
      const cwdError = (await caught(() => writeOutputSet(empty, NEW, { protect: [path.join(empty, 'sub')] }))) as BuildError;
      expect(cwdError.message).toBe(messages.outputHoldsInput(empty, path.join(empty, 'sub')));
      expect(await readdir(parent)).toEqual(['sources.json']);
    }));

  it.each([1, 2, 3, 4])('leaves the previous set intact and removes staging when writing file %i of the set fails', (n) =>
    withTempDir(async (parent) => {
      const out = await folder(parent, 'data', OWN_OLD);
      const error = (await caught(() => write(out, failingOnFile(n)))) as BuildError;
      expect([error.kind, error.message]).toEqual(['output-not-writable', messages.outputNotWritable(out, 'disk full (injected)')]);
      expect(await snapshot(out)).toEqual(OWN_OLD);
      expect(await readdir(parent)).toEqual(['data']);
    }));

  it('removes the folders it created for a staging folder when the build fails', () =>
    withTempDir(async (parent) => {
      const out = path.join(parent, 'a', 'b', 'data');
      await caught(() => write(out, failingOnFile(2)));
      expect(await readdir(parent)).toEqual([]);
    }));

  it('puts the previous set back when the final rename fails', () =>
    withTempDir(async (parent) => {
      const out = await folder(parent, 'data', LEGACY);
      const { staging } = sidePaths(out);
      const fs: OutputFs = { ...nodeOutputFs, rename: async (from, to) => {
        if (from === staging) throw new Error('rename refused (injected)');
        await nodeOutputFs.rename(from, to);
      } };
      const error = (await caught(() => write(out, fs))) as BuildError;
      expect(error.kind).toBe('output-not-writable');
      expect(await snapshot(out)).toEqual(LEGACY);
      expect(await readdir(parent)).toEqual(['data']);
    }));

  it('does not remove a staging folder whose marker changed under it (it is not the one the build created)', () =>
    withTempDir(async (parent) => {
      const out = path.join(parent, 'data');
      const { staging } = sidePaths(out);
      let count = 0;
      const fs: OutputFs = { ...nodeOutputFs, createFile: async (file) => {
        if (++count === 2) {
          await writeFile(path.join(staging, SET_MARKER), ID_OLD);
          throw new Error('disk full (injected)');
        }
        return nodeOutputFs.createFile(file);
      } };
      expect(((await caught(() => write(out, fs))) as BuildError).kind).toBe('output-not-writable');
      expect(await snapshot(staging)).toEqual({ [SET_MARKER]: ID_OLD });
    }));

  it('does not remove the old set after the swap when a file appeared in it meanwhile', () =>
    withTempDir(async (parent) => {
      const out = await folder(parent, 'data', OWN_OLD);
      const { previous } = sidePaths(out);
      const fs: OutputFs = { ...nodeOutputFs, rename: async (from, to) => {
        await nodeOutputFs.rename(from, to);
        if (to === previous) await writeFile(path.join(previous, 'late.txt'), 'written meanwhile');
      } };
      await write(out, fs);
      expect(await snapshot(out)).toEqual(NEW_SNAPSHOT);
      expect(await snapshot(previous)).toEqual({ ...OWN_OLD, 'late.txt': 'written meanwhile' });
    }));

  it('fails with output-not-writable when the output folder cannot be created', () =>
    withTempDir(async (parent) => {
      await writeFile(path.join(parent, 'file'), 'x');
      const out = path.join(parent, 'file', 'data');
      const error = (await caught(() => write(out))) as BuildError;
      expect([error.kind, error.file, error.hint]).toEqual(['output-not-writable', out, messages.outputNotWritableHint()]);
    }));
});

describe('user folders named like the staging and previous folders', () => {
  const cases = [
    ['staging', { 'important.txt': 'mine' }],
    ['previous', { 'thesis.tex': 'mine' }],
    ['staging', {}],
    ['previous', {}],
    ['previous', { ...OWN_OLD, [SET_MARKER]: undefined }],
    ['staging', LEGACY],
  ] as const;

  it.each(cases)('a user folder in the %s place (%j) survives a build over an existing set, which is refused naming it', (slot, files) =>
    withTempDir(async (parent) => {
      const out = await folder(parent, 'data', OWN_OLD);
      const side = await folder(parent, path.basename(sidePaths(out)[slot]), defined(files));
      const before = await snapshot(side);
      const error = (await caught(() => write(out))) as BuildError;
      expect([error.kind, error.file, error.hint]).toEqual(['output-unsafe', side, messages.folderNotOursHint(side)]);
      expect(error.message.startsWith(`The folder ${side} is where the build keeps`)).toBe(true);
      expect(await snapshot(side)).toEqual(before);
      expect(await snapshot(out)).toEqual(OWN_OLD);
    }));

  it.each(cases)('a user folder in the %s place (%j) is neither moved nor deleted when the output folder is missing', (slot, files) =>
    withTempDir(async (parent) => {
      const out = path.join(parent, 'data');
      const side = await folder(parent, path.basename(sidePaths(out)[slot]), defined(files));
      const before = await snapshot(side);
      expect(((await caught(() => write(out))) as BuildError).file).toBe(side);
      expect(((await caught(() => recoverOutputSet(out))) as BuildError).file).toBe(side);
      expect(await snapshot(side)).toEqual(before);
      expect(await readdir(parent)).toEqual([path.basename(side)]);
    }));
});

describe('recoverOutputSet', () => {
  it.each([['current', OWN_OLD], ['legacy', LEGACY]])('restores a %s previous set left alone by a crash between the two renames', (_, old) =>
    withTempDir(async (parent) => {
      const out = path.join(parent, 'data');
      const { previous } = sidePaths(out);
      await folder(parent, path.basename(previous), old);
      await folder(parent, path.basename(sidePaths(out).staging), { [SET_MARKER]: ID_NEW, 'runlens.csv': 'half' });
      await recoverOutputSet(out);
      expect(await snapshot(out)).toEqual(old);
      expect(await readdir(parent)).toEqual(['data']);
    }));

  it('removes a previous set left beside a complete new set', () =>
    withTempDir(async (parent) => {
      const out = await folder(parent, 'data', OWN_OLD);
      await folder(parent, path.basename(sidePaths(out).previous), LEGACY);
      await recoverOutputSet(out);
      expect(await readdir(parent)).toEqual(['data']);
      expect(await snapshot(out)).toEqual(OWN_OLD);
    }));

  it('is run by writeOutputSet, so a build after a crash starts from the recovered set', () =>
    withTempDir(async (parent) => {
      const out = await folder(parent, 'data', OWN_OLD);
      await nodeOutputFs.rename(out, sidePaths(out).previous);
      await caught(() => write(out, failingOnFile(2)));
      expect(await snapshot(out)).toEqual(OWN_OLD);
      expect(await readdir(parent)).toEqual(['data']);
    }));
});

function jsonError(text: string): string {
  try {
    JSON.parse(text);
  } catch (error) {
    return (error as Error).message;
  }
  return '';
}

function defined(files: Record<string, string | undefined>): Record<string, string> {
  return Object.fromEntries(Object.entries(files).filter(([, v]) => v !== undefined)) as Record<string, string>;
}
