/**
 * Keys ($entry, floating point, runFromPath), long format (pivot), sentinels,
 * plausibility reports and headerless CSV, built end to end: ROOT files
 * written by the project's writer and read by the build's own reader, CSV
 * as strings, the output CSV parsed back with papaparse. Expected values are
 * computed here from the inputs.
 */
import Papa from 'papaparse';
import type { SqlJsStatic } from 'sql.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { pivotColumnName, type ReportEntry } from '../../../src/contract/data-contract';
import type { BuildError } from '../../../scripts/pipeline/build-error';
import { messages } from '../../../scripts/pipeline/messages';
import type { SourceSpec, SourcesConfig } from '../../../scripts/pipeline/sources-config';
import { loadSqlJs } from '../../../scripts/pipeline/write-sqlite';
import { readTree } from '../../../scripts/root-reader/read-tree';
import { writeRootFile, type BranchSpec } from '../../../scripts/root-writer/write-root-file';
import { readFile } from 'node:fs/promises';
import { useRootFiles } from '../../support/rootfiles';
import { buildToDisk, caught, csvSpec, rootSpec } from './helpers';

const rootfiles = useRootFiles('pipeline source semantics');

let SQL: SqlJsStatic;
beforeAll(async () => {
  SQL = await loadSqlJs();
});

const rootFile = (branches: BranchSpec[]): Uint8Array =>
  writeRootFile([{ name: 'T', entries: branches[0].values.length, branches }], { basketEntries: 2 });

/** Builds the sources from in-memory files (paths relative to /d); the output CSV as rows of strings, and every finding. */
async function build(sources: SourceSpec[], files: Record<string, Uint8Array | string>, runRange: [number, number] = [1, 2 ** 31 - 1]) {
  const config: SourcesConfig = { file: '/d/sources.json', baseDir: '/d', output: '/public/data', maxFileBytes: 2 ** 30, runRange, sources };
  const out = await buildToDisk(config, {
    readTree,
    readFile: async (f) => {
      const content = files[f.slice('/d/'.length)];
      if (content === undefined) throw new Error(`no file ${f}`);
      return typeof content === 'string' ? new TextEncoder().encode(content) : content;
    },
    listFiles: async (p, b) => [`${b}/${p}`],
    clock: () => new Date(0),
    log: () => {},
    sql: SQL,
  });
  const csv = new TextDecoder().decode(out.files[1].bytes);
  const rows = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true }).data;
  return { rows, entries: out.entries };
}

const ofKind = <K extends ReportEntry['kind']>(entries: ReportEntry[], kind: K) => entries.filter((e): e is Extract<ReportEntry, { kind: K }> => e.kind === kind);
const cell = (v: number | null) => (v === null ? '' : String(v));

describe('"key": "$entry"', () => {
  it('numbers the entries from 0, continuing across the ROOT files of a source, and checks no run range', async () => {
    const a = [0.5, 1.5, 2.5];
    const b = [-7.25, 8];
    const files = { 'a.root': rootFile([{ name: 'x', type: 'Double_t', values: a }]), 'b.root': rootFile([{ name: 'x', type: 'Double_t', values: b }]) };
    const { rows, entries } = await build([rootSpec('t', ['a.root', 'b.root'], { key: '$entry' })], files);
    const all = [...a, ...b];
    expect(rows).toEqual(all.map((x, i) => ({ run: String(i), 't.x': String(x) })));
    expect(ofKind(entries, 'run-out-of-range')).toEqual([]);
  });

  it('numbers CSV data rows the same way', async () => {
    const { rows } = await build([csvSpec('c', ['a.csv', 'b.csv'], { key: '$entry' })], { 'a.csv': 'v\n10\n11\n', 'b.csv': 'v\n12\n' });
    expect(rows).toEqual([{ run: '0', 'c.v': '10' }, { run: '1', 'c.v': '11' }, { run: '2', 'c.v': '12' }]);
  });
});

