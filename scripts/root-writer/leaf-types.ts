/** The numeric leaf types the writer supports (ROOT's typedef names). */
export type LeafType =
  | 'Bool_t' | 'Char_t' | 'UChar_t' | 'Short_t' | 'UShort_t' | 'Int_t' | 'UInt_t'
  | 'Long64_t' | 'ULong64_t' | 'Float_t' | 'Double_t';

/** How one leaf type is stored: branch-title letter, leaf class, element size, range. */
export interface LeafTypeInfo {
  /** Letter after the slash in the branch title (`x/D`). */
  letter: string;
  /** Concrete TLeaf subclass; unsigned types share the signed one. */
  leafClass: 'TLeafO' | 'TLeafB' | 'TLeafS' | 'TLeafI' | 'TLeafL' | 'TLeafF' | 'TLeafD';
  /** Bytes per element on disk (TLeaf::fLenType). */
  size: 1 | 2 | 4 | 8;
  unsigned: boolean;
  /** Integer range allowed, inclusive; undefined for the floating-point types. */
  range?: readonly [bigint, bigint];
}

const intRange = (bits: number, unsigned: boolean): readonly [bigint, bigint] => {
  const b = BigInt(bits);
  return unsigned ? [0n, (1n << b) - 1n] : [-(1n << (b - 1n)), (1n << (b - 1n)) - 1n];
};

/** One record per leaf type; every list of types is derived from it. */
export const LEAF_TYPES: Readonly<Record<LeafType, LeafTypeInfo>> = {
  Bool_t: { letter: 'O', leafClass: 'TLeafO', size: 1, unsigned: false, range: [0n, 1n] },
  Char_t: { letter: 'B', leafClass: 'TLeafB', size: 1, unsigned: false, range: intRange(8, false) },
  UChar_t: { letter: 'b', leafClass: 'TLeafB', size: 1, unsigned: true, range: intRange(8, true) },
  Short_t: { letter: 'S', leafClass: 'TLeafS', size: 2, unsigned: false, range: intRange(16, false) },
  UShort_t: { letter: 's', leafClass: 'TLeafS', size: 2, unsigned: true, range: intRange(16, true) },
  Int_t: { letter: 'I', leafClass: 'TLeafI', size: 4, unsigned: false, range: intRange(32, false) },
  UInt_t: { letter: 'i', leafClass: 'TLeafI', size: 4, unsigned: true, range: intRange(32, true) },
  Long64_t: { letter: 'L', leafClass: 'TLeafL', size: 8, unsigned: false, range: intRange(64, false) },
  ULong64_t: { letter: 'l', leafClass: 'TLeafL', size: 8, unsigned: true, range: intRange(64, true) },
  Float_t: { letter: 'F', leafClass: 'TLeafF', size: 4, unsigned: false },
  Double_t: { letter: 'D', leafClass: 'TLeafD', size: 8, unsigned: false },
};

/** All supported leaf type names, in declaration order. */
export const LEAF_TYPE_NAMES = Object.keys(LEAF_TYPES) as LeafType[];

export function isLeafType(name: string): name is LeafType {
  return Object.prototype.hasOwnProperty.call(LEAF_TYPES, name);
}

/** Whether values of this type may be given as bigint (the 64-bit integers). */
export function isWideInteger(type: LeafType): boolean {
  return type === 'Long64_t' || type === 'ULong64_t';
}
