import { mkdir, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { SET_MARKER } from '../../../src/contract/data-contract';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RootReadError } from '../../../scripts/root-reader/root-read-error';
import { messages } from '../../../scripts/pipeline/messages';
import type { ReadTree } from '../../../scripts/pipeline/read-root-source';
import { EXIT, runBuildCli } from '../../../scripts/pipeline/run-build-cli';
import { fakeReadTree, int, real, tree, withTempDir } from './helpers';

interface Captured { code: number; out: string[]; err: string[] }

async function cli(argv: string[], readTree: ReadTree = fakeReadTree({})): Promise<Captured> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runBuildCli(argv, { out: (l) => out.push(l), err: (l) => err.push(l), readTree, clock: () => new Date(0) });
  return { code, out, err };
}

async function project(dir: string, sources: unknown): Promise<string> {
  await mkdir(path.join(dir, 'data'));
  await writeFile(path.join(dir, 'data', 'r.csv'), 'run,q\n1,Good\n2,Bad\n');
  await writeFile(path.join(dir, 'data', 't.root'), 'not really ROOT, the reader is faked');
  const file = path.join(dir, 'data', 'sources.json');
  await writeFile(file, JSON.stringify(sources));
  return file;
}

describe('runBuildCli', () => {
  it('builds into the sources file\'s output folder, printing progress and the summary', () =>
    withTempDir(async (dir) => {
      const file = await project(dir, { sources: [{ name: 'rct', kind: 'csv', files: 'r.csv' }] });
      const { code, out, err } = await cli(['--sources', file]);
      const outDir = path.join(dir, 'public', 'data');
      expect([code, err]).toEqual([EXIT.ok, []]);
      expect(out.slice(0, -1)).toEqual([
        messages.readingFile('rct', 'r.csv'),
        messages.readFile(2, 2, 0),
        messages.writingFile('runlens.csv'),
        messages.writingFolder('cols', 2),
        messages.writingFile('runlens.sqlite'),
        messages.wroteOutput(outDir, ['runlens.sqlite', 'runlens.csv', 'manifest.json']),
        'runs: 2, columns: 2',
        '  rct: 2 entries, 2 runs',
        'report: nothing to report',
      ]);
      // The last line: time and peak memory, as measured.
      expect(out.at(-1)).toMatch(new RegExp(`^${messages.resources(1.5, 200 * 2 ** 20).replace('1.5', '\\d+\\.\\d').replace('200', '\\d+').replace(/[()]/g, '\\$&')}$`));
      expect(await readFile(path.join(outDir, 'runlens.csv'), 'utf8')).toBe('run,rct.q\n1,Good\n2,Bad\n');
    }));

  it('writes to --out instead of the configured output', () =>
    withTempDir(async (dir) => {
      const file = await project(dir, { sources: [{ name: 'rct', kind: 'csv', files: 'r.csv' }] });
      expect((await cli(['--sources', file, '--out', path.join(dir, 'elsewhere')])).code).toBe(EXIT.ok);
      expect((await readdir(path.join(dir, 'elsewhere'))).sort()).toEqual([SET_MARKER, 'cols', 'manifest.json', 'runlens.csv', 'runlens.sqlite']);
    }));

  it('marks the set it writes: the marker holds the manifest\'s set id, new on every build', () =>
    withTempDir(async (dir) => {
      const file = await project(dir, { sources: [{ name: 'rct', kind: 'csv', files: 'r.csv' }] });
      const outDir = path.join(dir, 'public', 'data');
      const ids: string[] = [];
      for (let i = 0; i < 2; i++) {
        expect((await cli(['--sources', file])).code).toBe(EXIT.ok);
        const marker = await readFile(path.join(outDir, SET_MARKER), 'utf8');
        const manifest = JSON.parse(await readFile(path.join(outDir, 'manifest.json'), 'utf8')) as { setId: string };
        expect(marker).toBe(`${manifest.setId}\n`);
        ids.push(manifest.setId);
      }
      expect(ids[0]).toMatch(/^[0-9a-f]{32}$/);
      expect(ids[1]).not.toBe(ids[0]);
    }));

  it('exits 1 before reading any source, naming a user\'s .data-staging and .data-previous, and leaves them and the set untouched', () =>
    withTempDir(async (dir) => {
      const file = await project(dir, { sources: [{ name: 'rct', kind: 'csv', files: 'r.csv' }] });
      expect((await cli(['--sources', file])).code).toBe(EXIT.ok);
      const publicDir = path.join(dir, 'public');
      const before = await readFile(path.join(publicDir, 'data', 'runlens.csv'), 'utf8');
      await mkdir(path.join(publicDir, '.data-staging'));
      await writeFile(path.join(publicDir, '.data-staging', 'important.txt'), 'mine');
      await mkdir(path.join(publicDir, '.data-previous'));
      await writeFile(path.join(publicDir, '.data-previous', 'thesis.tex'), 'mine too');
      const staging = path.join(publicDir, '.data-staging');
      const { code, out, err } = await cli(['--sources', file]);
      expect([code, out]).toEqual([EXIT.fatal, []]);
      expect(err).toEqual([messages.fatal(messages.folderNotOurs(staging, 'staging', messages.noMarker(['important.txt'])), messages.folderNotOursHint(staging))]);
      await rm(staging, { recursive: true });
      const previous = path.join(publicDir, '.data-previous');
      const again = await cli(['--sources', file]);
      expect(again.err).toEqual([messages.fatal(messages.folderNotOurs(previous, 'previous', messages.noMarker(['thesis.tex'])), messages.folderNotOursHint(previous))]);
      // Without the output folder the user's previous folder is not renamed into its place either.
      await rm(path.join(publicDir, 'data'), { recursive: true });
      expect((await cli(['--sources', file])).code).toBe(EXIT.fatal);
      expect((await readdir(publicDir)).sort()).toEqual(['.data-previous']);
      expect(await readFile(path.join(previous, 'thesis.tex'), 'utf8')).toBe('mine too');
      await rm(previous, { recursive: true });
      expect((await cli(['--sources', file])).code).toBe(EXIT.ok);
      expect(await readFile(path.join(publicDir, 'data', 'runlens.csv'), 'utf8')).toBe(before);
    }));

  it('exits 1 and deletes nothing when --out names the folder holding the sources file', () =>
    withTempDir(async (dir) => {
      const file = await project(dir, { sources: [{ name: 'rct', kind: 'csv', files: 'r.csv' }] });
      const dataDir = path.join(dir, 'data');
      const { code, out, err } = await cli(['--sources', file, '--out', dataDir]);
      expect([code, err]).toEqual([EXIT.fatal, [messages.fatal(messages.outputHoldsInput(dataDir, file), messages.outputUnsafeHint())]]);
      expect(out).toEqual([]); // refused before reading any source
      expect((await readdir(dataDir)).sort()).toEqual(['r.csv', 'sources.json', 't.root']);
    }));

  it('never reads its own output back: a **/*.csv glob over a folder holding the output builds the same columns twice', () =>
    withTempDir(async (dir) => {
      const file = await project(dir, { output: 'out', sources: [{ name: 'o', kind: 'csv', files: '**/*.csv' }] });
      expect((await cli(['--sources', file])).code).toBe(EXIT.ok);
      const first = await readFile(path.join(dir, 'data', 'out', 'runlens.csv'), 'utf8');
      const again = await cli(['--sources', file]);
      expect(again.code).toBe(EXIT.ok);
      expect(again.out).toContain(messages.skippedOutputFile('o', 'out/runlens.csv'));
      expect(await readFile(path.join(dir, 'data', 'out', 'runlens.csv'), 'utf8')).toBe(first);
      expect(first.split('\n')[0]).toBe('run,o.q');
    }));

  it('publishes no absolute path: files outside the sources folder are named relative to it in the manifest', () =>
    withTempDir(async (dir) => {
      await mkdir(path.join(dir, 'elsewhere'));
      await writeFile(path.join(dir, 'elsewhere', 'x.csv'), 'run,v\n1,2\n');
      const file = await project(dir, { sources: [{ name: 'x', kind: 'csv', files: path.join(dir, 'elsewhere', 'x.csv') }] });
      expect((await cli(['--sources', file])).code).toBe(EXIT.ok);
      const manifest = await readFile(path.join(dir, 'public', 'data', 'manifest.json'), 'utf8');
      expect((JSON.parse(manifest) as { sources: { files: { path: string }[] }[] }).sources[0].files[0].path).toBe('../elsewhere/x.csv');
      expect(manifest).not.toContain(dir);
    }));

  it('exits 1 naming a source file that is a link to /dev/zero, without reading it', () =>
    withTempDir(async (dir) => {
      const file = await project(dir, { sources: [{ name: 'z', kind: 'csv', files: 'zero.csv' }] });
      await symlink('/dev/zero', path.join(dir, 'data', 'zero.csv'));
      const { code, err } = await cli(['--sources', file]);
      expect([code, err]).toEqual([EXIT.fatal, [messages.fatal(messages.notRegularFile(path.join(dir, 'data', 'zero.csv'), 'device'), messages.notRegularFileHint())]]);
    }));

  it('exits 2 with the usage for an unknown argument', async () => {
    expect(await cli(['--sourcs', 'x'])).toEqual({ code: EXIT.usage, out: [], err: [messages.badArgument('--sourcs'), messages.usage()] });
  });

  it('exits 1 with message and hint for a build error, writing nothing', () =>
    withTempDir(async (dir) => {
      const file = await project(dir, { sources: [{ name: 'rct', kind: 'csv', files: 'r.csv', key: 'runNumber' }] });
      const { code, err } = await cli(['--sources', file]);
      expect(code).toBe(EXIT.fatal);
      expect(err).toEqual([messages.fatal(messages.keyMissing('r.csv', '', 'runNumber', ['run', 'q']), messages.keyMissingHint())]);
      expect(await readdir(dir)).toEqual(['data']);
    }));

  it('exits 1 with the reader\'s message (which holds its hint) for a RootReadError', () =>
    withTempDir(async (dir) => {
      const file = await project(dir, { sources: [{ name: 'tpc', kind: 'root', files: 't.root', tree: 'tpcQA' }] });
      const failure = new RootReadError({ kind: 'missing-tree', file: 't.root', object: 'tpcQA', message: 'no such tree.', hint: 'Check the tree path.' });
      const { code, err } = await cli(['--sources', file], async () => { throw failure; });
      expect(code).toBe(EXIT.fatal);
      expect(err).toEqual([messages.fatal(failure.message, '')]);
    }));

  it('exits 3 with the stack for an unexpected error', () =>
    withTempDir(async (dir) => {
      const file = await project(dir, { sources: [{ name: 'tpc', kind: 'root', files: 't.root', tree: 'tpcQA' }] });
      const { code, err } = await cli(['--sources', file], async () => { throw new TypeError('bug here'); });
      expect(code).toBe(EXIT.internal);
      expect(err[0].startsWith('TypeError: bug here\n')).toBe(true);
    }));

  it('reads ROOT sources through the injected reader', () =>
    withTempDir(async (dir) => {
      const file = await project(dir, { sources: [{ name: 'tpc', kind: 'root', files: 't.root', tree: 'tpcQA' }] });
      const t = path.join(dir, 'data', 't.root');
      const { code, out } = await cli(['--sources', file], fakeReadTree({ [t]: tree(t, [int('run', [5]), real('x', [1])]) }));
      expect(code).toBe(EXIT.ok);
      expect(out.slice(0, 2)).toEqual([messages.readingFile('tpc', 't.root'), messages.readFile(1, 2, 0)]);
    }));
});
