import Papa from 'papaparse';
import type { SqlJsStatic } from 'sql.js';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ReportEntry } from '../../../src/contract/data-contract';
import type { BuildDeps } from '../../../scripts/pipeline/build-data';
import type { BuildError } from '../../../scripts/pipeline/build-error';
import { sha256 } from '../../../scripts/pipeline/build-manifest';
import { messages } from '../../../scripts/pipeline/messages';
import type { TreeTable } from '../../../scripts/pipeline/read-root-source';
import type { SourceSpec, SourcesConfig } from '../../../scripts/pipeline/sources-config';
import { loadSqlJs } from '../../../scripts/pipeline/write-sqlite';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { readTree } from '../../../scripts/root-reader/read-tree';
import { joinedSelect } from '../../support/joined-select';
import { useRootFiles } from '../../support/rootfiles';
import { buildToDisk, caught, csvSpec, fakeReadTree, int, real, rootSpec, text, tree } from './helpers';

const rootfiles = useRootFiles('pipeline buildData');

let SQL: SqlJsStatic;
beforeAll(async () => {
  SQL = await loadSqlJs();
});

const BUILT_AT = new Date(Date.UTC(2026, 10, 26, 12, 0, 0));

function run(sources: SourceSpec[], trees: Record<string, TreeTable>, texts: Record<string, string> = {}) {
  const config: SourcesConfig = { file: '/d/sources.json', baseDir: '/d', output: '/public/data', maxFileBytes: 2 ** 30, runRange: [1, 2 ** 31 - 1], sources };
  const deps: BuildDeps = {
    readTree: fakeReadTree(trees),
    readFile: async (f) => new TextEncoder().encode(texts[f] ?? `bytes of ${f}`),
    listFiles: async (p, b) => [`${b}/${p}`],
    clock: () => BUILT_AT,
    log: () => {},
    sql: SQL,
  };
  return buildToDisk(config, deps);
}

const kinds = (entries: ReportEntry[], kind: ReportEntry['kind']) => entries.filter((e) => e.kind === kind);

/** tpc: runs 1,2,3 with run 2 repeated across two files; rct (CSV): runs 2,3,4 and one invalid key. */
const tpcTrees = {
  '/d/a.root': tree('/d/a.root', [int('run', [1, 2]), real('x', [0.1, 0.2])]),
  '/d/b.root': tree('/d/b.root', [int('run', [2, 3]), real('x', [0.25, 0.3])]),
};
const rctCsv = { '/d/r.csv': 'run,period\n2,LHC18b\n3,LHC18c\nx,LHC18d\n4,LHC18e\n' };

