import { ByteWriter } from './ByteWriter';

/** The fields of a TKey header (the part of a record before its data). */
export interface KeyHeader {
  className: string;
  name: string;
  title: string;
  /** Whole record size on disk: key + stored (maybe compressed) data. */
  nbytes: number;
  /** Uncompressed data size. */
  objlen: number;
  datime: number;
  cycle: number;
  seekKey: number;
  seekPdir: number;
  /** Big form (version 1004, 8-byte seeks), as ROOT writes basket keys. */
  big: boolean;
}

/** Bytes of a ROOT counted string. */
export function countedLength(s: string): number {
  return s.length < 255 ? 1 + s.length : 5 + s.length;
}

/** Key length for these strings; `extra` counts bytes a subclass adds (19 for TBasket). */
export function keyLength(className: string, name: string, title: string, big: boolean, extra = 0): number {
  return (big ? 34 : 26) + countedLength(className) + countedLength(name) + countedLength(title) + extra;
}

/** Writes the TKey header; `extra` is the byte count of what the caller appends inside the key. */
export function writeKey(w: ByteWriter, k: KeyHeader, extra = 0): void {
  w.i32(k.nbytes);
  w.i16(k.big ? 1004 : 4);
  w.i32(k.objlen);
  w.u32(k.datime);
  w.i16(keyLength(k.className, k.name, k.title, k.big, extra));
  w.i16(k.cycle);
  if (k.big) {
    w.i64(k.seekKey);
    w.i64(k.seekPdir);
  } else {
    w.i32(k.seekKey);
    w.i32(k.seekPdir);
  }
  w.string(k.className);
  w.string(k.name);
  w.string(k.title);
}
