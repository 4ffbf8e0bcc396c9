import { openFile, parse } from 'jsroot';
import { describe, expect, it } from 'vitest';
import { extractRunHistograms, type ExtractHistogramsOptions } from '../../../scripts/histograms/extract-run-histograms';
import { HistogramExtractError } from '../../../scripts/histograms/HistogramExtractError';
import { histogramMessages } from '../../../scripts/histograms/histogram-messages';
import { JSROOT_READS } from '../../../scripts/histograms/jsroot-reads';
import { writeHistogramFile } from '../../../scripts/root-writer/write-histogram-file';
import type { HistogramIndex, HistogramReportEntry } from '../../../src/contract/histogram-contract';
import { useRootFiles } from '../../support/rootfiles.js';
import { damageRecord, qaFileBytes, qaHistograms, tempFolder } from './qa-fixtures';

const rootfiles = useRootFiles('histograms/extract-run-histograms');

/** Runs an extraction, keeping every written run file parsed by JSROOT.parse. */
async function extract(options: ExtractHistogramsOptions): Promise<{ index: HistogramIndex; report: HistogramReportEntry[]; runs: Map<number, any>; texts: Map<number, string> }> {
  const texts = new Map<number, string>();
  const { index, report } = await extractRunHistograms(options, { writeRun: async (run, text) => { texts.set(run, text); } });
  return { index, report: report.entries, texts, runs: new Map([...texts].map(([run, text]) => [run, parse(text)])) };
}

rootfiles.describe('extractRunHistograms on ROOT-written files', () => {
  const folder = tempFolder('runlens-hist-real-');
  folder.link('qa/295585.root', rootfiles.path('scikit-hep-testdata/uproot-hepdata-example.root'));
  folder.link('qa/295586.root', rootfiles.path('roottest/python/cmdLineUtils/test.root'));
  folder.link('qa/295587.root', rootfiles.path('scikit-hep-testdata/uproot-nesteddirs.root'));
  const options = (histograms: string[]): ExtractHistogramsOptions => ({
    source: { kind: 'run-files', files: 'qa/*.root', runPattern: '(\\d+)\\.root$' }, histograms, baseDir: folder.dir,
  });

  it('extracts hpx of uproot-hepdata-example.root with every cell, under- and overflow included, as the known values', async () => {
    const expected = await rootfiles.expected<number[]>('hepdata_hpx_values_flow.json');
    const { runs, index } = await extract(options(['hpx', 'hpxpy', 'hprof']));
    const hpx = runs.get(295585).histograms.hpx;
    expect(hpx._typename).toBe('TH1F');
    expect(Array.from(hpx.fArray)).toEqual(expected);
    expect(hpx.fEntries).toBe(75000);
    expect(Object.keys(runs.get(295585).histograms)).toEqual(['hpx', 'hpxpy', 'hprof']);
    expect(index.paths.map((p) => [p.path, p.className, p.runs])).toEqual([['hpx', 'TH1F', 2], ['hpxpy', 'TH2F', 2], ['hprof', 'TProfile', 2]]);
  });

  it('extracts the nested directories of roottest test.root by pattern, equal to jsroot\'s own reading', async () => {
    const { runs, index } = await extract(options(['tof/plane0/*', 'tof/plane1/h1_4?N', 'tof/**/h0_1N']));
    const histograms = runs.get(295586).histograms;
    const paths = Object.keys(histograms);
    expect(paths).toHaveLength(40 + 10 + 1);
    expect(paths.slice(0, 2)).toEqual(['tof/plane0/h0_10N', 'tof/plane0/h0_11N']);
    expect(paths.slice(-1)).toEqual(['tof/h0_1N']);
    const direct = await (await openFile(rootfiles.path('roottest/python/cmdLineUtils/test.root'))).readObject('tof/plane1/h1_42N');
    expect(Array.from(histograms['tof/plane1/h1_42N'].fArray)).toEqual(Array.from(direct.fArray));
    expect(histograms['tof/plane1/h1_42N'].fTitle).toBe(direct.fTitle);
    expect(index.runs.find((r) => r.run === 295586)).toMatchObject({ run: 295586 });
  });

  it('reports the trees of uproot-nesteddirs.root: an exact path to one is not a histogram, a pattern finds nothing', async () => {
    const { report, runs } = await extract(options(['one/two/tree', 'three/*']));
    expect(runs.has(295587)).toBe(false);
    expect(report.filter((e) => 'run' in e && e.run === 295587)).toEqual([
      { kind: 'not-a-histogram', run: 295587, file: 'qa/295587.root', path: 'one/two/tree', className: 'TTree' },
      { kind: 'missing-histogram', run: 295587, file: 'qa/295587.root', path: 'three/*' },
    ]);
  });
});

