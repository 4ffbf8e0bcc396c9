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

/** Where one basket of a branch sits in the file. */
export interface BasketRef {
  index: number;
  seek: number;
  /** fNbytes of the basket record, key included. */
  bytes: number;
  firstEntry: number;
  entries: number;
}

/** A branch of the tree, reduced to what planning and integrity checks need. */
export interface BranchInfo {
  name: string;
  title: string;
  /** TBranch for plain leaves; TBranchElement, TBranchObject… otherwise. */
  className: string;
  subBranches: number;
  leaves: LeafInfo[];
  /** Baskets stored in records of their own. */
  baskets: BasketRef[];
  /** Baskets kept inside the TTree record itself (written when the tree was saved). */
  embeddedBaskets: number;
  entries: number;
}

/* The jsroot objects are untyped; these helpers read them defensively. */
type Loose = Record<string, unknown>;
const text = (o: Loose, k: string): string => (typeof o[k] === 'string' ? (o[k] as string) : '');
const num = (o: Loose, k: string): number => Number(o[k] ?? 0);
const items = (o: Loose, k: string): Loose[] => {
  const list = o[k] as { arr?: unknown[] } | undefined;
  return (list?.arr ?? []) as Loose[];
};
const at = (o: Loose, k: string, i: number): number => Number((o[k] as ArrayLike<unknown>)?.[i] ?? 0);

/** Reads a leaf object as jsroot returns it. */
export function toLeafInfo(leaf: Loose): LeafInfo {
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

function toBasketRefs(branch: Loose): BasketRef[] {
  const count = num(branch, 'fWriteBasket');
  const refs: BasketRef[] = [];
  for (let index = 0; index < count; index++) {
    const firstEntry = at(branch, 'fBasketEntry', index);
    // fBasketEntry[fWriteBasket] ends the last written basket (ROOT-FORMAT.md §11.7), also when
    // further entries sit in a basket kept inside the TTree record.
    const next = at(branch, 'fBasketEntry', index + 1);
    refs.push({
      index,
      seek: at(branch, 'fBasketSeek', index),
      bytes: at(branch, 'fBasketBytes', index),
      firstEntry,
      entries: next - firstEntry,
    });
  }
  return refs;
}

/** Reads a branch object as jsroot returns it. */
export function toBranchInfo(branch: Loose): BranchInfo {
  return {
    name: text(branch, 'fName'),
    title: text(branch, 'fTitle'),
    className: text(branch, '_typename'),
    subBranches: items(branch, 'fBranches').length,
    leaves: items(branch, 'fLeaves').map(toLeafInfo),
    baskets: toBasketRefs(branch),
    embeddedBaskets: items(branch, 'fBaskets').filter((b) => b !== null && b !== undefined).length,
    entries: num(branch, 'fEntries'),
  };
}
