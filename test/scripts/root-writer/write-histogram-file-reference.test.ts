/**
 * The histogram records we write against records ROOT wrote: the same
 * histogram (name, title, binning, contents, statistics, attributes read from
 * the reference with jsroot) must give the reference's object bytes, once the
 * class-version words (and, for ROOT 6.08, the members ROOT added since) are
 * brought to the versions this writer produces.
 */
import { readFileSync } from 'node:fs';
import { openFile } from 'jsroot';
import { expect, it } from 'vitest';
import { readRecordPayload } from '../../../scripts/root-reader/record-payload';
import { writeHistogramFile, type AxisSpec, type HistogramSpec } from '../../../scripts/root-writer/write-histogram-file';
import { useRootFiles } from '../../support/rootfiles.js';
import { walkRecords } from './file-records';
import { openBytes, withoutConsoleNoise } from './read-back';

const rootfiles = useRootFiles('root-writer/write-histogram-file-reference');
const HIST = 'scikit-hep-testdata/uproot-histograms.root'; // ROOT 6.08: TH1F v2, TH1 v7
const HSIMPLE = 'roottest/root/io/evolution/versions/hsimple20.root'; // ROOT 6.13: TH1F v2, TH2F v3, TH2 v4, TProfile v6, TH1D v2, TH1 v8
const I750 = 'scikit-hep-testdata/uproot-issue-750.root'; // ROOT 6.26: TH1D v3, TH1 v8

const attributes = (a: any) => ({
  ndivisions: a.fNdivisions, axisColor: a.fAxisColor, labelColor: a.fLabelColor, labelFont: a.fLabelFont,
  labelOffset: a.fLabelOffset, labelSize: a.fLabelSize, tickLength: a.fTickLength, titleOffset: a.fTitleOffset,
  titleSize: a.fTitleSize, titleColor: a.fTitleColor, titleFont: a.fTitleFont,
});
const axis = (a: any): AxisSpec => ({ bins: a.fNbins, min: a.fXmin, max: a.fXmax, title: a.fTitle, attributes: attributes(a) });
const look = (a: any) => ({ title: a.fTitle, attributes: attributes(a) });
const optional = (values: ArrayLike<number>) => (values.length > 0 ? values : undefined);

/** A spec holding everything jsroot read of a reference histogram. */
function specOf(h: any): HistogramSpec {
  const common = {
    path: h.fName, title: h.fTitle, entries: h.fEntries, maximum: h.fMaximum, minimum: h.fMinimum, option: h.fOption, z: look(h.fZaxis),
    style: {
      lineColor: h.fLineColor, lineStyle: h.fLineStyle, lineWidth: h.fLineWidth, fillColor: h.fFillColor, fillStyle: h.fFillStyle,
      markerColor: h.fMarkerColor, markerStyle: h.fMarkerStyle, markerSize: h.fMarkerSize,
    },
    stats: { tsumw: h.fTsumw, tsumw2: h.fTsumw2, tsumwx: h.fTsumwx, tsumwx2: h.fTsumwx2, tsumwy: h.fTsumwy, tsumwy2: h.fTsumwy2, tsumwxy: h.fTsumwxy },
  };
  if (h._typename === 'TProfile') {
    return {
      ...common, type: 'TProfile', x: axis(h.fXaxis), y: { ...look(h.fYaxis), min: h.fYmin, max: h.fYmax },
      sumwy: h.fArray, sumwy2: h.fSumw2, binEntries: h.fBinEntries, binSumw2: optional(h.fBinSumw2), errorMode: (['mean', 's', 'i', 'g'] as const)[h.fErrorMode],
    };
  }
  if (h._typename === 'TH2F') return { ...common, type: 'TH2F', x: axis(h.fXaxis), y: axis(h.fYaxis), contents: h.fArray, sumw2: optional(h.fSumw2) };
  return { ...common, type: h._typename, x: axis(h.fXaxis), y: look(h.fYaxis), contents: h.fArray, sumw2: optional(h.fSumw2) };
}