describe('extractRunHistograms: missing and damaged files', () => {
  const folder = tempFolder('runlens-hist-damaged-');
  folder.write('qa/100.root', qaFileBytes());
  folder.write('qa/101.root', damageRecord(qaFileBytes(1), 'dcaR'));
  folder.write('qa/102.root', qaFileBytes(2).subarray(0, 700));
  folder.write('qa/103.root', new TextEncoder().encode('not a ROOT file'));
  folder.write('qa/104.root', qaFileBytes(4));
  folder.write('qa/readme.root', qaFileBytes());
  const options: ExtractHistogramsOptions = {
    source: { kind: 'run-files', files: ['qa/*.root', 'other/*.root'], runPattern: '(\\d+)\\.root$' },
    histograms: ['TPC/**', 'ITS/match', 'TPC/missing'], baseDir: folder.dir, expectedRuns: [99, 100, 101, 102, 103, 104, 105],
  };

  it('refuses damaged files one by one with the reason, keeps the good ones, and reports every gap', async () => {
    const { index, report, runs } = await extract(options);
    expect([...runs.keys()]).toEqual([100, 104]);
    expect(index.runs.map((r) => r.run)).toEqual([100, 104]);
    const refused = report.filter((e) => e.kind === 'refused-file');
    expect(refused.map((e) => e.kind === 'refused-file' && [e.run, e.file, e.reason, e.object])).toEqual([
      [101, 'qa/101.root', 'corrupt', "TH2F 'TPC/DCA/dcaR'"],
      [102, 'qa/102.root', 'truncated', ''],
      [103, 'qa/103.root', 'not-root', ''],
    ]);
    const kinds = report.filter((e) => e.kind !== 'refused-file');
    expect(kinds).toEqual([
      { kind: 'no-files', pattern: 'other/*.root' },
      { kind: 'no-run-number', file: 'qa/readme.root', object: '', runPattern: '(\\d+)\\.root$' },
      { kind: 'missing-histogram', run: 100, file: 'qa/100.root', path: 'TPC/missing' },
      { kind: 'missing-histogram', run: 104, file: 'qa/104.root', path: 'TPC/missing' },
      { kind: 'missing-file', run: 99 },
      { kind: 'missing-file', run: 105 },
    ]);
  });

  it('writes each good run\'s histograms with their values, and an index whose sizes are the files\' sizes', async () => {
    const { index, runs, texts } = await extract(options);
    const run104 = runs.get(104).histograms;
    expect(Object.keys(run104)).toEqual(['TPC/occupancy', 'TPC/DCA/dcaR', 'ITS/match']);
    expect(Array.from(run104['TPC/occupancy'].fArray)).toEqual([0, 9, 6, 7, 1]);
    expect(index.runs.map((r) => r.bytes)).toEqual([texts.get(100)!.length, texts.get(104)!.length]);
    expect(index.totals).toEqual({ runs: 2, histograms: 6, bytes: texts.get(100)!.length + texts.get(104)!.length });
  });

  it('refuses an unusable request: no paths, an empty path, a run pattern without one group', async () => {
    const none = { ...options, histograms: [] };
    await expect(extract(none)).rejects.toThrow(new HistogramExtractError(histogramMessages.noHistograms()));
    await expect(extract({ ...options, histograms: ['TPC/*', '/'] })).rejects.toThrow(histogramMessages.emptyPath(1));
    await expect(extract({ ...options, source: { kind: 'run-files', files: 'qa/*', runPattern: '\\d+' } })).rejects.toThrow(HistogramExtractError);
  });
});

