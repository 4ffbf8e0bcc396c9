/**
 * `npm run build:data` end to end: the CLI spawned on sources files in temp
 * folders. Exit codes and messages, then real ROOT files from
 * ../shared/rootfiles (skipped visibly when absent).
 */
import { execFile } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, truncate, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import initSqlJs from 'sql.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DataManifest, ReportEntry } from '../../src/contract/data-contract';
import { messages } from '../../scripts/pipeline/messages';
import { EXIT } from '../../scripts/pipeline/run-build-cli';
import { readTree } from '../../scripts/root-reader/read-tree';
import { joinedSelect } from '../support/joined-select';
import { useRootFiles } from '../support/rootfiles';
import { expectKnownValue } from './root-reader/expect-values';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const TSX = path.join(REPO, 'node_modules', '.bin', 'tsx');
const rootfiles = useRootFiles('build-data CLI');

interface Result { code: number; stdout: string; stderr: string }

function build(args: string[]): Promise<Result> {
  return new Promise((resolve) => {
    execFile(TSX, ['scripts/build-data.ts', ...args], { cwd: REPO }, (error, stdout, stderr) => {
      resolve({ code: error ? Number(error.code ?? -1) : 0, stdout, stderr });
    });
  });
}

let tmp: string;
beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'runlens-build-data-'));
});
afterAll(() => rm(tmp, { recursive: true, force: true }));

/** A fresh folder holding sources.json (and extra files); returns the sources file path. */
async function sourcesFile(name: string, json: unknown, files: Record<string, string> = {}): Promise<string> {
  const dir = path.join(tmp, name);
  await mkdir(dir, { recursive: true });
  for (const [f, text] of Object.entries(files)) await writeFile(path.join(dir, f), text);
  await writeFile(path.join(dir, 'sources.json'), typeof json === 'string' ? json : JSON.stringify(json));
  return path.join(dir, 'sources.json');
}

/** Every file under `dir` (subfolders too), by relative path, as base64. */
async function snapshot(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const entry of (await readdir(dir, { recursive: true, withFileTypes: true })).filter((e) => e.isFile())) {
    const file = path.join(entry.parentPath, entry.name);
    out[path.relative(dir, file)] = (await readFile(file)).toString('base64');
  }
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => (a < b ? -1 : 1)));
}

const csvSource = { name: 'rct', kind: 'csv', files: 'r.csv' };

