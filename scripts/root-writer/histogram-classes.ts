import type { HistogramType } from './histogram-spec';
import { base, basic, basicPointer, objectAny, objectPointer, tstring, type ClassInfo, type StreamerElement } from './streamer-elements';
import {
  TAttFill, TAttLine, TAttMarker, TCollection, TList, TNamed, TObject, TSeqCollection, TString,
} from './streamer-classes';

// Versions, checksums and member lists of the histogram classes as current ROOT 6
// writes them (ROOT-FORMAT.md §10.5, §12, §16). TObjString v1 and TProfile v7 are
// not in the reference files; their checksums come from ROOT-written StreamerInfo
// records kept by uproot (TProfile v7 has the same members and checksum as the
// v6 record in roottest's hsimple20.root, only its TH1D base moved to v3).

const info = (name: string, version: number, checksum: number, elements: ClassInfo['elements']): ClassInfo =>
  ({ name, version, checksum, elements });

/** TArrayF / TArrayD: no info of their own in histogram files, but their checksums appear as base checksums. */
const TArrayF = info('TArrayF', 1, 0x5a0bf6f1, []);
const TArrayD = info('TArrayD', 1, 0x7139ef34, []);

export const THashList = info('THashList', 0, 0xcc7e49c1, [base(TList)]);
export const TObjString = info('TObjString', 1, 0x9c8e4800, [base(TObject), tstring('fString')]);

export const TAttAxis = info('TAttAxis', 4, 0x5c6fff3e, [
  basic('fNdivisions', 3), basic('fAxisColor', 2), basic('fLabelColor', 2), basic('fLabelFont', 2),
  basic('fLabelOffset', 5), basic('fLabelSize', 5), basic('fTickLength', 5), basic('fTitleOffset', 5),
  basic('fTitleSize', 5), basic('fTitleColor', 2), basic('fTitleFont', 2),
]);

export const TAxis = info('TAxis', 10, 0x5a496e70, [
  base(TNamed), base(TAttAxis), basic('fNbins', 3), basic('fXmin', 8), basic('fXmax', 8),
  objectAny('fXbins', 'TArrayD', 24), basic('fFirst', 3), basic('fLast', 3), basic('fBits2', 12),
  basic('fTimeDisplay', 18), tstring('fTimeFormat'),
  objectPointer('fLabels', 'THashList*'), objectPointer('fModLabs', 'TList*'),
]);

const th1Info = (): ClassInfo => {
  const th1 = info('TH1', 8, 0x1c3740c4, []);
  const doubles = ['fEntries', 'fTsumw', 'fTsumw2', 'fTsumwx', 'fTsumwx2', 'fMaximum', 'fMinimum', 'fNormFactor'];
  th1.elements = [
    base(TNamed), base(TAttLine), base(TAttFill), base(TAttMarker), basic('fNcells', 3),
    ...['fXaxis', 'fYaxis', 'fZaxis'].map((n): StreamerElement => ({ element: 'TStreamerObject', name: n, type: 61, size: 216, typeName: 'TAxis' })),
    basic('fBarOffset', 2), basic('fBarWidth', 2), ...doubles.map((n) => basic(n, 8)),
    objectAny('fContour', 'TArrayD', 24), objectAny('fSumw2', 'TArrayD', 24), tstring('fOption'),
    // `TList* fFunctions; //->`: never null, streamed inline (type 63).
    { element: 'TStreamerObjectPointer', name: 'fFunctions', type: 63, size: 8, typeName: 'TList*' },
    basic('fBufferSize', 6), basicPointer('fBuffer', 8, 'fBufferSize', th1),
    { element: 'TStreamerBasicType', name: 'fBinStatErrOpt', type: 3, size: 4, typeName: 'TH1::EBinErrorOpt' },
    { element: 'TStreamerBasicType', name: 'fStatOverflows', type: 3, size: 4, typeName: 'TH1::EStatOverflows' },
  ];
  return th1;
};
export const TH1 = th1Info();

export const TH1F = info('TH1F', 3, 0xe2939644, [base(TH1), base(TArrayF)]);
export const TH1D = info('TH1D', 3, 0xf9b1569f, [base(TH1), base(TArrayD)]);
export const TH2 = info('TH2', 5, 0x0182347f, [
  base(TH1), ...['fScalefactor', 'fTsumwy', 'fTsumwy2', 'fTsumwxy'].map((n) => basic(n, 8)),
]);
export const TH2F = info('TH2F', 4, 0x689cc295, [base(TH2), base(TArrayF)]);
export const TH2D = info('TH2D', 4, 0x7fba82f0, [base(TH2), base(TArrayD)]);
export const TProfile = info('TProfile', 7, 0x4bedee54, [
  base(TH1D), objectAny('fBinEntries', 'TArrayD', 24),
  { element: 'TStreamerBasicType', name: 'fErrorMode', type: 3, size: 4, typeName: 'EErrorType' },
  basic('fYmin', 8), basic('fYmax', 8), basic('fTsumwy', 8), basic('fTsumwy2', 8),
  objectAny('fBinSumw2', 'TArrayD', 24),
]);

/** Infos every histogram needs after its own class, in the order ROOT lists them. */
const TH1_FAMILY: readonly ClassInfo[] = [
  TH1, TNamed, TObject, TAttLine, TAttFill, TAttMarker, TAxis, TAttAxis, THashList, TList, TSeqCollection, TCollection, TString,
];

const OWN_CLASSES: Readonly<Record<HistogramType, readonly ClassInfo[]>> = {
  TH1F: [TH1F], TH1D: [TH1D], TH2F: [TH2F, TH2], TH2D: [TH2D, TH2], TProfile: [TProfile, TH1D],
};

/**
 * The StreamerInfo list for a file holding histograms of these types (in
 * first-use order), each class once; TObjString when some axis has labels.
 */
export function histogramClassInfos(types: readonly HistogramType[], labels: boolean): ClassInfo[] {
  const out: ClassInfo[] = [];
  for (const type of types) {
    for (const c of [...OWN_CLASSES[type], ...TH1_FAMILY]) if (!out.includes(c)) out.push(c);
  }
  if (labels) out.push(TObjString);
  return out;
}
