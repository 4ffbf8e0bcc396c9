import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { histogramMessages as m } from '../../../scripts/histograms/histogram-messages';
import { HIST_EXIT, runHistCli, summaryLines } from '../../../scripts/histograms/run-hist-cli';
import { HISTOGRAM_INDEX_FORMAT, HISTOGRAM_REPORT_FORMAT, type HistogramIndex, type HistogramReport } from '../../../src/contract/histogram-contract';
import { damageRecord, qaFileBytes, tempFolder } from './qa-fixtures';

const folder = tempFolder('runlens-hist-cli-');
folder.write('qa/10.root', qaFileBytes(0));
folder.write('qa/11.root', qaFileBytes(1));
folder.write('qa/12.root', damageRecord(qaFileBytes(2), 'occupancy'));
folder.write('runs.csv', new TextEncoder().encode('run\n10\n11\n12\n13\n'));

async function cli(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  let clock = 0;
  const code = await runHistCli(argv, { out: (l) => out.push(l), err: (l) => err.push(l), now: () => (clock += 250) });
  return { code, out, err };
}

describe('runHistCli', () => {
  const base = ['--files', join(folder.dir, 'qa/*.root'), '--run-pattern', '(\\d+)\\.root$', '--histograms', 'TPC/occupancy,ITS/*,vertexZ'];

  it('writes the run files and the index, reports damaged and missing files, and prints figures', async () => {
    const outDir = join(folder.dir, 'hist');
    const { code, out, err } = await cli([...base, '--out', outDir, '--expect-runs', join(folder.dir, 'runs.csv')]);
    expect([code, err]).toEqual([HIST_EXIT.ok, []]);
    expect(readdirSync(outDir).sort()).toEqual(['10.json', '11.json', 'index.json', 'report.json']);
    const index = JSON.parse(readFileSync(join(outDir, 'index.json'), 'utf8')) as HistogramIndex;
    expect(index.format).toBe(HISTOGRAM_INDEX_FORMAT);
    const report = JSON.parse(readFileSync(join(outDir, 'report.json'), 'utf8')) as HistogramReport;
    expect(report.format).toBe(HISTOGRAM_REPORT_FORMAT);
    expect(report.entries.map((e) => e.kind)).toEqual(['refused-file', 'missing-file']);
    expect(out[0]).toBe(m.progress(3, 3, 0.25));
    expect(out.slice(1, -1)).toEqual(summaryLines(index, report, 0.5));
    expect(out[out.length - 1]).toBe(m.wrote(outDir, 4));
  });

  it('exits 2 with the usage for bad arguments, 1 for an output folder it will not replace, touching nothing', async () => {
    const bad = await cli(['--files', 'x']);
    expect([bad.code, bad.err]).toEqual([HIST_EXIT.usage, [m.missingOption('--run-pattern'), m.usage()]]);
    const unsafe = await cli([...base, '--out', join(folder.dir, 'qa')]);
    expect([unsafe.code, unsafe.err]).toEqual([HIST_EXIT.fatal, [m.outputUnsafe(join(folder.dir, 'qa'))]]);
    expect(readdirSync(join(folder.dir, 'qa')).sort()).toEqual(['10.root', '11.root', '12.root']);
  });

  it('exits 1 for an unusable request (a run pattern without a group), the previous set kept', async () => {
    const outDir = join(folder.dir, 'hist2');
    expect((await cli([...base, '--out', outDir])).code).toBe(HIST_EXIT.ok);
    const { code, err } = await cli(['--files', 'qa/*.root', '--run-pattern', '\\d+', '--histograms', 'h', '--out', outDir]);
    expect([code, err]).toEqual([HIST_EXIT.fatal, [m.runPatternGroups('\\d+', 0)]]);
    expect(readdirSync(outDir).sort()).toEqual(['10.json', '11.json', 'index.json', 'report.json']);
  });
});

describe('summaryLines', () => {
  it('gives totals, the smallest / median / largest run file and the report counts by kind', () => {
    const index: HistogramIndex = {
      format: HISTOGRAM_INDEX_FORMAT, paths: [],
      runs: [{ run: 5, bytes: 3000 }, { run: 6, bytes: 1000 }, { run: 7, bytes: 2000 }], totals: { runs: 3, histograms: 9, bytes: 6000 },
    };
    const report: HistogramReport = {
      format: HISTOGRAM_REPORT_FORMAT, entries: [{ kind: 'missing-file', run: 1 }, { kind: 'missing-file', run: 2 }, { kind: 'no-files', pattern: 'x' }],
    };
    expect(summaryLines(index, report, 2)).toEqual([m.summary(3, 9, 6000, 2), m.sizes(1000, 2000, 3000), m.reportCounts([['missing-file', 2], ['no-files', 1]])]);
  });
});
