import type { BasketContent } from './basket-record';
import type { ByteWriter } from './ByteWriter';
import { writeEmbeddedBasket } from './embedded-basket';
import { LEAF_TYPES, type LeafTypeInfo } from './leaf-types';
import {
  writeFlaggedArray, writeIOFeatures, writeNull, writeObjectPointer, writeTNamed, writeTObjArray,
} from './root-objects';
import type { BranchSpec } from './spec';
import { LEAF_CLASSES, TAttFill, TBranch, TLeaf } from './streamer-classes';

/** Where one basket of a branch went, as the TBranch must record it. */
export interface BasketPlacement {
  seekKey: number;
  /** Record size on disk (fBasketBytes). */
  nbytes: number;
  firstEntry: number;
  /** fKeylen + fObjlen, summed into fTotBytes. */
  keylenPlusObjlen: number;
}

/** The basket a branch keeps inside the TTree record (written after its records, in slot `baskets.length`). */
export interface BasketInTree {
  content: BasketContent;
  firstEntry: number;
  datime: number;
}

/** A branch with its baskets already placed in the file. */
export interface PlacedBranch {
  spec: BranchSpec;
  entries: number;
  /** Baskets in records of their own, in entry order. */
  baskets: BasketPlacement[];
  /** The last basket, when it is kept inside the TTree record. */
  inTree?: BasketInTree;
}

const BRANCH_BITS = 0x03400000;
/** ROOT's default basket buffer size; informational for readers. */
export const BASKET_SIZE = 32000;

/** Leaf title with dimensions, e.g. `x[2][3]` (ROOT parses dimensions from it). */
export function leafTitle(spec: BranchSpec): string {
  return spec.name + (spec.shape ?? []).map((d) => `[${d}]`).join('');
}

/** ROOT's leaf list for a one-leaf branch, e.g. `x[2][3]/D`. */
export function leafList(spec: BranchSpec): string {
  return `${leafTitle(spec)}/${LEAF_TYPES[spec.type].letter}`;
}

/** Total on-disk and uncompressed sizes of a branch's basket records (ROOT does not count a basket kept in the tree). */
export function branchBytes(branch: PlacedBranch): { totBytes: number; zipBytes: number } {
  let totBytes = 0;
  let zipBytes = 0;
  for (const b of branch.baskets) {
    totBytes += b.keylenPlusObjlen;
    zipBytes += b.nbytes;
  }
  return { totBytes, zipBytes };
}

/** Writes a TBranch (v13) in pointer form; returns the object tag of its leaf. */
export function writeBranch(w: ByteWriter, branch: PlacedBranch): number {
  const { spec, entries, baskets, inTree } = branch;
  const nBaskets = baskets.length;
  const maxBaskets = Math.max(10, nBaskets + 1);
  const { totBytes, zipBytes } = branchBytes(branch);
  let leafTag = 0;
  writeObjectPointer(w, 'TBranch', () => w.versioned(TBranch.version, () => {
    writeTNamed(w, spec.name, spec.title ?? leafList(spec), BRANCH_BITS);
    w.versioned(TAttFill.version, () => { w.i16(0); w.i16(1001); });
    w.i32(0); // fCompress: 0 as uproot writes, since small baskets may stay raw
    w.i32(BASKET_SIZE);
    w.i32(0); // fEntryOffsetLen: fixed-size entries need no offset table
    w.i32(nBaskets);
    w.i64(entries); // fEntryNumber
    writeIOFeatures(w);
    w.i32(0); // fOffset
    w.i32(maxBaskets);
    w.i32(0); // fSplitLevel
    w.i64(entries);
    w.i64(0); // fFirstEntry
    w.i64(totBytes);
    w.i64(zipBytes);
    writeTObjArray(w, []); // fBranches
    writeTObjArray(w, [() => { leafTag = writeLeaf(w, spec); }]);
    writeBasketsArray(w, branch);
    writeBasketArrays(w, baskets, inTree?.firstEntry ?? entries, maxBaskets);
    w.string(''); // fFileName
  }));
  return leafTag;
}

/**
 * fBaskets: no slots when every basket has a record of its own (as uproot writes);
 * otherwise a null per basket record, then the basket kept in the tree (as ROOT writes).
 */
function writeBasketsArray(w: ByteWriter, branch: PlacedBranch): void {
  const { inTree } = branch;
  if (!inTree) {
    writeTObjArray(w, []);
    return;
  }
  const nulls = branch.baskets.map(() => () => writeNull(w));
  writeTObjArray(w, [...nulls, () => writeEmbeddedBasket(w, inTree.content, inTree.datime)]);
}

/**
 * fBasketBytes, fBasketEntry, fBasketSeek: one element per basket record; element
 * fWriteBasket of fBasketEntry is `next`, the first entry of the basket kept in
 * the tree, or the entry count when there is none; zeros after.
 */
function writeBasketArrays(w: ByteWriter, baskets: BasketPlacement[], next: number, maxBaskets: number): void {
  const pad = maxBaskets - baskets.length;
  writeFlaggedArray(w, () => {
    for (const b of baskets) w.i32(b.nbytes);
    for (let i = 0; i < pad; i++) w.i32(0);
  });
  writeFlaggedArray(w, () => {
    for (const b of baskets) w.i64(b.firstEntry);
    w.i64(next);
    for (let i = 1; i < pad; i++) w.i64(0);
  });
  writeFlaggedArray(w, () => {
    for (const b of baskets) w.i64(b.seekKey);
    for (let i = 0; i < pad; i++) w.i64(0);
  });
}

/** A typed leaf (TLeafX v1 over TLeaf v2) in pointer form; returns its object tag. */
function writeLeaf(w: ByteWriter, spec: BranchSpec): number {
  const type = LEAF_TYPES[spec.type];
  const len = (spec.shape ?? []).reduce((a, b) => a * b, 1);
  return writeObjectPointer(w, type.leafClass, () => w.versioned(LEAF_CLASSES[type.leafClass].version, () => {
    w.versioned(TLeaf.version, () => {
      writeTNamed(w, spec.name, leafTitle(spec));
      w.i32(len);
      w.i32(type.size);
      w.i32(0); // fOffset
      w.u8(0); // fIsRange
      w.u8(type.unsigned ? 1 : 0);
      writeNull(w); // fLeafCount
    });
    writeLeafLimits(w, type);
  }));
}

/** fMinimum and fMaximum, both 0, in the leaf class's own type. */
function writeLeafLimits(w: ByteWriter, type: LeafTypeInfo): void {
  for (let i = 0; i < 2; i++) {
    if (type.leafClass === 'TLeafF') w.f32(0);
    else if (type.leafClass === 'TLeafD') w.f64(0);
    else if (type.size === 1) w.u8(0);
    else if (type.size === 2) w.i16(0);
    else if (type.size === 4) w.i32(0);
    else w.i64(0);
  }
}
