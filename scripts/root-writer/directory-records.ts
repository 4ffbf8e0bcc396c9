import { ByteWriter } from './ByteWriter';
import { buildRecord, type BuiltRecord } from './build-record';
import { countedLength, keyLength } from './key';

/** Offset of the top directory record (the header's fBEGIN). */
export const BEGIN = 100;
/** Bytes of the TDirectory part (small form, with its 12 padding bytes). */
const DIRECTORY_BYTES = 60;
/** ROOT's kStartBigFile: the free list's open end, and the small-form limit. */
export const START_BIG_FILE = 2_000_000_000;

/** What the top directory and the header need to know about the file. */
export interface FileIdentity {
  fileName: string;
  fileTitle: string;
  datime: number;
  uuid: Uint8Array;
}

/** Size of the top directory record, known before anything else is written. */
export function topDirectorySize(file: FileIdentity): { nbytes: number; nbytesName: number } {
  const nbytesName = keyLength('TFile', file.fileName, file.fileTitle, false) + countedLength(file.fileName) + countedLength(file.fileTitle);
  return { nbytes: nbytesName + DIRECTORY_BYTES, nbytesName };
}

/** The top directory record at BEGIN: TFile key, name and title, TDirectory v5 part. */
export function buildTopDirectory(file: FileIdentity, keysList: { seek: number; nbytes: number }): BuiltRecord {
  const { nbytesName } = topDirectorySize(file);
  const w = new ByteWriter(0, 128);
  w.string(file.fileName);
  w.string(file.fileTitle);
  w.i16(5);
  w.u32(file.datime); // fDatimeC
  w.u32(file.datime); // fDatimeM
  w.i32(keysList.nbytes);
  w.i32(nbytesName);
  w.i32(BEGIN); // fSeekDir
  w.i32(0); // fSeekParent
  w.i32(keysList.seek);
  w.i16(1);
  w.raw(file.uuid);
  w.raw(new Uint8Array(12));
  return buildRecord(directoryKey(file, 0), BEGIN, w.finish(), 0);
}

/** The keys list record: a count, then exact copies of each listed object's key. */
export function buildKeysList(file: FileIdentity, seek: number, keys: readonly Uint8Array[]): BuiltRecord {
  const w = new ByteWriter(0, 4 + keys.reduce((n, k) => n + k.length, 0));
  w.i32(keys.length);
  for (const key of keys) w.raw(key);
  return buildRecord(directoryKey(file, BEGIN), seek, w.finish(), 0);
}

/** Size of the free segments record, so fEND can be known before it is built. */
export function freeSegmentsSize(file: FileIdentity): number {
  return keyLength('TFile', file.fileName, file.fileTitle, false) + 10;
}

/** The free segments record: one TFree entry from the file's end to START_BIG_FILE. */
export function buildFreeSegments(file: FileIdentity, seek: number): BuiltRecord {
  const end = seek + freeSegmentsSize(file);
  const w = new ByteWriter(0, 10);
  w.i16(1);
  w.i32(end);
  w.i32(START_BIG_FILE);
  return buildRecord(directoryKey(file, BEGIN), seek, w.finish(), 0);
}

function directoryKey(file: FileIdentity, seekPdir: number) {
  return { className: 'TFile', name: file.fileName, title: file.fileTitle, cycle: 1, seekPdir, datime: file.datime, big: false };
}
