import { describe, expect, it } from 'vitest';
import type { Histogram1DSpec, HistogramSpec, WriteOptions } from '../../../scripts/root-writer/write-histogram-file';
import { writeHistogramFile } from '../../../scripts/root-writer/write-histogram-file';
import { RootWriterSpecError } from '../../../scripts/root-writer/RootWriterSpecError';
import { histogramMessages } from '../../../scripts/root-writer/histogram-messages';
import { openBytes, withoutConsoleNoise } from './read-back';

const RAW: WriteOptions = { compression: 'none' };
const ZLIB: WriteOptions = { compression: { algorithm: 'zlib', level: 6 } };
const COMPRESSIONS = [['raw', RAW], ['zlib', ZLIB]] as const;

/** Reads every named histogram back with jsroot, failing on any jsroot complaint. */
async function readBack(bytes: Uint8Array, paths: string[]): Promise<Record<string, any>> {
  return withoutConsoleNoise(async () => {
    const file = await openBytes(bytes);
    const out: Record<string, any> = {};
    for (const path of paths) out[path] = await file.readObject(path);
    return out;
  });
}

const cells = (n: number, f: (i: number) => number) => Float64Array.from({ length: n }, (_, i) => f(i));
const f32 = (values: ArrayLike<number>) => Array.from(values, Math.fround);

const TH1F_SPEC: Histogram1DSpec = {
  path: 'h1f', type: 'TH1F', title: 'clusters per track', x: { bins: 8, min: -2, max: 6, title: 'N_{cl}' },
  y: { title: 'tracks' }, contents: cells(10, (i) => (i === 0 ? 3 : i === 9 ? 5 : i * 1.1)), entries: 123,
  stats: { tsumw: 40, tsumw2: 41, tsumwx: 42.5, tsumwx2: 43.25 },
};
const TH1D_SPEC: HistogramSpec = {
  path: 'h1d', type: 'TH1D', title: 'weighted, variable bins', x: { bins: 3, min: 0, max: 10, edges: [0, 1, 4, 10] },
  contents: [0.5, 1 / 3, 2.25, Math.PI, 7], sumw2: [0.25, 0.1, 1.5, 2.5, 49],
};
const TH2F_SPEC: HistogramSpec = {
  path: 'h2f', type: 'TH2F', title: 'dE/dx vs p', option: 'colz',
  x: { bins: 3, min: 0.2, max: 2, title: 'p (GeV/c)' }, y: { bins: 2, min: 20, max: 120, title: 'dE/dx' },
  contents: cells(20, (i) => i * 0.7), stats: { tsumwy: 12, tsumwxy: -3 },
};
const TH2D_SPEC: HistogramSpec = {
  path: 'h2d', type: 'TH2D', x: { bins: 2, min: -1, max: 1 }, y: { bins: 3, min: 0, max: 3, edges: [0, 0.5, 1, 3] },
  contents: cells(20, (i) => i / 7), sumw2: cells(20, (i) => i / 49), entries: 1e6,
};
const PROFILE_SPEC: HistogramSpec = {
  path: 'prof', type: 'TProfile', title: 'matching vs eta', x: { bins: 4, min: -0.8, max: 0.8, title: '#eta' },
  y: { title: 'efficiency', min: 0, max: 1 }, errorMode: 's',
  sumwy: [0.5, 9, 9.2, 9.1, 8.8, 0], sumwy2: [0.25, 8.1, 8.5, 8.3, 7.8, 0], binEntries: [1, 10, 10, 10, 10, 0],
  binSumw2: [1, 10, 10, 10, 10, 0],
};
const ALL_TYPES = [TH1F_SPEC, TH1D_SPEC, TH2F_SPEC, TH2D_SPEC, PROFILE_SPEC];