describe('extractRunHistograms: one file with one directory per run', () => {
  const folder = tempFolder('runlens-hist-dirs-');
  const specs = [100, 7, 35].flatMap((run, k) => qaHistograms(k).map((h) => ({ ...h, path: `run${run}/${h.path}` })));
  folder.write('all.root', writeHistogramFile([...specs, { ...qaHistograms()[3], path: 'summary/vertexZ' }]));
  folder.write('broken.root', writeHistogramFile(specs).subarray(0, 2000));

  it('takes the run from each top-level directory, paths relative to it, runs in increasing order', async () => {
    const { report, runs } = await extract({ source: { kind: 'run-directories', file: 'all.root', runPattern: '^run(\\d+)$' }, histograms: ['TPC/*', 'vertexZ'], baseDir: folder.dir });
    expect([...runs.keys()]).toEqual([7, 35, 100]);
    expect(Object.keys(runs.get(35).histograms)).toEqual(['TPC/occupancy', 'vertexZ']);
    expect(Array.from(runs.get(35).histograms.vertexZ.fArray)).toEqual([1, 42, 41, 2]);
    expect(report).toEqual([{ kind: 'no-run-number', file: 'all.root', object: 'summary', runPattern: '^run(\\d+)$' }]);
  });

  it('refuses a damaged file as a whole, with no run', async () => {
    const { report, runs } = await extract({ source: { kind: 'run-directories', file: 'broken.root', runPattern: '^run(\\d+)$' }, histograms: ['TPC/*'], baseDir: folder.dir, expectedRuns: [7] });
    expect(runs.size).toBe(0);
    expect(report.map((e) => [e.kind, 'reason' in e ? e.reason : ''])).toEqual([['refused-file', 'truncated'], ['missing-file', '']]);
  });

  it('reports a missing file instead of failing', async () => {
    const { report } = await extract({ source: { kind: 'run-directories', file: 'nope.root', runPattern: '^run(\\d+)$' }, histograms: ['TPC/*'], baseDir: folder.dir });
    expect(report).toMatchObject([{ kind: 'refused-file', run: null, file: 'nope.root', reason: 'missing-file' }]);
  });
});

describe('extractRunHistograms and the jsroot queue', () => {
  const folder = tempFolder('runlens-hist-queue-');
  for (let run = 1; run <= 12; run++) folder.write(`qa/${run}.root`, qaFileBytes(run));
  const options: ExtractHistogramsOptions = { source: { kind: 'run-files', files: 'qa/*.root', runPattern: '(\\d+)\\.root$' }, histograms: ['**'], baseDir: folder.dir };

  it('waits for the queue: nothing is read while another jsroot read holds it', async () => {
    let release: () => void = () => undefined;
    const blocker = JSROOT_READS.run(() => new Promise<void>((resolve) => { release = resolve; }));
    let written = 0;
    const running = extractRunHistograms(options, { writeRun: async () => { written += 1; } });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(written).toBe(0);
    release();
    await Promise.all([blocker, running]);
    expect(written).toBe(12);
  });

  it('gives two extractions running at once the same results as one alone, the listeners restored', async () => {
    const before = process.listeners('unhandledRejection');
    const alone = await extract(options);
    const [a, b] = await Promise.all([extract(options), extract(options)]);
    expect(a.texts).toEqual(alone.texts);
    expect(b.texts).toEqual(alone.texts);
    expect([a.index, a.report]).toEqual([alone.index, alone.report]);
    expect(process.listeners('unhandledRejection')).toEqual(before);
  });
});
