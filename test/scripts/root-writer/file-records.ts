import { inflateSync } from 'node:zlib';

/** A record found by walking the file from fBEGIN. */
export interface RecordView {
  offset: number;
  nbytes: number;
  version: number;
  objlen: number;
  keylen: number;
  cycle: number;
  seekKey: number;
  seekPdir: number;
  className: string;
  name: string;
  title: string;
  /** The whole key header bytes. */
  key: Uint8Array;
  /** The object data, decompressed with a strict zlib (Adler-32 checked). */
  data: Uint8Array;
}

/** Reads a counted string at `at`; returns it and the next position. */
export function readString(view: DataView, at: number): [string, number] {
  let len = view.getUint8(at);
  let start = at + 1;
  if (len === 255) {
    len = view.getUint32(at + 1);
    start = at + 5;
  }
  let s = '';
  for (let i = 0; i < len; i++) s += String.fromCharCode(view.getUint8(start + i));
  return [s, start + len];
}

/** Decodes the key at `offset` and its data (written from ROOT-FORMAT.md §4 and §8, independently of the writer). */
export function readRecord(bytes: Uint8Array, offset: number): RecordView {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const nbytes = view.getInt32(offset);
  const version = view.getInt16(offset + 4);
  const big = version > 1000;
  const seekAt = offset + 18;
  const seekKey = big ? Number(view.getBigInt64(seekAt)) : view.getInt32(seekAt);
  const seekPdir = big ? Number(view.getBigInt64(seekAt + 8)) : view.getInt32(seekAt + 4);
  const [className, a1] = readString(view, seekAt + (big ? 16 : 8));
  const [name, a2] = readString(view, a1);
  const [title] = readString(view, a2);
  const keylen = view.getInt16(offset + 14);
  const objlen = view.getInt32(offset + 6);
  const stored = bytes.subarray(offset + keylen, offset + nbytes);
  const data = objlen > nbytes - keylen ? inflateBlocks(stored) : stored;
  return {
    offset, nbytes, version, objlen, keylen, cycle: view.getInt16(offset + 16), seekKey, seekPdir,
    className, name, title, key: bytes.subarray(offset, offset + keylen), data,
  };
}

/** Inflates consecutive ROOT "ZL" blocks, checking each header. */
export function inflateBlocks(stored: Uint8Array): Uint8Array {
  const parts: Buffer[] = [];
  for (let at = 0; at < stored.length; ) {
    if (stored[at] !== 0x5a || stored[at + 1] !== 0x4c || stored[at + 2] !== 8) throw new Error(`bad block header at ${at}`);
    const c = stored[at + 3] | (stored[at + 4] << 8) | (stored[at + 5] << 16);
    const u = stored[at + 6] | (stored[at + 7] << 8) | (stored[at + 8] << 16);
    const out = inflateSync(stored.subarray(at + 9, at + 9 + c));
    if (out.length !== u) throw new Error(`block at ${at} inflates to ${out.length}, header says ${u}`);
    parts.push(out);
    at += 9 + c;
  }
  return new Uint8Array(Buffer.concat(parts));
}

/** Walks every record from fBEGIN to the end of the file. */
export function walkRecords(bytes: Uint8Array): RecordView[] {
  const records: RecordView[] = [];
  for (let at = 100; at < bytes.length; ) {
    const record = readRecord(bytes, at);
    if (record.nbytes <= 0) throw new Error(`record at ${at} has fNbytes ${record.nbytes}`);
    records.push(record);
    at += record.nbytes;
  }
  return records;
}