/** The reference record's object bytes (decompressed and checked) and jsroot's reading of it. */
async function reference(relative: string, name: string) {
  const path = rootfiles.path(relative);
  const bytes = new Uint8Array(readFileSync(path));
  const file = await openFile(bytes.buffer.slice(0));
  const key = file.fKeys.find((k: any) => k.fName === name);
  const { payload } = await readRecordPayload(bytes, { file: path, object: name, seek: key.fSeekKey, nbytes: key.fNbytes });
  return { payload: payload.slice(), object: await file.readObject(name) };
}

/** Our object bytes for the same histogram (raw file, so the record holds them as they are). */
const ourPayload = (spec: HistogramSpec): Uint8Array =>
  walkRecords(writeHistogramFile([spec], { compression: 'none' })).find((r) => r.className === spec.type)!.data;

const setVersion = (bytes: Uint8Array, at: number, version: number) => new DataView(bytes.buffer, bytes.byteOffset).setInt16(at, version);

rootfiles.describe('histogram records against ROOT 6.13 (hsimple20.root)', () => {
  it.each([
    // name, [offset of a version word, our version] — the outer class at +4, its base part at +10; TH1 (+16) is v8 in both.
    ['hpx', 'TH1F', [[4, 3]]],
    ['hpxpy', 'TH2F', [[4, 4], [10, 5]]],
    ['hprof', 'TProfile', [[4, 7], [10, 3]]],
  ] as const)('%s (%s) is byte for byte the reference once its class versions are ours', async (name, type, versions) => {
    const { payload, object } = await reference(HSIMPLE, name);
    expect(object._typename).toBe(type);
    for (const [at, version] of versions) setVersion(payload, at, version);
    expect(Buffer.from(ourPayload(specOf(object))).equals(Buffer.from(payload))).toBe(true);
  });
});

rootfiles.describe('TH1F records against ROOT 6.08 (uproot-histograms.root)', () => {
  /**
   * ROOT 6.08 wrote TH1F v2 / TH1 v7; v8 appends fStatOverflows (2, "neutral") to TH1, and
   * ROOT ≥ 6.12 marks the empty fFunctions list with kUseRWLock (bit 16). Both byte counts grow by 4.
   */
  function upgrade(v7: Uint8Array): Uint8Array {
    const view = new DataView(v7.buffer, v7.byteOffset);
    const th1End = 10 + (view.getUint32(6) & 0x3fffffff);
    const out = new Uint8Array(v7.length + 4);
    out.set(v7.subarray(0, th1End));
    out.set([0, 0, 0, 2], th1End);
    out.set(v7.subarray(th1End), th1End + 4);
    const o = new DataView(out.buffer);
    o.setUint32(0, o.getUint32(0) + 4);
    o.setUint32(6, o.getUint32(6) + 4);
    setVersion(out, 4, 3);
    setVersion(out, 10, 8);
    // fFunctions (21 bytes), fBufferSize, fBuffer's flag and fBinStatErrOpt end TH1 v7; the list's fBits sit 12 bytes into it.
    const functionsBits = th1End - 30 + 12;
    o.setUint32(functionsBits, o.getUint32(functionsBits) | 0x00010000);
    return out;
  }

  it.each(['one', 'two', 'three'])('%s matches the reference byte for byte after the v8 upgrade', async (name) => {
    const { payload, object } = await reference(HIST, name);
    const ours = ourPayload(specOf(object));
    expect(ours.length).toBe(payload.length + 4);
    expect(Buffer.from(ours).equals(Buffer.from(upgrade(payload)))).toBe(true);
  });
});

