import type { ByteWriter } from './ByteWriter';
import { BASKET_SIZE } from './branch-object';
import { buildRecord, type BuiltRecord } from './build-record';
import { BEGIN } from './directory-records';

/** Bytes of the TBasket header kept inside the key. */
export const BASKET_HEADER_BYTES = 19;

/** One basket's worth of fixed-size entries, already encoded big-endian. */
export interface BasketContent {
  tree: string;
  branch: string;
  /** Basket index within its branch (ROOT stores it as the key's cycle). */
  index: number;
  entries: number;
  /** Bytes per entry (fLen × fLenType). */
  entrySize: number;
  data: Uint8Array;
}

/** The TBasket part after the key (ROOT-FORMAT.md §11.6): version 3 without byte count, sizes, flag. */
export function writeBasketHeader(w: ByteWriter, basket: BasketContent, fields: { bufferSize: number; last: number; flag: number }): void {
  w.i16(3); // TBasket version, no byte count
  w.i32(fields.bufferSize);
  w.i32(basket.entrySize); // fNevBufSize
  w.i32(basket.entries); // fNevBuf
  w.i32(fields.last); // fLast
  w.u8(fields.flag);
}

/**
 * A TBasket record at `seekKey`: big-form key (as ROOT writes baskets), the
 * 19-byte basket header, then the entry data, compressed when that is smaller.
 */
export function buildBasket(basket: BasketContent, seekKey: number, datime: number, zlibLevel: number): BuiltRecord {
  const id = {
    className: 'TBasket', name: basket.branch, title: basket.tree,
    cycle: basket.index, seekPdir: BEGIN, datime, big: true,
  };
  return buildRecord(id, seekKey, basket.data, zlibLevel, {
    bytes: BASKET_HEADER_BYTES,
    write: (w, keylen) => writeBasketHeader(w, basket, { bufferSize: BASKET_SIZE, last: keylen + basket.data.length, flag: 0 }),
  });
}
