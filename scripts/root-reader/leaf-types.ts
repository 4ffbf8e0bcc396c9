/** How values of a leaf type end up in a column. */
export type LeafValueKind = 'real' | 'integer' | 'int64' | 'text';

/** What the reader knows about one TLeaf class. */
export interface LeafType {
  /** ROOT type name of signed / unsigned leaves of this class. */
  rootType: string;
  unsignedType: string;
  kind: LeafValueKind;
  /** Bytes per value on disk (fLenType); 1 for char*. */
  size: number;
}

const LEAF_TYPES: Record<string, LeafType> = {
  TLeafO: { rootType: 'Bool_t', unsignedType: 'Bool_t', kind: 'integer', size: 1 },
  TLeafB: { rootType: 'Char_t', unsignedType: 'UChar_t', kind: 'integer', size: 1 },
  TLeafS: { rootType: 'Short_t', unsignedType: 'UShort_t', kind: 'integer', size: 2 },
  TLeafI: { rootType: 'Int_t', unsignedType: 'UInt_t', kind: 'integer', size: 4 },
  TLeafL: { rootType: 'Long64_t', unsignedType: 'ULong64_t', kind: 'int64', size: 8 },
  TLeafG: { rootType: 'Long_t', unsignedType: 'ULong_t', kind: 'int64', size: 8 },
  TLeafF: { rootType: 'Float_t', unsignedType: 'Float_t', kind: 'real', size: 4 },
  TLeafD: { rootType: 'Double_t', unsignedType: 'Double_t', kind: 'real', size: 8 },
  TLeafC: { rootType: 'char*', unsignedType: 'char*', kind: 'text', size: 1 },
};

/** Leaf classes holding packed floats, which jsroot cannot read. */
export const PACKED_FLOAT_TYPES: Record<string, string> = {
  TLeafD32: 'Double32_t',
  TLeafF16: 'Float16_t',
};

/** The type of a leaf class, or undefined when the reader does not read it. */
export function leafType(className: string): LeafType | undefined {
  return LEAF_TYPES[className];
}

/** ROOT type name of a leaf: `Int_t`, `UChar_t`, `Double32_t`, or the class name when unknown. */
export function rootTypeOf(className: string, isUnsigned: boolean): string {
  const known = LEAF_TYPES[className];
  if (known) return isUnsigned ? known.unsignedType : known.rootType;
  return PACKED_FLOAT_TYPES[className] ?? className;
}
