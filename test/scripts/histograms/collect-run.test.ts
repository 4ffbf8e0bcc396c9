import { describe, expect, it } from 'vitest';
import { refusedFile, selectionReport, unverifiedReport, writeRunHistograms } from '../../../scripts/histograms/collect-run';
import { readHistogramFile } from '../../../scripts/histograms/read-histogram-file';
import { RootReadError } from '../../../scripts/root-reader/root-read-error';
import { readMessages } from '../../../scripts/root-reader/read-messages';
import { qaFileBytes } from './qa-fixtures';

describe('refusedFile', () => {
  it('turns a RootReadError into a refused-file entry with its kind, object and message', () => {
    const error = new RootReadError({ kind: 'truncated', file: 'qa/1.root', object: 'StreamerInfo', message: 'short.', hint: 'Copy it again.' });
    expect(refusedFile(error, 1, 'qa/1.root')).toEqual({
      kind: 'refused-file', run: 1, file: 'qa/1.root', reason: 'truncated', object: 'StreamerInfo', detail: 'qa/1.root: StreamerInfo: short. Copy it again.',
    });
  });

  it('throws anything else again: it is a bug, not a damaged file', () => {
    expect(() => refusedFile(new TypeError('x is undefined'), 1, 'f')).toThrow(TypeError);
  });
});

describe('selectionReport / unverifiedReport', () => {
  it('reports missing paths and non-histograms of one run', () => {
    expect(selectionReport(7, 'f.root', { chosen: [], gaps: [{ path: 'TPC/*' }, { path: 't', className: 'TTree' }] })).toEqual([
      { kind: 'missing-histogram', run: 7, file: 'f.root', path: 'TPC/*' },
      { kind: 'not-a-histogram', run: 7, file: 'f.root', path: 't', className: 'TTree' },
    ]);
  });

  it('reports size-only blocks with the ROOT reader\'s sentence, nothing when there are none', () => {
    expect(unverifiedReport(null, 'f.root', ['zstd', 'zstd'])).toEqual([
      { kind: 'unverified-compression', run: null, file: 'f.root', compression: 'zstd', detail: readMessages.unverified([['zstd', 2]]) },
    ]);
    expect(unverifiedReport(1, 'f.root', [])).toEqual([]);
  });
});

describe('writeRunHistograms', () => {
  it('writes <run>.json through the sink and records its size, each histogram\'s class, title and size', async () => {
    const read = await readHistogramFile(qaFileBytes(), 'qa.root', (o) => o.slice(0, 2));
    const written: [number, string][] = [];
    const record = await writeRunHistograms(12, read.histograms, async (run, text) => { written.push([run, text]); });
    expect(written.map(([run]) => run)).toEqual([12]);
    expect(record.bytes).toBe(written[0][1].length);
    expect(record.histograms.map((h) => [h.path, h.className, h.title])).toEqual([['TPC/occupancy', 'TH1F', 'occupancy'], ['TPC/DCA/dcaR', 'TH2F', 'DCA r']]);
    expect(record.histograms.every((h) => h.bytes > 500)).toBe(true);
  });

  it('writes nothing for a run without histograms', async () => {
    let calls = 0;
    expect(await writeRunHistograms(3, [], async () => { calls += 1; })).toEqual({ run: 3, bytes: 0, histograms: [] });
    expect(calls).toBe(0);
  });
});
