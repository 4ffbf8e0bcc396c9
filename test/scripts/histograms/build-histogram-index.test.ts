import { describe, expect, it } from 'vitest';
import { buildHistogramIndex, type RunRecord } from '../../../scripts/histograms/build-histogram-index';
import { HISTOGRAM_INDEX_FORMAT, presentPaths } from '../../../src/contract/histogram-contract';

const h = (path: string, bytes: number, className = 'TH1F') => ({ path, className, title: `${path} title`, bytes });

describe('buildHistogramIndex', () => {
  const records: RunRecord[] = [
    { run: 30, bytes: 900, histograms: [h('a', 100), h('b', 300), h('c', 50)] },
    { run: 10, bytes: 500, histograms: [h('a', 120), h('b', 200)] },
    { run: 20, bytes: 0, histograms: [] },
    { run: 40, bytes: 70, histograms: [h('c', 60)] },
  ];
  const index = buildHistogramIndex(records);

  it('lists paths first seen first (runs in increasing order), with run counts and the largest size', () => {
    expect(index.format).toBe(HISTOGRAM_INDEX_FORMAT);
    expect(index.paths).toEqual([
      { path: 'a', className: 'TH1F', title: 'a title', runs: 2, maxBytes: 120 },
      { path: 'b', className: 'TH1F', title: 'b title', runs: 2, maxBytes: 300 },
      { path: 'c', className: 'TH1F', title: 'c title', runs: 2, maxBytes: 60 },
    ]);
  });

  it('gives each run with histograms its size and the shorter of present / absent, none when it has all', () => {
    expect(index.runs).toEqual([
      { run: 10, bytes: 500, absent: [2] },
      { run: 30, bytes: 900 },
      { run: 40, bytes: 70, present: [2] },
    ]);
    expect(index.runs.map((r) => presentPaths(r, index.paths.length))).toEqual([[0, 1], [0, 1, 2], [2]]);
  });

  it('totals the runs, histograms and bytes', () => {
    expect(index.totals).toEqual({ runs: 3, histograms: 6, bytes: 1470 });
  });

  it('gives an empty index for no records', () => {
    expect(buildHistogramIndex([])).toEqual({ format: HISTOGRAM_INDEX_FORMAT, paths: [], runs: [], totals: { runs: 0, histograms: 0, bytes: 0 } });
  });
});
