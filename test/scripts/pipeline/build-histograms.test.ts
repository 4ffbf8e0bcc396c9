import { mkdir, readdir, readFile, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'jsroot';
import { describe, expect, it } from 'vitest';
import { buildData, type BuildDeps } from '../../../scripts/pipeline/build-data';
import { loadSourcesFile } from '../../../scripts/pipeline/load-sources-file';
import { messages } from '../../../scripts/pipeline/messages';
import { withOutputSet } from '../../../scripts/pipeline/open-output-set';
import { EXIT, runBuildCli } from '../../../scripts/pipeline/run-build-cli';
import { loadSqlJs } from '../../../scripts/pipeline/write-sqlite';
import type { DataManifest, ReportEntry } from '../../../src/contract/data-contract';
import type { HistogramIndex, HistogramReport } from '../../../src/contract/histogram-contract';
import { useRootFiles } from '../../support/rootfiles.js';
import { damageRecord, qaFileBytes } from '../histograms/qa-fixtures';
import { fakeReadTree, withTempDir } from './helpers';

const rootfiles = useRootFiles('pipeline/build-histograms');
const REPO_DATA = path.resolve(__dirname, '../../../data');

interface DemoQa {
  histograms: { path: string }[];
  files: { run: number; file: string; missing: string[] }[];
}

async function cli(sourcesFile: string): Promise<{ code: number; out: string[]; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runBuildCli(['--sources', sourcesFile], { out: (l) => out.push(l), err: (l) => err.push(l), readTree: fakeReadTree({}), clock: () => new Date(0) });
  return { code, out, err };
}

/** A project folder: runs.csv with `runs`, sources.json with that CSV and the histogram source `qa`, output out/. */
async function project(dir: string, runs: number[], qa: Record<string, unknown>): Promise<string> {
  await writeFile(path.join(dir, 'runs.csv'), `run,q\n${runs.map((r) => `${r},1`).join('\n')}\n`);
  const file = path.join(dir, 'sources.json');
  await writeFile(file, JSON.stringify({ output: 'out', sources: [{ name: 'rct', kind: 'csv', files: 'runs.csv' }, { name: 'qa', kind: 'histograms', runFromPath: '(\\d+)\\.root$', ...qa }] }));
  return file;
}

const readJson = async <T>(file: string): Promise<T> => JSON.parse(await readFile(file, 'utf8')) as T;

describe('build:data with a "histograms" source', () => {
  it('writes the committed demo QA files into hist/: one file per run, the index, the report of the missing histograms', () =>
    withTempDir(async (dir) => {
      const demo = await readJson<DemoQa>(path.join(REPO_DATA, 'demo-qa.json'));
      await mkdir(path.join(dir, 'qa'));
      for (const f of demo.files) await symlink(path.join(REPO_DATA, f.file), path.join(dir, f.file));
      const paths = demo.histograms.map((h) => h.path);
      const file = await project(dir, demo.files.map((f) => f.run), { files: 'qa/*.root', histograms: paths });
      const { code, out, err } = await cli(file);
      expect([code, err]).toEqual([EXIT.ok, []]);
      const hist = path.join(dir, 'out', 'hist');
      const runs = demo.files.map((f) => f.run).sort((a, b) => a - b);
      expect((await readdir(hist)).sort()).toEqual([...runs.map((r) => `${r}.json`), 'index.json', 'report.json'].sort());
      const index = await readJson<HistogramIndex>(path.join(hist, 'index.json'));
      expect(index.runs.map((r) => r.run)).toEqual(runs);
      expect(new Set(index.paths.map((p) => p.path))).toEqual(new Set(paths));
      const missing = demo.files.flatMap((f) => f.missing.map((p) => ({ kind: 'missing-histogram', run: f.run, file: f.file, path: p })));
      const report = await readJson<HistogramReport>(path.join(hist, 'report.json'));
      expect(report.entries).toEqual(expect.arrayContaining(missing));
      expect(report.entries).toHaveLength(missing.length);
      // Each run file holds what the demo says it has.
      const one = demo.files.find((f) => f.missing.length > 0)!;
      const doc = parse(await readFile(path.join(hist, `${one.run}.json`), 'utf8'));
      expect(Object.keys(doc.histograms).sort()).toEqual(paths.filter((p) => !one.missing.includes(p)).sort());
      // The manifest lists the folder; the summary counts the missing histograms.
      const manifest = await readJson<DataManifest>(path.join(dir, 'out', 'manifest.json'));
      const cols = { name: 'cols', files: manifest.columns.length, bytes: manifest.columnFiles.reduce((sum, file) => sum + file.bytes, 0) };
      expect(manifest.folders).toEqual([{ name: 'hist', files: runs.length + 2, bytes: index.totals.bytes + (await sizeOf(hist, 'index.json')) + (await sizeOf(hist, 'report.json')) }, cols]);
      if (missing.length > 0) expect(out).toContain(`histograms-missing-histogram: ${missing.length}`);
    }));

  it('reports a file pattern matching nothing and refuses a damaged file by name and reason; the rest is written', () =>
    withTempDir(async (dir) => {
      await mkdir(path.join(dir, 'qa'));
      await writeFile(path.join(dir, 'qa', '100.root'), qaFileBytes(0));
      await writeFile(path.join(dir, 'qa', '101.root'), damageRecord(qaFileBytes(1), 'dcaR'));
      await writeFile(path.join(dir, 'qa', '102.root'), qaFileBytes(2));
      const file = await project(dir, [100, 101, 102], { files: ['qa/*.root', 'elsewhere/103.root'], histograms: ['TPC/**', 'vertexZ'] });
      const { code, out } = await cli(file);
      expect(code).toBe(EXIT.ok);
      const hist = path.join(dir, 'out', 'hist');
      expect((await readdir(hist)).sort()).toEqual(['100.json', '102.json', 'index.json', 'report.json']);
      const report = await readJson<HistogramReport>(path.join(hist, 'report.json'));
      const refused = report.entries.find((e) => e.kind === 'refused-file');
      expect(refused).toMatchObject({ kind: 'refused-file', run: 101, file: 'qa/101.root', reason: 'corrupt' });
      expect(report.entries).toContainEqual({ kind: 'no-files', pattern: 'elsewhere/103.root' });
      // The same findings are in the build's report: manifest counts, the console summary, build_report.
      const manifest = await readJson<DataManifest>(path.join(dir, 'out', 'manifest.json'));
      expect(manifest.report.counts).toEqual(expect.arrayContaining([
        { kind: 'histograms-refused-file', source: 'qa', count: 1 },
        { kind: 'histograms-no-files', source: 'qa', count: 1 },
      ]));
      const asEntry = (finding: HistogramReport['entries'][number]): ReportEntry => ({ kind: `histograms-${finding.kind}`, source: 'qa', finding });
      expect(out).toContain(`  ${messages.reportEntry(asEntry(refused!))}`);
      expect(messages.reportEntry(asEntry(refused!))).toContain('qa/101.root refused (corrupt');
      const SQL = await loadSqlJs();
      const db = new SQL.Database(await readFile(path.join(dir, 'out', 'runlens.sqlite')));
      const kinds = db.exec("SELECT kind FROM build_report WHERE source = 'qa' ORDER BY kind")[0].values.flat();
      db.close();
      expect(kinds).toEqual(['histograms-no-files', 'histograms-refused-file']);
    }));

  it('leaves the previous set, hist/ included, as it was when the build fails during the extraction', () =>
    withTempDir(async (dir) => {
      await mkdir(path.join(dir, 'qa'));
      await writeFile(path.join(dir, 'qa', '100.root'), qaFileBytes(0));
      await writeFile(path.join(dir, 'qa', '101.root'), qaFileBytes(1));
      const file = await project(dir, [100, 101], { files: 'qa/*.root', histograms: ['TPC/**'] });
      expect((await cli(file)).code).toBe(EXIT.ok);
      const out = path.join(dir, 'out');
      const before = await snapshot(out);
      const config = await loadSourcesFile(file, (f) => readFile(f, 'utf8'));
      const failing: BuildDeps = {
        readTree: fakeReadTree({}), readFile: (f) => readFile(f).then((b) => new Uint8Array(b)), clock: () => new Date(0), log: () => undefined, sql: await loadSqlJs(),
        loadHistogramFile: async (f) => {
          if (f.endsWith('101.root')) throw new Error('disk went away');
          return new Uint8Array(await readFile(f));
        },
      };
      await expect(withOutputSet(out, {}, async (set) => (await buildData(config, failing, set)).manifestBytes)).rejects.toThrow('disk went away');
      expect(await snapshot(out)).toEqual(before);
      expect((await readdir(dir)).sort()).toEqual(['out', 'qa', 'runs.csv', 'sources.json']);
    }));
});

rootfiles.describe('build:data with a "histograms" source on a ROOT-written file', () => {
  it('gives hpx of uproot-hepdata-example.root with every cell, flows included, as the known values', () =>
    withTempDir(async (dir) => {
      await mkdir(path.join(dir, 'qa'));
      await symlink(rootfiles.path('scikit-hep-testdata/uproot-hepdata-example.root'), path.join(dir, 'qa', '295585.root'));
      const file = await project(dir, [295585], { files: 'qa/*.root', histograms: ['hpx'] });
      expect((await cli(file)).code).toBe(EXIT.ok);
      const expected = await rootfiles.expected<number[]>('hepdata_hpx_values_flow.json');
      const doc = parse(await readFile(path.join(dir, 'out', 'hist', '295585.json'), 'utf8'));
      expect(doc.histograms.hpx._typename).toBe('TH1F');
      expect(Array.from(doc.histograms.hpx.fArray as Float32Array)).toEqual(expected);
    }));
});

async function sizeOf(dir: string, name: string): Promise<number> {
  return (await readFile(path.join(dir, name))).length;
}

/** Every file under `dir` with its bytes as text (hex would do too: equality is what matters). */
async function snapshot(dir: string): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) files[path.relative(dir, path.join(entry.parentPath, entry.name))] = (await readFile(path.join(entry.parentPath, entry.name))).toString('base64');
  }
  return files;
}