describe('buildData', () => {
  it('joins a ROOT and a CSV source, reporting exactly the repeated, invalid and partial runs', async () => {
    const out = await run([rootSpec('tpc', ['a.root', 'b.root']), csvSpec('rct', ['r.csv'])], tpcTrees, rctCsv);
    expect(out.report.runs).toBe(4);
    expect(out.report.columns).toBe(3);
    expect(out.report.perSource).toEqual([{ source: 'tpc', entries: 4, runs: 3 }, { source: 'rct', entries: 4, runs: 3 }]);
    expect(out.entries).toEqual([
      { kind: 'repeated-run', source: 'tpc', run: 2, occurrences: [{ file: 'a.root', entry: 1 }, { file: 'b.root', entry: 0 }], kept: 1, differing: ['x'], differingCount: 1 },
      { kind: 'invalid-key', source: 'rct', file: 'r.csv', entry: 2, value: 'x', reason: messages.invalidKeyNotInteger() },
      { kind: 'partial-run', run: 1, presentIn: ['tpc'], missingFrom: ['rct'] },
      { kind: 'partial-run', run: 4, presentIn: ['rct'], missingFrom: ['tpc'] },
    ]);
    const db = new SQL.Database(out.files[0].bytes);
    expect(db.exec(joinedSelect(db, ['tpc.x', 'rct.period']))[0].values).toEqual([
      [1, 0.1, null], [2, 0.25, 'LHC18b'], [3, 0.3, 'LHC18c'], [4, null, 'LHC18e'],
    ]);
  });

  it('keeps the first occurrence with duplicates "first"', async () => {
    const out = await run([rootSpec('tpc', ['a.root', 'b.root'], { duplicates: 'first' })], tpcTrees);
    expect(kinds(out.entries, 'repeated-run')).toEqual([
      { kind: 'repeated-run', source: 'tpc', run: 2, occurrences: [{ file: 'a.root', entry: 1 }, { file: 'b.root', entry: 0 }], kept: 0, differing: ['x'], differingCount: 1 },
    ]);
    expect(new SQL.Database(out.files[0].bytes).exec('SELECT "tpc.x" FROM runs_tpc_1 WHERE run = 2')[0].values).toEqual([[0.2]]);
  });

  it('fails with duplicates "fail" and a repeat', async () => {
    const error = (await caught(() => run([rootSpec('tpc', ['a.root', 'b.root'], { duplicates: 'fail' })], tpcTrees))) as BuildError;
    expect(error.kind).toBe('repeated-run-fail');
    expect(error.message).toBe(messages.repeatedRunFail('tpc', 2, 'a.root#1, b.root#0'));
  });

  it('accounts for every input entry: in the table or named in the report', async () => {
    const trees = { ...tpcTrees, '/d/e.root': tree('/d/e.root', [int('run', [])], { entries: 0 }) };
    const out = await run([rootSpec('tpc', ['a.root', 'b.root', 'e.root']), csvSpec('rct', ['r.csv'])], trees, rctCsv);
    const read = out.manifest.sources.reduce((n, s) => n + s.entries, 0);
    const kept = out.manifest.sources.reduce((n, s) => n + s.runs, 0);
    const repeats = kinds(out.entries, 'repeated-run').reduce((n, e) => n + (e.kind === 'repeated-run' ? e.occurrences.length - 1 : 0), 0);
    expect(read).toBe(8);
    expect(kept + repeats + kinds(out.entries, 'invalid-key').length).toBe(read);
    expect(kinds(out.entries, 'empty-tree')).toEqual([{ kind: 'empty-tree', source: 'tpc', file: 'e.root', tree: 'T' }]);
    expect(out.manifest.sources[0].files.map((f) => [f.path, f.entries])).toEqual([['a.root', 2], ['b.root', 2], ['e.root', 0]]);
  });

  it('produces sqlite, csv and manifest, the manifest holding the other two files\' sizes and hashes', async () => {
    const out = await run([rootSpec('tpc', ['a.root']), csvSpec('rct', ['r.csv'])], tpcTrees, rctCsv);
    expect(out.files.map((f) => f.name)).toEqual(['runlens.sqlite', 'runlens.csv', 'manifest.json']);
    // Listed sqlite first although runlens.csv is streamed first and runlens.sqlite exported after it.
    expect(out.manifest.files).toEqual(out.files.slice(0, 2).map((f) => ({ name: f.name, bytes: f.bytes.byteLength, sha256: sha256(f.bytes) })));
    expect(JSON.parse(new TextDecoder().decode(out.files[2].bytes))).toEqual(out.manifest);
    expect(out.manifest.builtAt).toBe('2026-11-26T12:00:00.000Z');
    expect(out.manifest.runs).toBe(4);
    expect(out.manifest.columns.map((c) => c.name)).toEqual(['run', 'tpc.x', 'rct.period']);
    expect(new TextDecoder().decode(out.files[1].bytes)).toBe('run,tpc.x,rct.period\n1,0.1,\n2,0.2,LHC18b\n3,,LHC18c\n4,,LHC18e\n');
  });

  it('gives the same output bytes for the same input and clock', async () => {
    const a = await run([rootSpec('tpc', ['a.root', 'b.root']), csvSpec('rct', ['r.csv'])], tpcTrees, rctCsv);
    const b = await run([rootSpec('tpc', ['a.root', 'b.root']), csvSpec('rct', ['r.csv'])], tpcTrees, rctCsv);
    // The manifests differ only by the set id (random per build).
    expect(b.files.slice(0, 2).map((f) => sha256(f.bytes))).toEqual(a.files.slice(0, 2).map((f) => sha256(f.bytes)));
    expect({ ...b.manifest, setId: '' }).toEqual({ ...a.manifest, setId: '' });
    expect(b.manifest.setId).not.toBe(a.manifest.setId);
  });

  it('fails with column-name-clash (not an SQLite error) when two CSV headers differ only by case', async () => {
    const error = (await caught(() => run([csvSpec('rct', ['r.csv'])], {}, { '/d/r.csv': 'run,Fill,fill\n1,2,3\n' }))) as BuildError;
    expect([error.kind, error.message]).toEqual(['column-name-clash', messages.columnNameClash(
      { name: 'rct.Fill', source: 'rct', files: ['r.csv'] }, { name: 'rct.fill', source: 'rct', files: ['r.csv'] })]);
  });

  it('stores a CSV integer column beyond the 64-bit range as TEXT and reports it (was fatal in write-sqlite)', async () => {
    const out = await run([csvSpec('rct', ['r.csv'])], {}, { '/d/r.csv': 'run,id\n1,5\n2,18446744073709551615\n' });
    expect(out.manifest.columns.find((c) => c.name === 'rct.id')?.sqlType).toBe('TEXT');
    expect(kinds(out.entries, 'text-column')).toEqual([{ kind: 'text-column', source: 'rct', file: 'r.csv', column: 'id', examples: ['18446744073709551615'] }]);
    const db = new SQL.Database(out.files[0].bytes);
    expect(db.exec('SELECT "rct.id", typeof("rct.id") FROM runs_rct_1 ORDER BY run')[0].values).toEqual([['5', 'text'], ['18446744073709551615', 'text']]);
    db.close();
  });

  it('reads NaN and inf cells of a CSV column as numbers, NaN as missing and counted', async () => {
    const out = await run([csvSpec('rct', ['r.csv'])], {}, { '/d/r.csv': 'run,lumi\n1,0.5\n2,nan\n3,-inf\n' });
    expect(out.manifest.columns.find((c) => c.name === 'rct.lumi')?.sqlType).toBe('REAL');
    expect(kinds(out.entries, 'non-finite')).toEqual([{ kind: 'non-finite', source: 'rct', column: 'lumi', count: 2, detail: messages.nonFiniteDetail(1, 0, 1) }]);
    expect(new TextDecoder().decode(out.files[1].bytes)).toBe('run,rct.lumi\n1,0.5\n2,\n3,-Infinity\n');
  });

  it('writes a Double_t -0.0 as 0 in both CSV and SQLite (SQLite cannot keep -0.0), so the outputs agree', async () => {
    const out = await run([rootSpec('tpc', ['a.root'])], { '/d/a.root': tree('/d/a.root', [int('run', [1, 2]), real('x', [-0, -1.5])]) });
    const csv = Papa.parse<string[]>(new TextDecoder().decode(out.files[1].bytes), { skipEmptyLines: true }).data.slice(1).map((r) => Number(r[1]));
    const db = new SQL.Database(out.files[0].bytes);
    const sqlite = db.exec('SELECT "tpc.x" FROM runs_tpc_1 ORDER BY run')[0].values.map((r) => r[0]);
    db.close();
    expect(csv).toEqual([0, -1.5]);
    expect(sqlite).toEqual([0, -1.5]);
    expect(csv.map((v, i) => Object.is(v, sqlite[i]))).toEqual([true, true]);
  });

  it('fails with key-missing when a tree lacks the key branch', async () => {
    const trees = { '/d/a.root': tree('/d/a.root', [int('runNumber', [1]), text('t', ['a'])]) };
    const error = (await caught(() => run([rootSpec('tpc', ['a.root'], { tree: 'tpcQA' })], trees))) as BuildError;
    expect(error.kind).toBe('key-missing');
    expect(error.message).toBe(messages.keyMissing('a.root', 'tpcQA', 'run', ['runNumber', 't']));
  });
});

