import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readTree } from '../../../scripts/root-reader/read-tree';
import { branchNames, writeSyntheticSources } from '../../../scripts/bench/synthetic-sources';
import { plainJsrootRead } from '../../../scripts/bench/plain-jsroot-read';
import { withTempDir } from '../pipeline/helpers';

describe('branchNames', () => {
  it('spreads the given names from the first to the last branch', () => {
    expect(branchNames(5, ['a', 'b', 'c'])).toEqual(['a', 'v1', 'b', 'v3', 'c']);
    expect(branchNames(3, ['only'])).toEqual(['only', 'v1', 'v2']);
    expect(branchNames(2)).toEqual(['v0', 'v1']);
  });
});

describe('writeSyntheticSources', () => {
  it('writes ROOT files (split by run) and a CSV that the reader and plain jsroot read back, with a sources file naming them', () =>
    withTempDir(async (dir) => {
      const set = writeSyntheticSources(dir, { runs: 10, branches: 4, files: 3, named: ['meanMIP'] });
      expect(set.columns).toEqual(['run', 'tpc.meanMIP', 'tpc.v1', 'tpc.v2', 'tpc.v3', 'rct.period', 'rct.beamType']);
      const tables = await Promise.all(set.rootFiles.map((f) => readTree(f, 'tpcQA')));
      const runs = tables.flatMap((t) => Array.from(t.columns.find((c) => c.name === 'run')!.values.data as Float64Array));
      expect(runs).toEqual(Array.from({ length: 10 }, (_, i) => 500_000 + i));
      expect(tables[0].columns.map((c) => c.name)).toEqual(['run', 'meanMIP', 'v1', 'v2', 'v3']);
      expect((await Promise.all(set.rootFiles.map((f) => plainJsrootRead(f, 'tpcQA')))).reduce((a, b) => a + b, 0)).toBe(10);
      const csv = readFileSync(set.csvFile, 'utf8').trim().split('\n');
      expect([csv.length, csv[0], csv[1].split(',')[0]]).toEqual([11, 'run,period,beamType', '500000']);
      const sources = JSON.parse(readFileSync(set.sourcesFile, 'utf8')) as { sources: { files: string | string[] }[] };
      expect(sources.sources[0].files).toEqual(['tpc-0.root', 'tpc-1.root', 'tpc-2.root']);
    }));
});