describe('writeHistogramFile → jsroot round trip', () => {
  it.each(COMPRESSIONS)('every class comes back with its type, title, cells (flows included) and entries (%s)', async (_, options) => {
    const read = await readBack(writeHistogramFile(ALL_TYPES, options), ALL_TYPES.map((h) => h.path));
    expect(read.h1f._typename).toBe('TH1F');
    expect(Array.from(read.h1f.fArray)).toEqual(f32(TH1F_SPEC.contents));
    expect(Array.from(read.h1d.fArray)).toEqual([0.5, 1 / 3, 2.25, Math.PI, 7]);
    expect(Array.from(read.h2f.fArray)).toEqual(f32(cells(20, (i) => i * 0.7)));
    expect(Array.from(read.h2d.fArray)).toEqual(Array.from(cells(20, (i) => i / 7)));
    expect(Array.from(read.prof.fArray)).toEqual([0.5, 9, 9.2, 9.1, 8.8, 0]);
    expect(ALL_TYPES.map((h) => [read[h.path]._typename, read[h.path].fTitle, read[h.path].fNcells]))
      .toEqual([['TH1F', 'clusters per track', 10], ['TH1D', 'weighted, variable bins', 5], ['TH2F', 'dE/dx vs p', 20], ['TH2D', '', 20], ['TProfile', 'matching vs eta', 6]]);
    expect([read.h1f.fEntries, read.h1d.fEntries, read.h2d.fEntries, read.prof.fEntries]).toEqual([123, 0.5 + 1 / 3 + 2.25 + Math.PI + 7, 1e6, 41]);
  });

  it('keeps per-cell errors: fSumw2 of weighted histograms, none for unweighted ones', async () => {
    const read = await readBack(writeHistogramFile(ALL_TYPES, RAW), ALL_TYPES.map((h) => h.path));
    expect(Array.from(read.h1d.fSumw2)).toEqual([0.25, 0.1, 1.5, 2.5, 49]);
    expect(Array.from(read.h2d.fSumw2)).toEqual(Array.from(cells(20, (i) => i / 49)));
    expect([read.h1f.fSumw2.length, read.h2f.fSumw2.length]).toEqual([0, 0]);
  });

  it('keeps TProfile bin entries, Σw·y², Σw², error mode and y limits', async () => {
    const { prof } = await readBack(writeHistogramFile([PROFILE_SPEC], ZLIB), ['prof']);
    expect(Array.from(prof.fBinEntries)).toEqual([1, 10, 10, 10, 10, 0]);
    expect(Array.from(prof.fSumw2)).toEqual([0.25, 8.1, 8.5, 8.3, 7.8, 0]);
    expect(Array.from(prof.fBinSumw2)).toEqual([1, 10, 10, 10, 10, 0]);
    expect([prof.fErrorMode, prof.fYmin, prof.fYmax, prof.fYaxis.fTitle]).toEqual([1, 0, 1, 'efficiency']);
    expect(prof.fTsumw).toBe(40);
    expect(prof.fTsumwy).toBeCloseTo(9 + 9.2 + 9.1 + 8.8, 12);
    expect(prof.fTsumwy2).toBeCloseTo(8.1 + 8.5 + 8.3 + 7.8, 12);
  });

  it('keeps axis ranges, variable edges, titles and the unused axes as one bin on [0, 1]', async () => {
    const read = await readBack(writeHistogramFile(ALL_TYPES, RAW), ALL_TYPES.map((h) => h.path));
    const axis = (a: any) => [a.fName, a.fTitle, a.fNbins, a.fXmin, a.fXmax, Array.from(a.fXbins)];
    expect(axis(read.h1f.fXaxis)).toEqual(['xaxis', 'N_{cl}', 8, -2, 6, []]);
    expect(axis(read.h1f.fYaxis)).toEqual(['yaxis', 'tracks', 1, 0, 1, []]);
    expect(axis(read.h1d.fXaxis)).toEqual(['xaxis', '', 3, 0, 10, [0, 1, 4, 10]]);
    expect(axis(read.h2f.fYaxis)).toEqual(['yaxis', 'dE/dx', 2, 20, 120, []]);
    expect(axis(read.h2d.fYaxis)).toEqual(['yaxis', '', 3, 0, 3, [0, 0.5, 1, 3]]);
    expect(axis(read.h2d.fZaxis)).toEqual(['zaxis', '', 1, 0, 1, []]);
    expect(read.h2f.fOption).toBe('colz');
  });

  it('keeps the statistics given and computes the rest from the bin centres', async () => {
    const read = await readBack(writeHistogramFile(ALL_TYPES, RAW), ALL_TYPES.map((h) => h.path));
    expect([read.h1f.fTsumw, read.h1f.fTsumw2, read.h1f.fTsumwx, read.h1f.fTsumwx2]).toEqual([40, 41, 42.5, 43.25]);
    const centres = [0.5, 2.5, 7];
    const w = [1 / 3, 2.25, Math.PI];
    expect(read.h1d.fTsumw).toBeCloseTo(w[0] + w[1] + w[2], 12);
    expect(read.h1d.fTsumw2).toBeCloseTo(0.1 + 1.5 + 2.5, 12);
    expect(read.h1d.fTsumwx).toBeCloseTo(w.reduce((s, v, i) => s + v * centres[i], 0), 12);
    expect([read.h2f.fTsumwy, read.h2f.fTsumwxy]).toEqual([12, -3]);
    expect(read.h2f.fScalefactor).toBe(1);
  });

  it('writes bin labels as a THashList of TObjString numbered by bin, skipping empty labels', async () => {
    const labelled: HistogramSpec[] = [
      { path: 'occ', type: 'TH1F', x: { bins: 4, min: 0, max: 4, labels: ['A00', 'A01', '', 'C17'] }, contents: [0, 1, 2, 3, 4, 0] },
      { path: 'dca', type: 'TH2D', x: { bins: 2, min: -1, max: 1 }, y: { bins: 2, min: 0, max: 2, labels: ['A+', 'C-'] }, contents: cells(16, (i) => i) },
    ];
    const read = await readBack(writeHistogramFile(labelled, ZLIB), ['occ', 'dca']);
    const labels = (a: any) => a.fLabels.arr.map((l: any) => [l._typename, l.fUniqueID, l.fString]);
    expect(read.occ.fXaxis.fLabels._typename).toBe('THashList');
    expect(labels(read.occ.fXaxis)).toEqual([['TObjString', 1, 'A00'], ['TObjString', 2, 'A01'], ['TObjString', 4, 'C17']]);
    expect(labels(read.dca.fYaxis)).toEqual([['TObjString', 1, 'A+'], ['TObjString', 2, 'C-']]);
    expect([read.dca.fXaxis.fLabels, read.occ.fYaxis.fLabels]).toEqual([null, null]);
  });

  it('applies style and axis attributes, maximum and minimum', async () => {
    const styled: Histogram1DSpec = {
      ...TH1F_SPEC, style: { lineColor: 2, fillColor: 38, markerStyle: 20, markerSize: 0.5 }, maximum: 900, minimum: 0.1,
      x: { ...TH1F_SPEC.x, attributes: { labelSize: 0.05, titleFont: 62, ndivisions: 505 } },
    };
    const { h1f } = await readBack(writeHistogramFile([styled], RAW), ['h1f']);
    expect([h1f.fLineColor, h1f.fLineStyle, h1f.fFillColor, h1f.fMarkerStyle, h1f.fMarkerSize]).toEqual([2, 1, 38, 20, 0.5]);
    expect([h1f.fMaximum, h1f.fMinimum]).toEqual([900, 0.1]);
    expect([h1f.fXaxis.fLabelSize, h1f.fXaxis.fTitleFont, h1f.fXaxis.fNdivisions, h1f.fYaxis.fLabelSize])
      .toEqual([Math.fround(0.05), 62, 505, Math.fround(0.035)]);
  });

  it('leaves fMaximum and fMinimum at −1111 (unset) by default', async () => {
    const { h1f } = await readBack(writeHistogramFile([TH1F_SPEC], RAW), ['h1f']);
    expect([h1f.fMaximum, h1f.fMinimum]).toEqual([-1111, -1111]);
  });
});

