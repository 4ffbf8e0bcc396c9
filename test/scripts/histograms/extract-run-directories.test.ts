import { describe, expect, it } from 'vitest';
import { extractRunDirectories } from '../../../scripts/histograms/extract-run-directories';
import { toPathPattern } from '../../../scripts/histograms/path-pattern';
import { toRunPattern } from '../../../scripts/histograms/run-pattern';
import { writeHistogramFile } from '../../../scripts/root-writer/write-histogram-file';
import { damageRecord, qaHistograms } from './qa-fixtures';

const file = writeHistogramFile([
  ...qaHistograms(0).map((h) => ({ ...h, path: `000200/${h.path}` })),
  ...qaHistograms(1).map((h) => ({ ...h, path: `000100/${h.path}` })),
  { ...qaHistograms()[3], path: 'topLevelHistogram' },
], { compression: { algorithm: 'zlib', level: 1 } });

const job = (bytes: Uint8Array, histograms: string[]) => {
  const written: number[] = [];
  return {
    written,
    job: {
      file: '/x/all.root', label: 'all.root', runPattern: toRunPattern('^(\\d+)$'), histograms: histograms.map(toPathPattern),
      loadFile: async () => bytes, writeRun: async (run: number) => { written.push(run); },
    },
  };
};

describe('extractRunDirectories', () => {
  it('gives each run directory its histograms, relative to it, ignoring top-level objects outside directories', async () => {
    const { job: j, written } = job(file, ['ITS/*', 'TPC/nothing']);
    const { records, report } = await extractRunDirectories(j);
    expect(records.map((r) => [r.run, r.histograms.map((h) => h.path)])).toEqual([[100, ['ITS/match']], [200, ['ITS/match']]]);
    expect(written).toEqual([100, 200]);
    expect(report).toEqual([
      { kind: 'missing-histogram', run: 100, file: 'all.root:000100', path: 'TPC/nothing' },
      { kind: 'missing-histogram', run: 200, file: 'all.root:000200', path: 'TPC/nothing' },
    ]);
  });

  it('refuses the whole file when one chosen record is damaged: nothing of it is written', async () => {
    const { job: j, written } = job(damageRecord(file, 'dcaR'), ['TPC/**']);
    const { records, report } = await extractRunDirectories(j);
    expect([records, written]).toEqual([[], []]);
    expect(report).toMatchObject([{ kind: 'refused-file', run: null, file: 'all.root', reason: 'corrupt' }]);
  });
});