rootfiles.describe('buildData on a real zstd file', () => {
  it('reports uproot-Zmumu-zstd.root as unverified-integrity (zstd blocks checked for size only) and builds it', async () => {
    const file = rootfiles.path('scikit-hep-testdata/uproot-Zmumu-zstd.root');
    const baseDir = path.dirname(file);
    const config: SourcesConfig = { file: path.join(baseDir, 'sources.json'), baseDir, output: '/unused', maxFileBytes: 2 ** 30, runRange: [1, 2 ** 31 - 1], sources: [rootSpec('z', [path.basename(file)], { tree: 'events', key: 'Event' })] };
    const deps: BuildDeps = { readTree, readFile: (f) => readFile(f), clock: () => BUILT_AT, log: () => {}, sql: SQL };
    const out = await buildToDisk(config, deps);
    const table = await readTree(file, 'events');
    const unverified = kinds(out.entries, 'unverified-integrity');
    expect(table.unverified?.baskets).toBeGreaterThan(0);
    expect(unverified).toEqual([{ kind: 'unverified-integrity', source: 'z', file: 'uproot-Zmumu-zstd.root', ...table.unverified }]);
    expect(out.manifest.sources[0].files[0].compression).toBe('zstd-5');
    expect(out.report.perSource).toEqual([{ source: 'z', entries: 2304, runs: new Set(table.columns.find((c) => c.name === 'Event')?.values.data as Float64Array).size }]);
  });
});
