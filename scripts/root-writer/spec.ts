import type { LeafType } from './leaf-types';

/** One branch of a flat tree: a numeric scalar or a fixed-size array per entry. */
export interface BranchSpec {
  name: string;
  type: LeafType;
  title?: string;
  /** Fixed array dimensions, e.g. [3] or [2, 3]; omit for a scalar. */
  shape?: number[];
  /** entries × product(shape) values, row-major. bigint allowed for the 64-bit types. */
  values: ArrayLike<number> | ArrayLike<bigint>;
  /** Where the branch's baskets go; default 'records' (see BasketLayout). */
  baskets?: BasketLayout;
}

/**
 * Where a branch's baskets are stored. 'records': each basket in a TBasket
 * record of its own. 'last-in-tree': the last basket kept inside the TTree
 * record (fBasketSeek 0, the TBasket streamed in the branch's fBaskets), as
 * ROOT 3–6 store the basket still being filled when a tree is saved.
 * 'all-in-tree': one basket with every entry, inside the TTree record (a small
 * tree written without AutoSave). A tree with 0 entries has no baskets at all.
 */
export type BasketLayout = 'records' | 'last-in-tree' | 'all-in-tree';

/** One TTree in the file's top directory. */
export interface TreeSpec {
  name: string;
  title?: string;
  entries: number;
  branches: BranchSpec[];
}

/** zlib at a level 1–9, or no compression at all. */
export type Compression = 'none' | { algorithm: 'zlib'; level: number };

export interface WriteOptions {
  /** Default `{ algorithm: 'zlib', level: 1 }`: fastest zlib, small files. */
  compression?: Compression;
  /** Entries per basket; the last basket of a branch may be shorter. Default 1000. */
  basketEntries?: number;
  /** Stored as the TFile/TDirectory name. Default `runlens.root`. */
  fileName?: string;
  /** Stored as the TFile title. Default ''. */
  fileTitle?: string;
  /** Stored in every TDatime field, read as UTC wall-clock time. Default 2024-01-01T00:00:00Z. */
  date?: Date;
  /** The 16 UUID bytes of the header and directory. Default: a fixed constant. */
  uuid?: Uint8Array;
}