describe('build-data CLI: exit codes and messages', () => {
  it('exits 0 and writes runlens.sqlite, runlens.csv and manifest.json into output', async () => {
    const file = await sourcesFile('ok', { output: 'out', sources: [csvSource] }, { 'r.csv': 'run,q\n2,Bad\n1,Good\n' });
    const result = await build(['--sources', file]);
    const out = path.join(path.dirname(file), 'out');
    const lines = result.stdout.split('\n');
    expect([result.code, result.stderr, lines.at(-1)]).toEqual([EXIT.ok, '', '']);
    expect(lines.slice(0, -2)).toEqual([messages.readingFile('rct', 'r.csv'), messages.readFile(2, 2, 0),
      messages.writingFile('runlens.csv'), messages.writingFolder('cols', 2), messages.writingFile('runlens.sqlite'), messages.wroteOutput(out, ['runlens.sqlite', 'runlens.csv', 'manifest.json']),
      'runs: 2, columns: 2', '  rct: 2 entries, 2 runs', 'report: nothing to report']);
    expect(lines.at(-2)).toMatch(/^took \d+\.\d s, peak memory \d+ MiB \(resident set\)$/);
    expect(await readFile(path.join(out, 'runlens.csv'), 'utf8')).toBe('run,rct.q\n1,Good\n2,Bad\n');
  });

  it('exits 1 naming a missing sources file', async () => {
    const missing = path.join(tmp, 'nowhere.json');
    expect(await build(['--sources', missing])).toEqual({ code: EXIT.fatal, stdout: '', stderr: `${messages.fatal(messages.sourcesFileMissing(missing), messages.sourcesFileMissingHint())}\n` });
  });

  it('exits 1 with the JSON path of an invalid sources file', async () => {
    const file = await sourcesFile('invalid', { sources: [{ ...csvSource, duplicates: 'newest' }] });
    const problem = messages.sourcesFileInvalid(file, '$.sources[0].duplicates', messages.mustBe('one of "last", "first", "fail"'));
    expect(await build(['--sources', file])).toEqual({ code: EXIT.fatal, stdout: '', stderr: `${messages.fatal(problem, messages.sourcesFileHint())}\n` });
  });

  it('exits 1 naming a listed file that does not exist', async () => {
    const file = await sourcesFile('nofile', { sources: [csvSource] });
    const result = await build(['--sources', file]);
    expect(result.code).toBe(EXIT.fatal);
    expect(result.stderr).toBe(`${messages.fatal(messages.noFileMatches('r.csv', path.dirname(file)), messages.noFileMatchesHint())}\n`);
  });

  it('exits 1 when duplicates is "fail" and a run repeats, writing nothing', async () => {
    const file = await sourcesFile('dupfail', { output: 'out', sources: [{ ...csvSource, duplicates: 'fail' }] }, { 'r.csv': 'run,q\n1,a\n1,b\n' });
    const result = await build(['--sources', file]);
    expect(result.code).toBe(EXIT.fatal);
    expect(result.stderr).toBe(`${messages.fatal(messages.repeatedRunFail('rct', 1, 'r.csv#0, r.csv#1'), messages.repeatedRunFailHint())}\n`);
    expect(await readdir(path.dirname(file))).toEqual(['r.csv', 'sources.json']);
  });

  it('exits 1 when the output folder cannot be written', async () => {
    const file = await sourcesFile('unwritable', { sources: [csvSource] }, { 'r.csv': 'run\n1\n', blocker: 'a file, not a folder' });
    const out = path.join(path.dirname(file), 'blocker', 'data');
    const result = await build(['--sources', file, '--out', out]);
    expect(result.code).toBe(EXIT.fatal);
    expect(result.stderr.startsWith(`error: Cannot write the output folder ${out}: `)).toBe(true);
    expect(result.stderr.endsWith(`\n  hint: ${messages.outputNotWritableHint()}\n`)).toBe(true);
  });

  it('exits 2 with the usage for an unknown argument', async () => {
    expect(await build(['--sauces', 'x'])).toEqual({ code: EXIT.usage, stdout: '', stderr: `${messages.badArgument('--sauces')}\n${messages.usage()}\n` });
  });
});

/** Reads a column of the output by run, from SQLite and from the CSV. */
async function openOutput(out: string) {
  const SQL = await initSqlJs();
  const db = new SQL.Database(await readFile(path.join(out, 'runlens.sqlite')));
  const [header, ...rows] = Papa.parse<string[]>(await readFile(path.join(out, 'runlens.csv'), 'utf8'), { skipEmptyLines: true }).data;
  const csvRow = new Map(rows.map((r) => [Number(r[0]), r]));
  const manifest = JSON.parse(await readFile(path.join(out, 'manifest.json'), 'utf8')) as DataManifest;
  return {
    manifest,
    sql(column: string, run: number): unknown {
      const statement = db.prepare(joinedSelect(db, [column], 'WHERE runs.run = ?'), [run]);
      const value = statement.step() ? statement.get()[1] : undefined;
      statement.free();
      return value;
    },
    /** Every finding, from the build_report table (the manifest holds counts and examples only). */
    reportEntries(): ReportEntry[] {
      return (db.exec('SELECT json FROM build_report ORDER BY rowid')[0]?.values ?? []).map((r) => JSON.parse(r[0] as string) as ReportEntry);
    },
    countNulls(column: string): number {
      return db.exec(`SELECT count(*) FROM (${joinedSelect(db, [column], '')}) WHERE "${column}" IS NULL`)[0].values[0][0] as number;
    },
    csv(column: string, run: number): string | undefined {
      return csvRow.get(run)?.[header.indexOf(column)];
    },
  };
}

type Output = Awaited<ReturnType<typeof openOutput>>;

/** Checks one known value in SQLite and CSV (booleans as 0/1, text as written). */
function expectValue(output: Output, column: string, run: number, known: unknown): void {
  const value = typeof known === 'boolean' ? Number(known) : known;
  const where = `${column} at run ${run}`;
  expectKnownValue(output.sql(column, run), value, `SQLite ${where}`);
  const cell = output.csv(column, run);
  expectKnownValue(typeof value === 'string' ? cell : Number(cell), value, `CSV ${where}`);
}