describe('floating-point keys', () => {
  it('accepts a Double_t key whose every value is a whole number, and reports it', async () => {
    const runs = [290001, 290002, 290005];
    const y = [1, 2, 3];
    const file = rootFile([{ name: 'run', type: 'Double_t', values: runs }, { name: 'y', type: 'Int_t', values: y }]);
    const { rows, entries } = await build([rootSpec('t', ['a.root'])], { 'a.root': file });
    expect(rows).toEqual(runs.map((r, i) => ({ run: String(r), 't.y': String(y[i]) })));
    expect(ofKind(entries, 'float-key')).toEqual([{ kind: 'float-key', source: 't', file: 'a.root', column: 'run', rootType: 'Double_t', count: runs.length }]);
  });

  it('refuses a Float_t key holding a value that is not whole, naming the entry and the value', async () => {
    const runs = [290001, 290001.5];
    const file = rootFile([{ name: 'run', type: 'Float_t', values: runs }]);
    const error = (await caught(() => build([rootSpec('t', ['a.root'])], { 'a.root': file }))) as BuildError;
    expect(error.kind).toBe('key-not-integer');
    expect(error.message).toBe(messages.keyNotWhole('a.root', 'T', 'run', 'entry 1', String(Math.fround(runs[1]))));
  });

  it('accepts CSV keys written as decimals when whole, and refuses one that is not, naming its line', async () => {
    const { rows, entries } = await build([csvSpec('c', ['a.csv'])], { 'a.csv': 'run,v\n500.0,1\n5.01e2,2\n502,3\n' });
    expect(rows.map((r) => r.run)).toEqual(['500', '501', '502']);
    expect(ofKind(entries, 'float-key')).toEqual([{ kind: 'float-key', source: 'c', file: 'a.csv', column: 'run', rootType: 'csv', count: 2 }]);
    const error = (await caught(() => build([csvSpec('c', ['a.csv'])], { 'a.csv': 'run,v\n500,1\n500.5,2\n' }))) as BuildError;
    expect(error.kind).toBe('key-not-integer');
    expect(error.message).toBe(messages.keyNotWhole('a.csv', '', 'run', 'line 3', '500.5'));
  });
});

describe('"runFromPath"', () => {
  const perRun = (mean: number) => rootFile([{ name: 'mean', type: 'Double_t', values: [mean] }]);
  const regex = 'run(\\d+)\\.root$';

  it('takes the run of each one-entry file from its path', async () => {
    const means: Record<string, number> = { '529003': 1.25, '529001': 2.5 };
    const files = Object.fromEntries(Object.entries(means).map(([run, m]) => [`qa/run${run}.root`, perRun(m)]));
    const { rows } = await build([rootSpec('qa', Object.keys(files), { runFromPath: regex, key: '$path' })], files);
    const expected = Object.entries(means).sort((p, q) => Number(p[0]) - Number(q[0])).map(([run, m]) => ({ run, 'qa.mean': String(m) }));
    expect(rows).toEqual(expected);
  });

  it('refuses a path that does not match, and a file holding more than one entry', async () => {
    const noMatch = (await caught(() => build([rootSpec('qa', ['qa/x.root'], { runFromPath: regex, key: '$path' })], { 'qa/x.root': perRun(1) }))) as BuildError;
    expect(noMatch.kind).toBe('run-from-path');
    expect(noMatch.message).toBe(messages.runFromPathNoMatch('qa/x.root', regex));
    const two = rootFile([{ name: 'mean', type: 'Double_t', values: [1, 2] }]);
    const twoEntries = (await caught(() => build([rootSpec('qa', ['qa/run7.root'], { runFromPath: regex, key: '$path' })], { 'qa/run7.root': two }))) as BuildError;
    expect(twoEntries.kind).toBe('run-from-path');
    expect(twoEntries.message).toBe(messages.runFromPathEntries('qa/run7.root', 'T', 2));
  });
});

