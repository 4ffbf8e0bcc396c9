import { ByteWriter } from './ByteWriter';
import { BEGIN } from './directory-records';

/** ROOT version the file claims (6.24/00), consistent with the class versions written. */
export const ROOT_VERSION = 62400;

/** Pointers and sizes the 100-byte header records. */
export interface HeaderFields {
  end: number;
  seekFree: number;
  nbytesFree: number;
  nbytesName: number;
  /** 100 × algorithm + level; 0 when uncompressed. */
  compress: number;
  seekInfo: number;
  nbytesInfo: number;
  uuid: Uint8Array;
}

/** The small-form file header (fUnits 4), zero-padded to BEGIN bytes. */
export function buildFileHeader(h: HeaderFields): Uint8Array {
  const w = new ByteWriter(0, BEGIN);
  w.raw(Uint8Array.from([0x72, 0x6f, 0x6f, 0x74])); // "root"
  w.i32(ROOT_VERSION);
  w.i32(BEGIN);
  w.i32(h.end);
  w.i32(h.seekFree);
  w.i32(h.nbytesFree);
  w.i32(1); // nfree
  w.i32(h.nbytesName);
  w.u8(4); // fUnits
  w.i32(h.compress);
  w.i32(h.seekInfo);
  w.i32(h.nbytesInfo);
  w.i16(1);
  w.raw(h.uuid);
  w.raw(new Uint8Array(BEGIN - w.position));
  return w.finish();
}