interface KnownValues { file: string; tree: string; branch: string; first: number; values: unknown[] }

rootfiles.describe('build-data CLI on real ROOT files', () => {
  const sk = (name: string) => rootfiles.path(`scikit-hep-testdata/${name}`);

  it('builds Zmumu (key Event, first and last), sample (key i4) and simple (key one) with the known values', async () => {
    const zmumu = sk('uproot-Zmumu.root');
    const file = await sourcesFile('real', {
      output: 'out',
      sources: [
        { name: 'z', kind: 'root', files: zmumu, tree: 'events', key: 'Event' },
        { name: 'zf', kind: 'root', files: zmumu, tree: 'events', key: 'Event', duplicates: 'first' },
        { name: 's', kind: 'root', files: sk('uproot-sample-6.20.04-zlib.root'), tree: 'sample', key: 'i4' },
        { name: 'simple', kind: 'root', files: sk('uproot-simple.root'), tree: 'tree', key: 'one' },
      ],
    });
    const result = await build(['--sources', file]);
    expect([result.code, result.stderr]).toEqual([EXIT.ok, '']);
    const output = await openOutput(path.join(path.dirname(file), 'out'));

    const simple = (await rootfiles.expected<KnownValues[]>('expected_values.json')).filter((k) => k.file === 'scikit-hep-testdata/uproot-simple.root');
    const runs = simple.find((k) => k.branch === 'one')!.values as number[];
    for (const k of simple.filter((k) => k.branch !== 'one')) k.values.forEach((v, i) => expectValue(output, `simple.${k.branch}`, runs[i], v));

    const truth = await rootfiles.expected<Record<string, unknown[]>>('sample_truth.json');
    const checked = new Set<string>();
    truth.i4.forEach((run, entry) => {
      for (const [branch, values] of Object.entries(truth)) {
        const v = values[entry];
        const names = Array.isArray(v) ? v.map((_, i) => `s.${branch}[${i}]`) : [`s.${branch}`];
        names.forEach((name, i) => {
          if (!output.manifest.columns.some((c) => c.name === name)) return;
          expectValue(output, name, run as number, Array.isArray(v) ? v[i] : v);
          checked.add(name);
        });
      }
    });
    const sColumns = output.manifest.columns.filter((c) => c.source === 's').map((c) => c.name);
    expect([...checked].sort()).toEqual(sColumns.sort());
    const refused = output.reportEntries().flatMap((e) => (e.kind === 'refused-branch' && e.source === 's' ? [e.branch] : []));
    const present = new Set(sColumns.map((n) => n.slice(2).replace(/\[\d+\]$/, '')));
    expect([...present, ...refused, 'i4'].sort()).toEqual(Object.keys(truth).sort());

    await expectZmumu(output, zmumu);
  });

  it('exits 1 with the reader\'s message for a missing tree, and names the branches for a missing key', async () => {
    const simple = sk('uproot-simple.root');
    const noTree = await sourcesFile('notree', { sources: [{ name: 'x', kind: 'root', files: simple, tree: 'nope' }] });
    const readerError = (await readTree(simple, 'nope').catch((e: Error) => e)) as Error;
    expect(await build(['--sources', noTree])).toEqual({ code: EXIT.fatal, stdout: `${messages.readingFile('x', path.relative(path.dirname(noTree), simple))}\n`, stderr: `${messages.fatal(readerError.message, '')}\n` });

    const noKey = await sourcesFile('nokey', { sources: [{ name: 'x', kind: 'root', files: simple, tree: 'tree' }] });
    const result = await build(['--sources', noKey]);
    expect(result.code).toBe(EXIT.fatal);
    expect(result.stderr).toBe(`${messages.fatal(messages.keyMissing(path.relative(path.dirname(noKey), simple), 'tree', 'run', ['one', 'two', 'three']), messages.keyMissingHint())}\n`);
  });

  it('fails on a truncated ROOT file with exit 1 and leaves the previous output set intact', async () => {
    const dir = path.join(tmp, 'truncated');
    await mkdir(dir);
    await copyFile(sk('uproot-simple.root'), path.join(dir, 'simple.root'));
    const file = await sourcesFile('truncated', { output: 'out', sources: [{ name: 'x', kind: 'root', files: 'simple.root', tree: 'tree', key: 'one' }] });
    expect((await build(['--sources', file])).code).toBe(EXIT.ok);
    const out = path.join(dir, 'out');
    const before = await snapshot(out);

    await truncate(path.join(dir, 'simple.root'), 1000);
    const readerError = (await readTree(path.join(dir, 'simple.root'), 'tree').catch((e: Error) => e)) as Error;
    const result = await build(['--sources', file]);
    expect(result.code).toBe(EXIT.fatal);
    expect(result.stderr).toBe(`${messages.fatal(readerError.message, '')}\n`);
    expect(readerError.message).toContain('truncated');
    expect(await snapshot(out)).toEqual(before);
    expect((await readdir(dir)).sort()).toEqual(['out', 'simple.root', 'sources.json']);
  });
});