describe('"pivot"', () => {
  const odd = 'C[1]\\x';
  const rows = [
    ['529001', 'CINT7', '100', 'a'],
    ['529001', odd, '7', 'b'],
    ['529002', 'CINT7', '200', 'c'],
    ['529002', 'CINT7', '201', 'd'],
    ['529002', '', '5', 'e'],
    ['529003', odd, '', 'f'],
    ['529003', 'CEMC7', '3', 'g'],
  ];
  const csv = ['run,trigger,counts,note', ...rows.map((r) => r.map((c) => (/[",\\[]/.test(c) ? `"${c.replaceAll('"', '""')}"` : c)).join(','))].join('\n') + '\n';
  const spec = (extra: Partial<SourceSpec> = {}) => csvSpec('trg', ['t.csv'], { pivot: { name: 'trigger', value: 'counts' }, ...extra });

  /** The pivot computed here: (run, name) → value of the last (or first) valid row. */
  function expected(policy: 'first' | 'last') {
    const valid = rows.filter((r) => r[1] !== '' && r[2] !== '');
    const names = [...new Set(valid.map((r) => r[1]))];
    const runs = [...new Set(valid.map((r) => r[0]))].sort();
    return runs.map((run) => {
      const out: Record<string, string> = { run };
      for (const name of names) {
        const hits = valid.filter((r) => r[0] === run && r[1] === name);
        out[`trg.${pivotColumnName('counts', name)}`] = hits.length === 0 ? '' : hits[policy === 'first' ? 0 : hits.length - 1][2];
      }
      return out;
    });
  }

  it('makes one column per name, escaping brackets and backslashes, and reports skipped rows, repeats and ignored columns', async () => {
    expect(pivotColumnName('counts', odd)).toBe('counts[C\\[1\\]\\\\x]');
    const built = await build([spec()], { 't.csv': csv });
    expect(built.rows).toEqual(expected('last'));
    expect(ofKind(built.entries, 'pivot-skipped-row')).toEqual([
      { kind: 'pivot-skipped-row', source: 'trg', file: 't.csv', entry: 4, reason: messages.pivotNoName() },
      { kind: 'pivot-skipped-row', source: 'trg', file: 't.csv', entry: 5, reason: messages.pivotNoValue() },
    ]);
    expect(ofKind(built.entries, 'pivot-repeated-cell')).toEqual([
      { kind: 'pivot-repeated-cell', source: 'trg', run: 529002, name: 'CINT7', occurrences: [{ file: 't.csv', entry: 2 }, { file: 't.csv', entry: 3 }], kept: 1 },
    ]);
    expect(ofKind(built.entries, 'pivot-ignored-columns')).toEqual([{ kind: 'pivot-ignored-columns', source: 'trg', columns: ['note'], count: 1 }]);
  });

  it('follows the duplicates policy: "first" keeps the first, "fail" stops', async () => {
    expect((await build([spec({ duplicates: 'first' })], { 't.csv': csv })).rows).toEqual(expected('first'));
    const error = (await caught(() => build([spec({ duplicates: 'fail' })], { 't.csv': csv }))) as BuildError;
    expect(error.kind).toBe('repeated-run-fail');
  });

  it('stops with a clear error beyond maxPivotColumns distinct names', async () => {
    const error = (await caught(() => build([spec({ maxPivotColumns: 2 })], { 't.csv': csv }))) as BuildError;
    expect(error.kind).toBe('pivot-too-many-columns');
    expect(error.message).toBe(messages.pivotTooMany('trg', 3, 2, ['CINT7', odd]));
  });

  it('pivots a ROOT tree whose names are numbers (trigger indices)', async () => {
    const run = [10, 10, 11];
    const index = [0, 3, 3];
    const counts = [1.5, 2.5, 3.5];
    const file = rootFile([
      { name: 'run', type: 'Int_t', values: run }, { name: 'index', type: 'Int_t', values: index }, { name: 'counts', type: 'Double_t', values: counts },
    ]);
    const { rows: out } = await build([rootSpec('t', ['a.root'], { pivot: { name: 'index', value: 'counts' } })], { 'a.root': file });
    const at = (r: number, i: number) => cell(counts.find((_, k) => run[k] === r && index[k] === i) ?? null);
    expect(out).toEqual([10, 11].map((r) => ({ run: String(r), 't.counts[0]': at(r, 0), 't.counts[3]': at(r, 3) })));
  });
});

describe('"missing" sentinels', () => {
  it('stores declared values as missing, per column glob, and counts them per column', async () => {
    const runs = [1, 2, 3, 4, 5];
    const tpcX = [0.5, -999, 2, -999, -100];
    const tpcN = [-999, 3, 4, 5, 6];
    const other = [-999, 1, 1, 1, 1];
    const file = rootFile([
      { name: 'run', type: 'Int_t', values: runs }, { name: 'x', type: 'Double_t', values: tpcX },
      { name: 'n', type: 'Int_t', values: tpcN }, { name: 'other', type: 'Int_t', values: other },
    ]);
    const sentinels = { x: [-999, -100], n: [-999] };
    const spec = rootSpec('tpc', ['a.root'], { missing: [{ columns: 'x', values: sentinels.x }, { columns: 'n*', values: sentinels.n }] });
    const { rows, entries } = await build([spec], { 'a.root': file });
    const blank = (values: number[], s: number[]) => values.map((v) => (s.includes(v) ? '' : String(v)));
    expect(rows.map((r) => r['tpc.x'])).toEqual(blank(tpcX, sentinels.x));
    expect(rows.map((r) => r['tpc.n'])).toEqual(blank(tpcN, sentinels.n));
    expect(rows.map((r) => r['tpc.other'])).toEqual(other.map(String));
    const counted = (values: number[], s: number[]) => s.map((value) => ({ value, count: values.filter((v) => v === value).length })).filter((c) => c.count > 0).sort((p, q) => p.value - q.value);
    expect(ofKind(entries, 'sentinel')).toEqual([
      { kind: 'sentinel', source: 'tpc', column: 'x', count: 3, values: counted(tpcX, sentinels.x) },
      { kind: 'sentinel', source: 'tpc', column: 'n', count: 1, values: counted(tpcN, sentinels.n) },
    ]);
  });
});

describe('plausibility reports', () => {
  it('reports runs outside the run range and values near 2^32 among far smaller ones, changing nothing', async () => {
    const lines = [[-3, 10], [0, 20], [5, 2 ** 32 + 1439], [6, 2 ** 32 - 5], [7, 9_999_999], [8, 30], [3_000_000_000, 40]];
    const csv = `run,lumi\n${lines.map((l) => l.join(',')).join('\n')}\n`;
    const { rows, entries } = await build([csvSpec('rct', ['r.csv'])], { 'r.csv': csv }, [1, 10 ** 9]);
    expect(rows.map((r) => [Number(r.run), Number(r['rct.lumi'])])).toEqual(lines);
    const outside = lines.map((l, entry) => ({ run: l[0], entry })).filter((l) => l.run < 1 || l.run > 10 ** 9);
    expect(ofKind(entries, 'run-out-of-range')).toEqual(outside.map((o) => ({ kind: 'run-out-of-range', source: 'rct', run: o.run, file: 'r.csv', entry: o.entry, range: [1, 10 ** 9] })));
    const wrapped = lines.filter((l) => Math.abs(l[1] - 2 ** 32) <= 2 ** 20);
    expect(ofKind(entries, 'wrapped-value').map((e) => [e.run, e.value, e.column])).toEqual(wrapped.map((l) => [l[0], l[1], 'lumi']));
    expect(ofKind(entries, 'wrapped-value').map((e) => e.detail)).toEqual([messages.wrappedAbove(2 ** 32 + 1439), messages.wrappedBelow(2 ** 32 - 5)]);
  });

  it('does not report values near 2^32 in a column that is large everywhere', async () => {
    const csv = 'run,bytes\n1,4294968735\n2,3000000000\n3,5000000000\n';
    expect(ofKind((await build([csvSpec('c', ['r.csv'])], { 'r.csv': csv })).entries, 'wrapped-value')).toEqual([]);
  });
});

describe('CSV without a header line', () => {
  const body = '285000,1.5\n285001,2.5\n';

  it('says so when line 1 is all numbers', async () => {
    const error = (await caught(() => build([csvSpec('c', ['a.csv'])], { 'a.csv': body }))) as BuildError;
    expect(error.kind).toBe('csv-malformed');
    expect(error.message).toBe(messages.csvHeaderLooksLikeData('a.csv', 2));
    expect(error.hint).toBe(messages.csvHeaderLooksLikeDataHint());
  });

  it('reads every line as data with "columns"', async () => {
    const { rows } = await build([csvSpec('c', ['a.csv'], { columns: ['run', 'x'] })], { 'a.csv': body });
    expect(rows).toEqual(body.trim().split('\n').map((l) => ({ run: l.split(',')[0], 'c.x': l.split(',')[1] })));
  });
});

rootfiles.describe('a real ROOT 3.10 ntuple (hsimple.31000.root) keyed by its Float_t entry counter i', () => {
  const name = 'roottest/root/treeformula/formulaio/hsimple.31000.root';

  it('accepts the float key, reports it and the run 0 outside the run range, and equals "$entry"', async () => {
    const bytes = new Uint8Array(await readFile(rootfiles.path(name)));
    const direct = await readTree(rootfiles.path(name), 'ntuple');
    const i = Array.from(direct.columns.find((c) => c.name === 'i')!.values.data as Float64Array);
    const px = Array.from(direct.columns.find((c) => c.name === 'px')!.values.data as Float64Array);
    const spec = rootSpec('h', ['h.root'], { tree: 'ntuple', key: 'i', include: ['px'] });
    const byI = await build([spec], { 'h.root': bytes });
    expect(byI.rows.map((r) => [Number(r.run), Number(r['h.px'])])).toEqual(i.map((run, k) => [run, px[k]]).sort((a, b) => a[0] - b[0]));
    expect(ofKind(byI.entries, 'float-key')).toEqual([{ kind: 'float-key', source: 'h', file: 'h.root', column: 'i', rootType: 'Float_t', count: i.length }]);
    expect(ofKind(byI.entries, 'run-out-of-range').map((e) => e.run)).toEqual(i.filter((run) => run < 1));
    const byEntry = await build([{ ...spec, key: '$entry' }], { 'h.root': bytes });
    expect(byEntry.rows.map((r) => r['h.px'])).toEqual(byI.rows.map((r) => r['h.px']));
    expect(byEntry.rows.map((r) => r.run)).toEqual(byI.rows.map((r) => r.run));
  });
});