/** What a reader can see of one TStreamerInfo, as jsroot decoded it. */
const describeInfo = (info: any, baseVersions = true) => ({
  name: info.fName,
  checksum: info.fCheckSum >>> 0,
  elements: (info.fElements?.arr ?? []).map((e: any) => ({
    element: e._typename, name: e.fName, type: e.fType, size: e.fSize, typeName: e.fTypeName,
    arrayLength: e.fArrayLength, arrayDim: e.fArrayDim, maxIndex: Array.from(e.fMaxIndex ?? []),
    baseVersion: baseVersions ? e.fBaseVersion : undefined,
    count: e.fCountName === undefined ? undefined : [e.fCountName, e.fCountClass, e.fCountVersion],
  })),
});

async function infosOf(file: any): Promise<Map<string, any>> {
  return new Map(file.fStreamerInfos.arr.map((i: any) => [i.fName, i]));
}

rootfiles.describe('histogram StreamerInfo against ROOT 6.13 and 6.26', () => {
  const everyType: HistogramSpec[] = [
    { path: 'a', type: 'TH1F', x: { bins: 1, min: 0, max: 1, labels: ['x'] }, contents: [0, 0, 0] },
    { path: 'b', type: 'TH1D', x: { bins: 1, min: 0, max: 1 }, contents: [0, 0, 0] },
    { path: 'c', type: 'TH2F', x: { bins: 1, min: 0, max: 1 }, y: { bins: 1, min: 0, max: 1 }, contents: new Array(9).fill(0) },
    { path: 'd', type: 'TH2D', x: { bins: 1, min: 0, max: 1 }, y: { bins: 1, min: 0, max: 1 }, contents: new Array(9).fill(0) },
    { path: 'e', type: 'TProfile', x: { bins: 1, min: 0, max: 1 }, sumwy: [0, 0, 0], sumwy2: [0, 0, 0], binEntries: [0, 0, 0] },
  ];

  it('lists each class once, as ROOT does for such a file, TObjString only because of the labels', async () => {
    const ours = await infosOf(await withoutConsoleNoise(() => openBytes(writeHistogramFile(everyType))));
    expect([...ours.keys()]).toEqual([
      'TH1F', 'TH1', 'TNamed', 'TObject', 'TAttLine', 'TAttFill', 'TAttMarker', 'TAxis', 'TAttAxis', 'THashList', 'TList',
      'TSeqCollection', 'TCollection', 'TString', 'TH1D', 'TH2F', 'TH2', 'TH2D', 'TProfile', 'TObjString',
    ]);
  });

  it('describes every class with ROOT\'s elements and checksums (versions: ours are ROOT 6.24\'s)', async () => {
    const ours = await infosOf(await withoutConsoleNoise(() => openBytes(writeHistogramFile(everyType))));
    const hsimple = await infosOf(await openFile(rootfiles.path(HSIMPLE)));
    const i750 = await infosOf(await openFile(rootfiles.path(I750)));
    for (const name of ['TH1', 'TAxis', 'TAttAxis', 'THashList', 'TNamed', 'TObject', 'TAttLine', 'TAttFill', 'TAttMarker', 'TList', 'TString']) {
      expect(describeInfo(ours.get(name)), name).toEqual(describeInfo(hsimple.get(name)));
      expect(ours.get(name).fClassVersion, name).toBe(hsimple.get(name).fClassVersion);
    }
    expect(describeInfo(ours.get('TH1D'))).toEqual(describeInfo(i750.get('TH1D')));
    expect(ours.get('TH1D').fClassVersion).toBe(3);
    // ROOT 6.13 wrote older class versions of these, with the same members and checksums; only base versions moved.
    for (const [name, version] of [['TH1F', 3], ['TH2', 5], ['TH2F', 4], ['TProfile', 7]] as const) {
      expect(describeInfo(ours.get(name), false), name).toEqual(describeInfo(hsimple.get(name), false));
      expect(ours.get(name).fClassVersion, name).toBe(version);
    }
    expect(ours.get('TProfile').fElements.arr[0].fBaseVersion).toBe(3);
    expect(ours.get('TH2F').fElements.arr[0].fBaseVersion).toBe(5);
  });
});