/**
 * Zmumu repeats each Event; source z keeps the last entry of each, zf the
 * first. Every known value is either checked (first or last of its Event) or
 * a middle occurrence named in the repeated-run report.
 */
async function expectZmumu(output: Output, zmumu: string): Promise<void> {
  const table = await readTree(zmumu, 'events', { include: ['Event'] });
  const events = Array.from(table.columns[0].values.data as Float64Array);
  const known = (await rootfiles.expected<KnownValues[]>('expected_values.json')).filter((k) => k.file === 'scikit-hep-testdata/uproot-Zmumu.root');
  const repeats = output.reportEntries().filter((e): e is Extract<ReportEntry, { kind: 'repeated-run' }> => e.kind === 'repeated-run' && e.source === 'z');
  let checked = 0;
  for (const k of known) {
    k.values.forEach((v, i) => {
      const entry = k.first + i;
      const run = events[entry];
      const first = events.indexOf(run);
      const last = events.lastIndexOf(run);
      if (entry === last) expectValue(output, `z.${k.branch}`, run, v);
      if (entry === first) expectValue(output, `zf.${k.branch}`, run, v);
      if (entry === first || entry === last) checked++;
      else expect(repeats.find((r) => r.run === run)?.occurrences.map((o) => o.entry)).toContain(entry);
    });
  }
  expect(checked).toBeGreaterThan(0);
}

interface DemoTruth {
  runs: number;
  entries: Record<string, number>;
  sourceRuns: Record<string, number>;
  partialRuns: { run: number; presentIn: string[] }[];
  repeatedRun: { source: string; run: number; entries: number[]; differing: string[] };
  missing: { source: string; column: string; count: number }[];
  sentinels: { source: string; column: string; value: number; entries: number[]; runs: number[] }[];
  wrapped: { source: string; column: string; runs: { run: number; value: number }[] };
}

/** The columns of `runs` agreed for the demo (agreement 4 of the team brief). */
const DEMO_COLUMNS = [
  'run',
  ...['meanTPCncl', 'meanTPCnclF', 'meanMIP', 'resolutionMIP', 'meanMIPele', 'resolutionMIPele', 'PIDSepPow_comb2', 'vertX', 'vertY', 'vertZ', 'meanMult', 'tpcItsMatchA', 'tpcItsMatchC']
    .map((c) => `tpc.${c}`),
  ...[0, 1, 2, 3].map((i) => `tpc.dcar[${i}]`), ...[0, 1, 2, 3].map((i) => `tpc.dcaz[${i}]`), 'tpc.entries',
  'evs.nEvents', 'evs.nEventsSelected', 'evs.fracPhysSel', 'evs.fracPileup', ...[0, 1, 2].map((i) => `evs.triggerRate[${i}]`),
  ...['period', 'pass', 'beamType', 'fill', 'startTime', 'endTime', 'duration', 'lumi', 'quality', 'l0bCounts'].map((c) => `rct.${c}`),
];