describe('writeHistogramFile directories', () => {
  const nested: HistogramSpec[] = [
    { ...TH1F_SPEC, path: 'TPC/nclusters' },
    { ...TH2F_SPEC, path: 'TPC/DCA/dcaR' },
    { ...PROFILE_SPEC, path: 'ITS/match' },
    { ...TH1D_SPEC, path: 'top' },
    { ...TH2D_SPEC, path: 'TPC/DCA/deeper/dcaZ' },
  ];

  it.each(COMPRESSIONS)('reads every histogram back by its path (%s)', async (_, options) => {
    const read = await readBack(writeHistogramFile(nested, options), nested.map((h) => h.path));
    expect(nested.map((h) => read[h.path]._typename)).toEqual(['TH1F', 'TH2F', 'TProfile', 'TH1D', 'TH2D']);
    expect(read['TPC/DCA/deeper/dcaZ'].fName).toBe('dcaZ');
  });

  it('lists each directory in first-appearance order, with its subdirectories and histograms', async () => {
    const file = await withoutConsoleNoise(() => openBytes(writeHistogramFile(nested, RAW)));
    const names = (keys: any[]) => keys.filter((k) => k.fName !== 'StreamerInfo').map((k) => `${k.fClassName}:${k.fName}`);
    expect(names(file.fKeys)).toEqual(['TDirectory:TPC', 'TDirectory:ITS', 'TH1D:top']);
    expect(names((await file.readDirectory('TPC')).fKeys)).toEqual(['TH1F:nclusters', 'TDirectory:DCA']);
    expect(names((await file.readDirectory('TPC/DCA')).fKeys)).toEqual(['TH2F:dcaR', 'TDirectory:deeper']);
    expect(names((await file.readDirectory('TPC/DCA/deeper')).fKeys)).toEqual(['TH2D:dcaZ']);
    expect(names((await file.readDirectory('ITS')).fKeys)).toEqual(['TProfile:match']);
  });
});

describe('writeHistogramFile determinism and refusals', () => {
  it('gives identical bytes for the same input', () => {
    expect(writeHistogramFile(ALL_TYPES, ZLIB)).toEqual(writeHistogramFile(ALL_TYPES, ZLIB));
  });

  it('refuses an empty list, naming what a file needs', () => {
    expect(() => writeHistogramFile([])).toThrow(new RootWriterSpecError(histogramMessages.noHistograms(), {}));
  });

  it('refuses a bad request with the histogram path as context', () => {
    const bad = { ...TH1F_SPEC, path: 'TPC/-bad' };
    expect(() => writeHistogramFile([bad])).toThrow(histogramMessages.badPath('TPC/-bad'));
    try {
      writeHistogramFile([bad]);
    } catch (error) {
      expect((error as RootWriterSpecError).context).toEqual({ histogram: 'TPC/-bad' });
    }
  });
});
