import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BuildError } from '../../../scripts/pipeline/build-error';
import { loadSourcesFile, parseSourcesFile } from '../../../scripts/pipeline/load-sources-file';
import { messages } from '../../../scripts/pipeline/messages';
import { caught } from './helpers';

const FILE = '/repo/data/sources.json';
const parse = (json: unknown) => parseSourcesFile(JSON.stringify(json), FILE);
const problemAt = async (json: unknown) => (await caught(() => parse(json))) as BuildError;

describe('parseSourcesFile', () => {
  it('fills defaults: output ../public/data, key run, duplicates last, empty include/exclude, files as a list', () => {
    const config = parse({ sources: [{ name: 'tpc', kind: 'root', files: 'a.root', tree: 'tpcQA' }, { name: 'rct', kind: 'csv', files: ['r.csv'] }] });
    expect(config).toEqual({
      file: FILE,
      baseDir: '/repo/data',
      output: '/repo/public/data',
      maxFileBytes: 2 ** 30,
      runRange: [1, 2 ** 31 - 1],
      sources: [
        { name: 'tpc', kind: 'root', files: ['a.root'], tree: 'tpcQA', key: 'run', duplicates: 'last', include: [], exclude: [], missing: [], maxPivotColumns: 1000 },
        { name: 'rct', kind: 'csv', files: ['r.csv'], tree: '', key: 'run', duplicates: 'last', include: [], exclude: [], missing: [], maxPivotColumns: 1000 },
      ],
    });
  });

  it('keeps declared key, duplicates, include, exclude and resolves output against the file folder', () => {
    const config = parse({
      output: 'out',
      sources: [{ name: 'evs', kind: 'root', files: ['x.root', 'y*.root'], tree: 'dir/trending', key: 'runNumber', duplicates: 'fail', include: ['*'], exclude: ['tmp*'] }],
    });
    expect(config.output).toBe(path.resolve('/repo/data/out'));
    expect(config.sources[0]).toEqual({ name: 'evs', kind: 'root', files: ['x.root', 'y*.root'], tree: 'dir/trending', key: 'runNumber', duplicates: 'fail', include: ['*'], exclude: ['tmp*'], missing: [], maxPivotColumns: 1000 });
  });

  it.each([
    [{ sources: [] }, '$.sources', messages.mustBe('a non-empty array')],
    [{ sources: [{ name: '1x', kind: 'csv', files: 'a' }] }, '$.sources[0].name', messages.mustBe(`a name matching ${/^[A-Za-z][A-Za-z0-9_]*$/}`)],
    [{ sources: [{ name: 'a', kind: 'json', files: 'a' }] }, '$.sources[0].kind', messages.mustBe('one of "root", "csv"')],
    [{ sources: [{ name: 'a', kind: 'root', files: 'a' }] }, '$.sources[0].tree', messages.mustBe('a non-empty string for a ROOT source')],
    [{ sources: [{ name: 'a', kind: 'csv', files: [] }] }, '$.sources[0].files', messages.mustBe('a path, a glob or a non-empty list of them')],
    [{ sources: [{ name: 'a', kind: 'csv', files: 'a', duplicates: 'newest' }] }, '$.sources[0].duplicates', messages.mustBe('one of "last", "first", "fail"')],
    [{ sources: [{ name: 'a', kind: 'root', tree: 'T', files: 'a', include: [3] }] }, '$.sources[0].include', messages.mustBe('a string or a list of strings')],
    [{ sources: [{ name: 'a', kind: 'csv', files: 'a', keys: 'run' }] }, '$.sources[0].keys', messages.unknownProperty(['name', 'kind', 'files', 'tree', 'key', 'duplicates', 'include', 'exclude', 'missing', 'pivot', 'maxPivotColumns', 'runFromPath', 'columns'])],
    [{ maxFileBytes: 0, sources: [{ name: 'a', kind: 'csv', files: 'a' }] }, '$.maxFileBytes', messages.mustBe('a positive whole number')],
    [{ sources: [{ name: 'a', kind: 'csv', files: 'a' }, { name: 'a', kind: 'csv', files: 'b' }] }, '$.sources[1].name', messages.duplicateName('a')],
    [{ sources: [{ name: 'tpc', kind: 'csv', files: 'a' }, { name: 'TPC', kind: 'csv', files: 'b' }] }, '$.sources[1].name', messages.duplicateNameCase('TPC', 'tpc')],
    [{ sources: [{ name: 'a', kind: 'csv', files: 'a', tree: 'T' }] }, '$.sources[0].tree', messages.rootOnlyProperty()],
    [{ sources: [{ name: 'a', kind: 'csv', files: 'a', include: ['x*'] }] }, '$.sources[0].include', messages.rootOnlyProperty()],
    [{ sources: [{ name: 'a', kind: 'csv', files: 'a', exclude: [] }] }, '$.sources[0].exclude', messages.rootOnlyProperty()],
    [{ output: 7, sources: [{ name: 'a', kind: 'csv', files: 'a' }] }, '$.output', messages.mustBe('a non-empty string')],
    [[1], '$', messages.mustBe('an object')],
  ])('rejects %j at its JSON path', async (json, at, problem) => {
    const error = await problemAt(json);
    expect(error).toBeInstanceOf(BuildError);
    expect(error.kind).toBe('sources-file-invalid');
    expect(error.file).toBe(FILE);
    expect(error.message).toBe(messages.sourcesFileInvalid(FILE, at, problem));
    expect(error.hint).toBe(messages.sourcesFileHint());
  });

  it('lists every problem of the file at once, each with its JSON path', async () => {
    const json = { output: 7, sources: [{ name: '1x', kind: 'root', files: [] }, { name: 'b', kind: 'csv', files: 'b', tree: 'T' }, 'x'] };
    const error = await problemAt(json);
    expect(error.message).toBe(messages.sourcesFileProblems(FILE, [
      { at: '$.output', problem: messages.mustBe('a non-empty string') },
      { at: '$.sources[0].name', problem: messages.mustBe(`a name matching ${/^[A-Za-z][A-Za-z0-9_]*$/}`) },
      { at: '$.sources[0].tree', problem: messages.mustBe('a non-empty string for a ROOT source') },
      { at: '$.sources[0].files', problem: messages.mustBe('a path, a glob or a non-empty list of them') },
      { at: '$.sources[1].tree', problem: messages.rootOnlyProperty() },
      { at: '$.sources[2]', problem: messages.mustBe('an object') },
    ]));
  });

  it('refuses a key repeated in one object (JSON.parse would keep the last silently), with its line', async () => {
    const text = '{"sources": [{"name": "a", "kind": "csv", "files": "a.csv",\n "files": "b.csv"}]}';
    const error = (await caught(() => parseSourcesFile(text, FILE))) as BuildError;
    expect(error.message).toBe(messages.sourcesFileInvalid(FILE, '$.sources[0].files', messages.duplicateKey(2)));
  });

  it('echoes at most 200 characters of a file that is not JSON', async () => {
    const error = (await caught(() => parseSourcesFile(`SECRET${'x'.repeat(10_000)}`, FILE))) as BuildError;
    expect(error.message.length).toBeLessThan(400);
  });

  it('reads a sources file that starts with a UTF-8 byte order mark', () => {
    const config = parseSourcesFile('\uFEFF{"sources": [{"name": "rct", "kind": "csv", "files": "r.csv"}]}', FILE);
    expect(config.sources.map((s) => s.name)).toEqual(['rct']);
  });

  it('rejects text that is not JSON, naming the file', async () => {
    const error = (await caught(() => parseSourcesFile('{"sources": [', FILE))) as BuildError;
    expect(error.kind).toBe('sources-file-invalid');
    expect(error.message.startsWith(`Sources file ${FILE} is not valid JSON: `)).toBe(true);
  });
});