describe('build-data CLI on the committed demo data', () => {
  it('builds data/sources.json with the agreed columns and exactly the report the demo generator planted', async () => {
    const truthText = await readFile(path.join(REPO, 'data', 'demo-truth.json'), 'utf8').catch(() => null);
    if (truthText === null) throw new Error('data/demo-truth.json missing: run npm run make:demo');
    const truth = JSON.parse(truthText) as DemoTruth;
    const out = path.join(tmp, 'demo-out');
    const result = await build(['--out', out]);
    expect([result.code, result.stderr]).toEqual([EXIT.ok, '']);
    const { manifest, countNulls, reportEntries } = await openOutput(out);
    expect([...manifest.columns.map((c) => c.name)].sort()).toEqual([...DEMO_COLUMNS].sort());
    expect(manifest.runs).toBe(truth.runs);
    expect(manifest.report.perSource).toEqual(Object.keys(truth.entries).map((s) => ({ source: s, entries: truth.entries[s], runs: truth.sourceRuns[s] })));
    const entries = reportEntries();
    expect(entries.flatMap((e) => (e.kind === 'partial-run' ? [{ run: e.run, presentIn: e.presentIn }] : []))).toEqual(truth.partialRuns);
    const { source, run, differing } = truth.repeatedRun;
    expect(entries.filter((e) => e.kind === 'repeated-run')).toEqual([
      { kind: 'repeated-run', source, run, occurrences: truth.repeatedRun.entries.map((entry) => ({ file: 'demo-tpcQA.root', entry })), kept: 1, differing, differingCount: differing.length },
    ]);
    // NaN in ROOT sources is reported as non-finite, the declared sentinel (-999) as 'sentinel'; both are NULL.
    // Empty CSV cells are plain missing values (NULL).
    const rootSources = manifest.sources.filter((s) => s.kind === 'root').map((s) => s.name);
    const sentinelCells = (source: string, column: string) =>
      truth.sentinels.filter((t) => t.source === source && t.column === column).reduce((n, t) => n + t.entries.length, 0);
    expect(entries.flatMap((e) => (e.kind === 'non-finite' ? [{ source: e.source, column: e.column, count: e.count }] : [])))
      .toEqual(truth.missing.filter((m) => rootSources.includes(m.source)).map((m) => ({ ...m, count: m.count - sentinelCells(m.source, m.column) })).filter((m) => m.count > 0));
    expect(truth.sentinels.length).toBeGreaterThan(0);
    expect(entries.filter((e) => e.kind === 'sentinel')).toEqual(
      truth.sentinels.map((t) => ({ kind: 'sentinel', source: t.source, column: t.column, count: t.entries.length, values: [{ value: t.value, count: t.entries.length }] })),
    );
    for (const t of truth.sentinels) {
      const absent = truth.partialRuns.filter((p) => !p.presentIn.includes(t.source)).length;
      const missing = truth.missing.find((m) => m.source === t.source && m.column === t.column)!.count;
      expect(countNulls(`${t.source}.${t.column}`) - absent).toBe(missing);
    }
    // Wrapped scaler counts are reported and kept as they are.
    expect(truth.wrapped.runs.length).toBeGreaterThan(0);
    expect(entries.flatMap((e) => (e.kind === 'wrapped-value' ? [{ source: e.source, column: e.column, run: e.run, value: e.value }] : [])))
      .toEqual(truth.wrapped.runs.map((w) => ({ source: truth.wrapped.source, column: truth.wrapped.column, ...w })));
    const csvMissing = truth.missing.filter((m) => !rootSources.includes(m.source));
    expect(csvMissing.length).toBeGreaterThan(0);
    for (const m of csvMissing) {
      const absent = truth.partialRuns.filter((p) => !p.presentIn.includes(m.source)).length;
      expect(countNulls(`${m.source}.${m.column}`) - absent, `${m.source}.${m.column}`).toBe(m.count);
    }
    // The QA source (data/qa/, exact histogram paths) reports every histogram data/demo-qa.json says a run's file lacks.
    const qa = JSON.parse(await readFile(path.join(REPO, 'data', 'demo-qa.json'), 'utf8')) as { files: { run: number; file: string; missing: string[] }[] };
    const missingHistograms = qa.files.flatMap((f) => f.missing.map((p) => ({ kind: 'missing-histogram', run: f.run, file: f.file, path: p })));
    expect(entries.flatMap((e) => (e.kind.startsWith('histograms-') && 'finding' in e ? [e.finding] : []))).toEqual(missingHistograms);
    expect(manifest.folders.map((f) => [f.name, f.files])).toEqual([['hist', qa.files.length + 2], ['cols', manifest.columns.length]]);
    expect(entries.filter((e) => !['partial-run', 'repeated-run', 'non-finite', 'sentinel', 'wrapped-value', 'histograms-missing-histogram'].includes(e.kind))).toEqual([]);
  });
});
