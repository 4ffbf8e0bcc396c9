import { ByteWriter } from './ByteWriter';
import { buildRecord, type BuiltRecord, type RecordIdentity } from './build-record';
import type { FileIdentity } from './directory-records';
import { keyLength } from './key';

/** Bytes of the TDirectory part (small form, version 5, with its 12 padding bytes). */
const DIRECTORY_BYTES = 60;

/** A subdirectory as its records need it: name, title, where its record is and who its parent is. */
export interface SubdirectoryPlace {
  name: string;
  title: string;
  /** fSeekKey of the directory's own record (its fSeekDir). */
  seek: number;
  /** fSeekDir of the parent directory (100 for the top directory). */
  parentSeek: number;
}

/** What a subdirectory's key says (class TDirectory, as ROOT 6 writes TDirectoryFile keys). */
function subdirectoryId(dir: SubdirectoryPlace, file: FileIdentity, seekPdir: number): RecordIdentity {
  return { className: 'TDirectory', name: dir.name, title: dir.title, cycle: 1, seekPdir, datime: file.datime, big: false };
}

/** Size of a subdirectory record (key + TDirectory part): known before anything inside it is written. */
export function subdirectorySize(name: string, title: string): number {
  return keyLength('TDirectory', name, title, false) + DIRECTORY_BYTES;
}

/**
 * The subdirectory's own record, in its parent: a TDirectory key whose data is
 * only the TDirectory part (no name and title strings, unlike the top
 * directory), so fNbytesName is the key length. `keysList` is where its keys
 * list record lies; pass { seek: 0, nbytes: 0 } to get the key alone early.
 */
export function buildSubdirectory(dir: SubdirectoryPlace, file: FileIdentity, keysList: { seek: number; nbytes: number }): BuiltRecord {
  const w = new ByteWriter(0, DIRECTORY_BYTES);
  w.i16(5);
  w.u32(file.datime); // fDatimeC
  w.u32(file.datime); // fDatimeM
  w.i32(keysList.nbytes);
  w.i32(keyLength('TDirectory', dir.name, dir.title, false)); // fNbytesName
  w.i32(dir.seek); // fSeekDir
  w.i32(dir.parentSeek); // fSeekParent
  w.i32(keysList.seek);
  w.i16(1);
  w.raw(file.uuid);
  w.raw(new Uint8Array(12));
  return buildRecord(subdirectoryId(dir, file, dir.parentSeek), dir.seek, w.finish(), 0);
}

/**
 * A subdirectory's keys list record: a TDirectory key naming the directory,
 * whose fSeekPdir is the directory itself (ROOT's layout), then the count and
 * exact copies of the keys of what the directory holds.
 */
export function buildSubdirectoryKeysList(dir: SubdirectoryPlace, file: FileIdentity, seek: number, keys: readonly Uint8Array[]): BuiltRecord {
  const w = new ByteWriter(0, 4 + keys.reduce((n, k) => n + k.length, 0));
  w.i32(keys.length);
  for (const key of keys) w.raw(key);
  return buildRecord(subdirectoryId(dir, file, dir.seek), seek, w.finish(), 0);
}