describe('loadSourcesFile', () => {
  it('reads the file through the injected reader and parses it', async () => {
    const config = await loadSourcesFile('/x/s.json', async () => '{"sources":[{"name":"a","kind":"csv","files":"a.csv"}]}');
    expect(config.baseDir).toBe('/x');
    expect(config.sources.map((s) => s.name)).toEqual(['a']);
  });

  it('turns a read failure into a sources-file-missing error naming the absolute path', async () => {
    const error = (await caught(() => loadSourcesFile('/x/none.json', async () => { throw new Error('ENOENT'); }))) as BuildError;
    expect(error.kind).toBe('sources-file-missing');
    expect(error.message).toBe(messages.sourcesFileMissing('/x/none.json'));
    expect(error.hint).toBe(messages.sourcesFileMissingHint());
  });
});

describe('parseSourcesFile: a "histograms" source', () => {
  const csv = { name: 'rct', kind: 'csv', files: 'r.csv' };
  const qa = { name: 'qa', kind: 'histograms', files: 'qa/*.root', runFromPath: '(\\d+)\\.root$', histograms: ['TPC/**', 'ITS/*'] };

  it('is kept apart from the table sources, files as a list', () => {
    const config = parse({ sources: [csv, qa] });
    expect(config.sources.map((s) => s.name)).toEqual(['rct']);
    expect(config.histograms).toEqual({ ...qa, files: ['qa/*.root'] });
  });

  it.each([
    [{ sources: [csv, qa, { ...qa, name: 'qa2' }] }, '$.sources[2].kind', messages.secondHistogramSource()],
    [{ sources: [qa] }, '$.sources', messages.noTableSource()],
    [{ sources: [csv, { ...qa, runFromPath: '\\d+\\.root$' }] }, '$.sources[1].runFromPath', 'has 0 capture groups'],
    [{ sources: [csv, { ...qa, histograms: [] }] }, '$.sources[1].histograms', messages.mustBe('a path, a glob or a non-empty list of them')],
    [{ sources: [csv, { ...qa, tree: 'T' }] }, '$.sources[1].tree', 'is not a known property'],
    [{ sources: [csv, { ...qa, name: 'RCT' }] }, '$.sources[1].name', messages.duplicateNameCase('RCT', 'rct')],
  ])('refuses %j at its JSON path', async (json, at, problem) => {
    const error = await problemAt(json);
    expect(error.kind).toBe('sources-file-invalid');
    expect(error.message).toContain(at);
    expect(error.message).toContain(problem);
  });
});
