import { base, basic, basicPointer, object, objectAny, objectPointer, tstring, type ClassInfo } from './streamer-elements';

// Class versions, checksums and member lists as ROOT 6.20 writes them
// (ROOT-FORMAT.md §10.5 and §16). Objects must be written with exactly these versions.

const info = (name: string, version: number, checksum: number, elements: ClassInfo['elements'] = []): ClassInfo =>
  ({ name, version, checksum, elements });

export const TObject = info('TObject', 1, 0x901bc02d, [basic('fUniqueID', 13), basic('fBits', 15)]);
export const TNamed = info('TNamed', 1, 0xdfb74a3c, [base(TObject), tstring('fName'), tstring('fTitle')]);
export const TAttLine = info('TAttLine', 2, 0x94074549, [basic('fLineColor', 2), basic('fLineStyle', 2), basic('fLineWidth', 2)]);
export const TAttFill = info('TAttFill', 2, 0xffd92a92, [basic('fFillColor', 2), basic('fFillStyle', 2)]);
export const TAttMarker = info('TAttMarker', 2, 0x291d8bec, [basic('fMarkerColor', 2), basic('fMarkerStyle', 2), basic('fMarkerSize', 5)]);
export const TCollection = info('TCollection', 3, 0x57e3cb9c, [base(TObject), tstring('fName'), basic('fSize', 3)]);
export const TSeqCollection = info('TSeqCollection', 0, 0xfc6c3bc6, [base(TCollection)]);
export const TList = info('TList', 5, 0x69c5c3bb, [base(TSeqCollection)]);
export const TObjArray = info('TObjArray', 3, 0xa99e6552, [base(TSeqCollection), basic('fLowerBound', 3), basic('fLast', 3)]);
export const TString = info('TString', 2, 0x00017419);
export const TIOFeatures = info('ROOT::TIOFeatures', 1, 0x1aa12f10, [basic('fIOBits', 11)]);

const treeInfo = (): ClassInfo => {
  const tree = info('TTree', 20, 0x7264e07f);
  const long64 = ['fEntries', 'fTotBytes', 'fZipBytes', 'fSavedBytes', 'fFlushedBytes'].map((n) => basic(n, 16));
  const ints = ['fTimerInterval', 'fScanField', 'fUpdate', 'fDefaultEntryOffsetLen'].map((n) => basic(n, 3));
  const limits = ['fMaxEntries', 'fMaxEntryLoop', 'fMaxVirtualSize', 'fAutoSave', 'fAutoFlush', 'fEstimate'].map((n) => basic(n, 16));
  tree.elements = [
    base(TNamed), base(TAttLine), base(TAttFill), base(TAttMarker),
    ...long64, basic('fWeight', 8), ...ints, basic('fNClusterRange', 6), ...limits,
    basicPointer('fClusterRangeEnd', 16, 'fNClusterRange', tree),
    basicPointer('fClusterSize', 16, 'fNClusterRange', tree),
    objectAny('fIOFeatures', 'ROOT::TIOFeatures', 1),
    object('fBranches', 'TObjArray'), object('fLeaves', 'TObjArray'),
    objectPointer('fAliases', 'TList*'),
    objectAny('fIndexValues', 'TArrayD', 24), objectAny('fIndex', 'TArrayI', 24),
    objectPointer('fTreeIndex', 'TVirtualIndex*'), objectPointer('fFriends', 'TList*'),
    objectPointer('fUserInfo', 'TList*'), objectPointer('fBranchRef', 'TBranchRef*'),
  ];
  return tree;
};
export const TTree = treeInfo();

const branchInfo = (): ClassInfo => {
  const branch = info('TBranch', 13, 0x10978aac);
  branch.elements = [
    base(TNamed), base(TAttFill),
    ...['fCompress', 'fBasketSize', 'fEntryOffsetLen', 'fWriteBasket'].map((n) => basic(n, 3)),
    basic('fEntryNumber', 16), objectAny('fIOFeatures', 'ROOT::TIOFeatures', 1), basic('fOffset', 3),
    basic('fMaxBaskets', 6), basic('fSplitLevel', 3),
    ...['fEntries', 'fFirstEntry', 'fTotBytes', 'fZipBytes'].map((n) => basic(n, 16)),
    object('fBranches', 'TObjArray'), object('fLeaves', 'TObjArray'), object('fBaskets', 'TObjArray'),
    basicPointer('fBasketBytes', 3, 'fMaxBaskets', branch),
    basicPointer('fBasketEntry', 16, 'fMaxBaskets', branch),
    basicPointer('fBasketSeek', 16, 'fMaxBaskets', branch),
    tstring('fFileName'),
  ];
  return branch;
};
export const TBranch = branchInfo();

export const TLeaf = info('TLeaf', 2, 0x6d1e8152, [
  base(TNamed), basic('fLen', 3), basic('fLenType', 3), basic('fOffset', 3),
  basic('fIsRange', 18), basic('fIsUnsigned', 18), objectPointer('fLeafCount', 'TLeaf*'),
]);

const leaf = (name: string, checksum: number, code: number): ClassInfo =>
  info(name, 1, checksum, [base(TLeaf), basic('fMinimum', code), basic('fMaximum', code)]);

/** The typed leaf classes, keyed by class name. */
export const LEAF_CLASSES = {
  TLeafO: leaf('TLeafO', 0x02ae48d3, 18),
  TLeafB: leaf('TLeafB', 0x0f1e4b5e, 1),
  TLeafS: leaf('TLeafS', 0x150ceecf, 2),
  TLeafI: leaf('TLeafI', 0x7e6aae19, 3),
  TLeafL: leaf('TLeafL', 0xde320862, 16),
  TLeafF: leaf('TLeafF', 0x3add9d72, 5),
  TLeafD: leaf('TLeafD', 0x118e8776, 8),
} as const;

/** Infos every tree file carries, whatever its leaf types. */
export const TREE_FILE_CLASSES: readonly ClassInfo[] = [
  TObject, TNamed, TAttLine, TAttFill, TAttMarker, TCollection, TSeqCollection, TList, TObjArray, TString,
  TIOFeatures, TTree, TBranch, TLeaf,
];
