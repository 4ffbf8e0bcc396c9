/** One leaf of a branch, as stored in the TTree record. */
export interface LeafInfo {
  name: string;
  title: string;
  /** TLeafI, TLeafD, TLeafC, TLeafElement… */
  className: string;
  /** Values per entry (product of the fixed dimensions). */
  len: number;
  /** Bytes per value. */
  lenType: number;
  isUnsigned: boolean;
  /** True for variable-size arrays (`x[n]`): the leaf has a counter leaf. */
  hasCount: boolean;
}

/** A basket kept inside the TTree record (fBasketSeek 0): its header and data as jsroot streamed them. */
export interface BasketInTree {
  keylen: number;
  nevBufSize: number;
  nevBuf: number;
  last: number;
  /** Bytes [fKeylen, fLast) of the basket's buffer: the entry data; undefined when the record held none. */
  data: Uint8Array | undefined;
  /** char* entries: where each starts, counted from the key start (ROOT's fEntryOffset); undefined for fixed-size entries. */
  entryOffsets: number[] | undefined;
}

/** Where one basket of a branch sits: a record of its own at `seek`, or inside the TTree record. */
export interface BasketRef {
  index: number;
  /** fBasketEntry[index]. */
  firstEntry: number;
  /** Entries it holds: fBasketEntry[index + 1] − fBasketEntry[index] for a record, fNevBuf for a basket in the tree. */
  entries: number;
  /** Offset and fNbytes of its record; 0 for a basket in the tree. */
  seek: number;
  bytes: number;
  inTree?: BasketInTree;
}

/** A branch of the tree, reduced to what planning and integrity checks need. */
export interface BranchInfo {
  name: string;
  title: string;
  /** TBranch for plain leaves; TBranchElement, TBranchObject… otherwise. */
  className: string;
  subBranches: number;
  leaves: LeafInfo[];
  /** Every basket slot in entry order: records of their own and baskets kept in the TTree record. */
  baskets: BasketRef[];
  entries: number;
}

/* The jsroot objects are untyped and, for damaged files, may hold anything; these helpers read them defensively. */
type Loose = Record<string, unknown>;
const isObject = (v: unknown): v is Loose => typeof v === 'object' && v !== null;
const text = (o: Loose, k: string): string => (typeof o[k] === 'string' ? (o[k] as string) : '');
const num = (o: Loose, k: string): number => (typeof o[k] === 'number' ? (o[k] as number) : Number.NaN);
const items = (o: Loose, k: string): unknown[] => {
  const list = o[k];
  return isObject(list) && Array.isArray(list.arr) ? list.arr : [];
};
const at = (o: Loose, k: string, i: number): number => {
  const list = o[k];
  const v = ArrayBuffer.isView(list) || Array.isArray(list) ? (list as ArrayLike<unknown>)[i] : undefined;
  return typeof v === 'number' ? v : typeof v === 'bigint' ? Number(v) : v === undefined ? 0 : Number.NaN;
};

const lengthOf = (v: unknown): number => (ArrayBuffer.isView(v) || Array.isArray(v) ? (v as ArrayLike<unknown>).length : 0);

/** Reads a leaf object as jsroot returns it; throws a TypeError for anything that is not an object. */
export function toLeafInfo(leaf: unknown): LeafInfo {
  if (!isObject(leaf)) throw new TypeError(`a leaf is ${leaf === null ? 'null' : typeof leaf}`);
  return {
    name: text(leaf, 'fName'),
    title: text(leaf, 'fTitle'),
    className: text(leaf, '_typename'),
    len: num(leaf, 'fLen'),
    lenType: num(leaf, 'fLenType'),
    isUnsigned: leaf.fIsUnsigned === true,
    hasCount: leaf.fLeafCount !== null && leaf.fLeafCount !== undefined,
  };
}

/** The TBasket jsroot streamed into a slot of fBaskets, or undefined for an empty slot. */
function basketInTree(slot: unknown): BasketInTree | undefined {
  if (!isObject(slot) || slot._typename !== 'TBasket') return undefined;
  const buffer = slot.fBufferRef;
  const view = isObject(buffer) && buffer.arr instanceof DataView ? buffer.arr : undefined;
  const offsets = slot.fEntryOffset;
  return {
    keylen: num(slot, 'fKeylen'),
    nevBufSize: num(slot, 'fNevBufSize'),
    nevBuf: num(slot, 'fNevBuf'),
    last: num(slot, 'fLast'),
    data: view ? new Uint8Array(view.buffer, view.byteOffset, view.byteLength) : undefined,
    entryOffsets: ArrayBuffer.isView(offsets) || Array.isArray(offsets) ? Array.from(offsets as ArrayLike<number>) : undefined,
  };
}

/**
 * Every basket slot: slots below fWriteBasket hold records of their own
 * (fBasketSeek), unless the TTree record carries the basket itself in
 * fBaskets; slots from fWriteBasket on exist only when it does (ROOT keeps
 * the basket it was filling there when the tree was saved).
 */
function toBasketRefs(branch: Loose): BasketRef[] {
  const slots = items(branch, 'fBaskets');
  const written = num(branch, 'fWriteBasket');
  const arrays = Math.min(...['fBasketEntry', 'fBasketSeek', 'fBasketBytes'].map((k) => lengthOf(branch[k])));
  if (!Number.isSafeInteger(written) || written < 0 || written > arrays) {
    throw new TypeError(`fWriteBasket ${written} does not fit its ${arrays} basket slots`);
  }
  let count = written;
  slots.forEach((slot, index) => {
    if (basketInTree(slot)) count = Math.max(count, index + 1);
  });
  const refs: BasketRef[] = [];
  for (let index = 0; index < count; index++) {
    const firstEntry = at(branch, 'fBasketEntry', index);
    const inTree = basketInTree(slots[index]);
    if (inTree) {
      refs.push({ index, firstEntry, entries: inTree.nevBuf, seek: 0, bytes: 0, inTree });
      continue;
    }
    // fBasketEntry[fWriteBasket] ends the last written basket (ROOT-FORMAT.md §11.7).
    const next = at(branch, 'fBasketEntry', index + 1);
    refs.push({ index, firstEntry, entries: next - firstEntry, seek: at(branch, 'fBasketSeek', index), bytes: at(branch, 'fBasketBytes', index) });
  }
  return refs;
}

/** Reads a branch object as jsroot returns it; throws a TypeError for anything that is not an object. */
export function toBranchInfo(branch: unknown): BranchInfo {
  if (!isObject(branch)) throw new TypeError(`the branch is ${branch === null ? 'null' : typeof branch}`);
  return {
    name: text(branch, 'fName'),
    title: text(branch, 'fTitle'),
    className: text(branch, '_typename'),
    subBranches: items(branch, 'fBranches').length,
    leaves: items(branch, 'fLeaves').map(toLeafInfo),
    baskets: toBasketRefs(branch),
    entries: num(branch, 'fEntries'),
  };
}
